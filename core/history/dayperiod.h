#pragma once

#include <QDate>

namespace tend {

// A run of local calendar days, both ends included.
struct DayPeriod
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
    bool contains(const QDate &day) const { return isValid() && day >= from && day <= to; }
    // The period of the same length that ends the day before this one starts.
    DayPeriod previous() const { return {from.addDays(-days()), from.addDays(-1)}; }

    bool operator==(const DayPeriod &) const = default;
};

} // namespace tend
