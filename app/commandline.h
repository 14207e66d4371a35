#pragma once

#include <QDateTime>
#include <QString>

#include <QStringList>

namespace tend {

struct StartupOptions
{
    QString dataFolder;           // empty: the platform's app data folder
    bool demo = false;            // a throw-away database with a generated year
    bool quitAfterFirstPaint = false; // for the start-up benchmark; hidden from --help
    QString screenshotFile;           // grab the first painted window to this PNG and quit; hidden
    bool remind = false;              // deliver the reminders that are due, then exit
    bool watch = false;               // with remind: keep looking every half minute
    QDateTime fixedNowUtc;            // for tests of --remind: the time it is; hidden
    QString fixedTimeZone;            // for tests of --remind: the IANA zone it is in; hidden
};

// Parses the command line before any window system is touched, so --help and --version work
// without a display. They print and exit, as does a usage error.
StartupOptions parseCommandLine(const QStringList &arguments);

} // namespace tend
