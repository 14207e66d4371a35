#pragma once

#include "privacy/idlelock.h"
#include "result.h"

#include <QObject>

class QTimer;

namespace tend {

class Clock;
class Database;
class SecureBytes;

// Locks an encrypted database when the person has left: after the idle time (IdleLock), on
// request, or when told the desktop session locked. Locking wipes the key; unlocking takes the
// passphrase again. Input anywhere in Tend counts as activity, and the first input after the
// idle time has run out locks instead of reaching the window, however late the timer is (a
// laptop waking from sleep). A plain database cannot be locked: there is no key to take away.
class LockController : public QObject
{
    Q_OBJECT

public:
    LockController(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~LockController() override;

    bool canLock() const;
    bool isLocked() const;

    // Nothing: never lock on idle.
    void setIdleTimeout(std::optional<std::chrono::minutes> timeout);
    std::optional<std::chrono::minutes> idleTimeout() const { return m_idle.timeout(); }

    void lockNow();
    Status unlock(const SecureBytes &passphrase);

    // Locks if the idle time has run out; the timer calls it, and tests after moving the clock.
    void checkIdle();

signals:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void armTimer();

    Database &m_database;
    IdleLock m_idle;
    QTimer *m_timer = nullptr;
};

} // namespace tend
