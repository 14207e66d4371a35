#pragma once

#include <QDBusConnection>
#include <QObject>

class QDBusPendingCallWatcher;

namespace tend {

// Tells when the desktop session locks or the computer goes to sleep, where the desktop says
// so on D-Bus: the screen saver's ActiveChanged (freedesktop and GNOME names) on the session
// bus, and logind's Lock for this session and PrepareForSleep on the system bus. Where none of
// them is there, it simply never fires; idle locking still works.
class SessionLockWatcher : public QObject
{
    Q_OBJECT

public:
    SessionLockWatcher(QDBusConnection sessionBus, QDBusConnection systemBus, QObject *parent = nullptr);

    // Listens from now on. Finding this process's logind session is asked without waiting.
    void start();

signals:
    void sessionLocked();

private slots:
    void screenSaverActiveChanged(bool active);
    void sessionLockRequested();
    void prepareForSleep(bool sleeping);

private:
    void listenToSession(QDBusPendingCallWatcher *reply);

    QDBusConnection m_sessionBus;
    QDBusConnection m_systemBus;
};

} // namespace tend
