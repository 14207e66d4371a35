#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace tend::bench {

struct BenchmarkOptions
{
    int years = 10;
    int runs = 15;
    int saves = 200;
    int filterRuns = 50;
    int historyRounds = 50;
    QString tendProgram;  // empty when this build has no tend target
    QString bareProgram;
    QString workFolder;   // where the temporary folder goes; empty: the system's temp folder
    bool keep = false;    // leave the temporary folder behind for a look at the database
};

// Reads the command line; --help and --version print and exit like any Qt tool.
Result<BenchmarkOptions> parseBenchmarkOptions(const QStringList &arguments);

} // namespace tend::bench
