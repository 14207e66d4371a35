#pragma once

#include "reporttable.h"
#include "result.h"

#include <QList>
#include <QString>

namespace tend {
class Clock;
class Database;
} // namespace tend

namespace tend::bench {

// How long one filter of the Check-ins page took, run after run.
struct FilterSamples
{
    QString name;
    int kept = 0;
    QList<double> milliseconds;
};

struct FilterFigures
{
    int checkIns = 0;
    QList<double> loadMilliseconds; // CheckInRepository::all, once per load
    QList<FilterSamples> filters;
};

// Loads every check-in `loads` times, then runs each of a few filters a person would use on the
// Check-ins page (one partner, one kind, one year, a word, all at once) `runs` times over them.
Result<FilterFigures> measureFilters(Database &database, const Clock &clock, int loads, int runs);

// The report's rows: the median load, and each filter's p50 and p95 against the target.
QList<ReportRow> filterRows(const FilterFigures &figures);

} // namespace tend::bench
