#pragma once

#include <QDateTime>
#include <QUuid>

namespace tend {

// Identity and bookkeeping every stored row carries, so two copies of a database can be merged later.
struct Record
{
    QUuid id;
    QDateTime createdUtc;
    QDateTime updatedUtc;

    bool operator==(const Record &) const = default;
};

} // namespace tend
