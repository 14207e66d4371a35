#include "backgroundfiles.h"

#include <QStringList>

namespace tend {

namespace {

// One argument of a systemd ExecStart= line: quoted, with backslashes, quotes and the
// specifier sign escaped.
QString systemdArgument(QString argument)
{
    argument.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")).replace(u'%', QStringLiteral("%%"));
    return u'"' + argument + u'"';
}

// One argument of a desktop entry's Exec= key, as the Desktop Entry Specification asks.
QString desktopArgument(QString argument)
{
    argument.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'`', QStringLiteral("\\`"))
        .replace(u'$', QStringLiteral("\\$"));
    argument.replace(u'%', QStringLiteral("%%"));
    // The value itself is a string too: its own backslashes are doubled once more.
    argument.replace(u'\\', QStringLiteral("\\\\"));
    return u'"' + argument + u'"';
}

QStringList remindArguments(const QString &program, const QString &dataFolder, bool watch)
{
    QStringList arguments{program, QStringLiteral("--remind")};
    if (watch)
        arguments.append(QStringLiteral("--watch"));
    if (!dataFolder.isEmpty())
        arguments.append(QStringLiteral("--data-dir=") + dataFolder);
    return arguments;
}

} // namespace

RemindUnits remindUnits(const QString &program, const QString &dataFolder)
{
    QStringList exec;
    for (const QString &argument : remindArguments(program, dataFolder, false))
        exec.append(systemdArgument(argument));
    RemindUnits units;
    units.service = QStringLiteral("[Unit]\n"
                                   "Description=Tend: deliver the reminders that are due\n"
                                   "\n"
                                   "[Service]\n"
                                   "Type=oneshot\n"
                                   "ExecStart=%1\n")
                        .arg(exec.join(u' '));
    units.timer = QStringLiteral("[Unit]\n"
                                 "Description=Tend: look for reminders that are due, every minute\n"
                                 "\n"
                                 "[Timer]\n"
                                 "OnCalendar=minutely\n"
                                 "AccuracySec=15s\n"
                                 "Persistent=true\n"
                                 "Unit=%1\n"
                                 "\n"
                                 "[Install]\n"
                                 "WantedBy=timers.target\n")
                      .arg(RemindServiceName);
    return units;
}

QString autostartEntry(const QString &program, const QString &dataFolder)
{
    QStringList exec;
    for (const QString &argument : remindArguments(program, dataFolder, true))
        exec.append(desktopArgument(argument));
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Tend reminders\n"
                          "Comment=Brings Tend's reminders while its window is closed\n"
                          "Exec=%1\n"
                          "NoDisplay=true\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(exec.join(u' '));
}

} // namespace tend
