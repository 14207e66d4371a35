#pragma once

#include "demo/demohistory.h"
#include "result.h"

#include <QString>

namespace tend {
class Clock;
}

namespace tend::bench {

struct HistoryFigures
{
    double seconds = 0; // fillDemoHistory alone: generating and inserting
    int checkIns = 0;
    int checkInActs = 0;
    int needs = 0;
    qint64 fileBytes = 0;
};

// Creates a Tend database at `databasePath`, fills it with a demo history, counts its rows
// and closes it again (checkpointing the WAL), ready for another process to open.
Result<HistoryFigures> generateHistory(const QString &databasePath, const Clock &clock, const DemoOptions &options);

} // namespace tend::bench
