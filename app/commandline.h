#pragma once

#include <QString>

#include <QStringList>

namespace tend {

struct StartupOptions
{
    QString dataFolder;           // empty: the platform's app data folder
    bool demo = false;            // a throw-away database with a generated year
    bool quitAfterFirstPaint = false; // for the start-up benchmark; hidden from --help
    QString screenshotFile;           // grab the first painted window to this PNG and quit; hidden
};

// Parses the command line before any window system is touched, so --help and --version work
// without a display. They print and exit, as does a usage error.
StartupOptions parseCommandLine(const QStringList &arguments);

} // namespace tend
