#pragma once

#include <QDateTime>
#include <QUuid>

namespace tend {

// Whether a partner has said their preferences form is finished.
struct FormStatus
{
    QUuid partnerId;
    bool done = false;
    QDateTime updatedUtc;

    bool operator==(const FormStatus &) const = default;
};

} // namespace tend
