#include "lockcontroller.h"

#include "storage/database.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

namespace tend {

namespace {

bool isInput(const QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride: // comes before the key press, and before any shortcut acts
    case QEvent::KeyPress:
    case QEvent::InputMethod:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

// How often at most the timer looks at the clock: it also measures time the computer slept.
constexpr std::chrono::milliseconds LongestWait{std::chrono::seconds(30)};

} // namespace

LockController::LockController(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent), m_database(database), m_idle(clock), m_timer(new QTimer(this))
{
    m_timer->setObjectName(QStringLiteral("idleLockTimer"));
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LockController::checkIdle);
    if (canLock()) {
        qApp->installEventFilter(this);
        armTimer();
    }
}

LockController::~LockController()
{
    qApp->removeEventFilter(this);
}

bool LockController::canLock() const
{
    return m_database.isSealed();
}

bool LockController::isLocked() const
{
    return m_database.isLocked();
}

void LockController::setIdleTimeout(std::optional<std::chrono::minutes> timeout)
{
    m_idle.setTimeout(timeout);
    m_idle.noteActivity();
    armTimer();
}

void LockController::lockNow()
{
    if (!canLock() || isLocked())
        return;
    m_timer->stop();
    m_database.lock();
    emit locked();
}

Status LockController::unlock(const SecureBytes &passphrase)
{
    if (Status unlocked = m_database.unlock(passphrase); !unlocked)
        return unlocked;
    m_idle.noteActivity();
    armTimer();
    emit unlocked();
    return {};
}

void LockController::checkIdle()
{
    if (!canLock() || isLocked())
        return;
    if (m_idle.isDue())
        lockNow();
    else
        armTimer();
}

void LockController::armTimer()
{
    const std::optional<std::chrono::milliseconds> wait = m_idle.untilDue();
    if (!wait || !canLock() || isLocked()) {
        m_timer->stop();
        return;
    }
    m_timer->start(std::min(*wait, LongestWait));
}

bool LockController::eventFilter(QObject *watched, QEvent *event)
{
    if (!isInput(event) || isLocked())
        return QObject::eventFilter(watched, event);
    if (m_idle.isDue()) {
        lockNow();
        event->accept(); // a shortcut override accepted: no shortcut acts on it
        return true; // the person coming back must unlock first; this input is not for the window
    }
    m_idle.noteActivity();
    return QObject::eventFilter(watched, event);
}

} // namespace tend
