#include "startupbenchmark.h"

namespace tend::bench {

Result<QList<StartupSamples>> measureStartups(const QList<Launch> &launches, int runs)
{
    QList<StartupSamples> samples(launches.size());
    for (int run = 0; run < runs; ++run) {
        for (qsizetype i = 0; i < launches.size(); ++i) {
            Result<LaunchFigures> figures = launchUntilFirstPaint(launches[i]);
            if (!figures)
                return figures.error();
            samples[i].startToPaintMs.append(figures->startToPaintMs);
            samples[i].peakMemoryMiB.append(figures->peakMemoryMiB);
        }
    }
    return samples;
}

} // namespace tend::bench
