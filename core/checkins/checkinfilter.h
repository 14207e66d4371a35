#pragma once

#include "model/checkin.h"

#include <QDate>

#include <optional>

namespace tend {

// Which check-ins the Check-ins page lists.
struct CheckInFilter
{
    QUuid partnerId;                  // null: both partners
    std::optional<CheckInKind> kind;  // none: both kinds
    QDate from;                       // local days, inclusive; invalid: open-ended
    QDate to;
    QString search;                   // every word must appear in the note, ignoring case and accents

    bool matches(const CheckIn &checkIn) const;
    bool isEmpty() const;
    bool operator==(const CheckInFilter &) const = default;
};

// The positions in `checkIns` that `filter` keeps, in order. Words of the search are prepared
// once, so 15,000 check-ins filter in a few milliseconds.
QList<int> filterCheckIns(const QList<CheckIn> &checkIns, const CheckInFilter &filter);

} // namespace tend
