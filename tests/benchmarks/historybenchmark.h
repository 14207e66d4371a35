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

struct RangeSamples
{
    QString name;
    QList<double> milliseconds;
};

struct HistoryPageFigures
{
    // A new History page on "All", computed and drawn, the check-ins already read (as the window
    // reads them ahead once it is up).
    QList<double> openAllMilliseconds;
    // The same, each with a new store that reads every check-in first.
    QList<double> openAllReadingMilliseconds;
    QList<RangeSamples> switches;      // choosing each range on the open page, until drawn
    int cycles = 0;                    // times every range was chosen in turn
    double residentAfterFirstCycleMiB = 0;
    double residentAfterLastCycleMiB = 0;
};

// Opens the History page on everything `opens` times with the check-ins read ahead and `opens`
// times reading them first, then chooses each range in turn `cycles`
// times on one page, drawing the page (offscreen) after every step, and notes resident memory
// after the first and the last round. Needs a QApplication.
Result<HistoryPageFigures> measureHistoryPage(Database &database, const Clock &clock, int opens, int cycles);

QList<ReportRow> historyPageRows(const HistoryPageFigures &figures);

} // namespace tend::bench
