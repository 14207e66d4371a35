#pragma once

#include "childlaunch.h"
#include "result.h"

#include <QList>

namespace tend::bench {

// Each program's figures over all runs, in run order.
struct StartupSamples
{
    QList<double> startToPaintMs;
    QList<double> peakMemoryMiB;
};

// Launches each program `runs` times, taking turns, so that a slow patch of the machine
// weighs on all of them alike. The result is in the order of `launches`.
Result<QList<StartupSamples>> measureStartups(const QList<Launch> &launches, int runs);

} // namespace tend::bench
