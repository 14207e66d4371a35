#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace tend {

// How reminders reach the couple while Tend's window is closed.
enum class BackgroundMode {
    None,         // only while Tend is open
    SystemdTimer, // a systemd user timer runs `tend --remind` every minute (Persistent=true)
    Autostart,    // an XDG autostart entry starts `tend --remind --watch` at login
};

// Installs and removes the files of backgroundfiles.h in the person's own configuration
// folders (never system-wide), and asks systemd to load or drop the timer.
class BackgroundInstaller
{
public:
    // Runs `systemctl --user <arguments>`; returns what went wrong, in words, if it failed.
    using Systemctl = std::function<Status(const QStringList &arguments)>;

    struct Places
    {
        QString systemdUserFolder; // e.g. ~/.config/systemd/user
        QString autostartFolder;   // e.g. ~/.config/autostart
    };
    // The XDG places for the person running Tend ($XDG_CONFIG_HOME or ~/.config).
    static Places userPlaces();
    // The real systemctl, with a time limit.
    static Systemctl realSystemctl();
    // Whether this session has a systemd user manager to talk to ($XDG_RUNTIME_DIR/systemd/private).
    static bool systemdUserSessionRuns();

    BackgroundInstaller(QString program, QString dataFolder, Places places = userPlaces(),
                        Systemctl systemctl = realSystemctl());

    // What is installed now, judged by the files on disk.
    BackgroundMode installed() const;
    // Writes the service and timer, reloads systemd and enables the timer. Removes an autostart
    // entry, so the two never both deliver. On failure nothing is left half installed.
    Status installTimer();
    // Writes the autostart entry and removes the timer, if any.
    Status installAutostart();
    // Removes whichever is installed; reminders then come only while Tend is open.
    Status removeAll();

private:
    QString servicePath() const;
    QString timerPath() const;
    QString autostartPath() const;
    // Disables the timer and deletes its unit files, if a timer is installed.
    Status removeTimer();
    Status removeAutostart();
    // Best effort, after a failure: takes away whatever installTimer() may have left.
    void undoTimer();

    QString m_program;
    QString m_dataFolder;
    Places m_places;
    Systemctl m_systemctl;
};

} // namespace tend
