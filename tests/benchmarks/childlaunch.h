#pragma once

#include "result.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>

namespace tend::bench {

struct Launch
{
    QString program;
    QStringList arguments;
    QMap<QString, QString> environment; // set on top of this process's own
    QString stderrFile; // the child's stderr is appended here, to show when something fails
    std::chrono::milliseconds timeout{30000};
};

struct LaunchFigures
{
    double startToPaintMs = 0; // from just before posix_spawn to reading "first-paint"
    double peakMemoryMiB = 0;  // the child's ru_maxrss
};

// Starts the program with QT_QPA_PLATFORM=offscreen, waits for the line "first-paint" on its
// stdout, then for it to exit with 0. Anything else (no such line, another exit code, a hang
// past the timeout, which kills it) is an error.
Result<LaunchFigures> launchUntilFirstPaint(const Launch &launch);

} // namespace tend::bench
