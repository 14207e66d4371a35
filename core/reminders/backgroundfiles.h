#pragma once

#include <QString>

namespace tend {

// The files that let reminders come while Tend's window is closed. Either a systemd user
// timer that runs `tend --remind` every minute (and once after a boot, for what was missed:
// Persistent=true), or, where there are no systemd user sessions, an XDG autostart entry
// that starts `tend --remind --watch` when the person logs in.
struct RemindUnits
{
    QString service;
    QString timer;
};

inline const QString RemindServiceName = QStringLiteral("tend-remind.service");
inline const QString RemindTimerName = QStringLiteral("tend-remind.timer");
inline const QString AutostartFileName = QStringLiteral("tend-reminders.desktop");

// `program` is the absolute path of tend; `dataFolder` is passed on unless it is empty.
RemindUnits remindUnits(const QString &program, const QString &dataFolder);
QString autostartEntry(const QString &program, const QString &dataFolder);

} // namespace tend
