#pragma once

#include <QObject>

class QActionGroup;
class QMenu;
class QWidget;

namespace tend {

class Clock;
class Database;
class LockController;
class SessionLockWatcher;

// Locking as the window offers it: Lock now, the Lock after… choice (kept in the settings),
// the lock screen, and locking with the desktop session. For plain data the actions are there
// but disabled, saying why.
class WindowLock : public QObject
{
    Q_OBJECT

public:
    WindowLock(Database &database, const Clock &clock, QWidget &window);

    LockController &controller() { return *m_controller; }
    bool isLocked() const;

    void addActionsTo(QMenu *menu);
    // Locks with the desktop from now on; asks D-Bus, so it is left until the window is up.
    void followDesktopSession();

signals:
    void quitRequested();

private:
    void chooseIdleTimeout(int minutes);

    LockController *m_controller = nullptr;
    SessionLockWatcher *m_desktop = nullptr;
};

} // namespace tend
