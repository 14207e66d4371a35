#pragma once

#include "dayperiod.h"
#include "model/need.h"

#include <QTimeZone>

namespace tend {

// What happened on the couple's list of needs during a period, each list in time order.
struct NeedActivity
{
    QList<Need> raised;    // created in the period
    QList<Need> discussed; // last marked discussed in the period
    QList<Need> resolved;  // resolved in the period (and not reopened since)
};

// Days are the local days of `zone`.
NeedActivity needActivity(const QList<Need> &needs, const DayPeriod &period, const QTimeZone &zone);

} // namespace tend
