#pragma once

#include "record.h"
#include "result.h"

#include <QDate>
#include <QString>

namespace tend {

// A review the couple held together over a period of their history.
struct Review : Record
{
    QDate periodStart;
    QDate periodEnd;
    QString notes;
    QString agreements;
    QDateTime completedUtc;
};

Status validate(const Review &review);

} // namespace tend
