#include "windowlock.h"

#include "lockcontroller.h"
#include "lockscreen.h"
#include "sessionlockwatcher.h"
#include "storage/database.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>
#include <QWidget>

namespace tend {

namespace {

const QString LockAfterKey = QStringLiteral("privacy/lockAfterMinutes");
constexpr int Never = 0;
constexpr int LockAfterChoices[] = {1, 5, 10, 15, 30, 60, Never};

std::optional<std::chrono::minutes> asTimeout(int minutes)
{
    if (minutes <= Never)
        return std::nullopt;
    return std::chrono::minutes(minutes);
}

int savedIdleMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(LockAfterKey, int(IdleLock::DefaultTimeout.count())).toInt(&ok);
    return ok && minutes >= 0 ? minutes : int(IdleLock::DefaultTimeout.count());
}

} // namespace

WindowLock::WindowLock(Database &database, const Clock &clock, QWidget &window)
    : QObject(&window), m_controller(new LockController(database, clock, this))
{
    m_controller->setIdleTimeout(asTimeout(savedIdleMinutes()));
    if (m_controller->canLock()) {
        auto *screen = new LockScreen(*m_controller, window, database.filePath());
        connect(screen, &LockScreen::quitRequested, this, &WindowLock::quitRequested);
    }
}

bool WindowLock::isLocked() const
{
    return m_controller->isLocked();
}

void WindowLock::addActionsTo(QMenu *menu)
{
    const bool can = m_controller->canLock();
    const QString plain = tr("Your data is not encrypted, so there is no passphrase to lock it with.");

    QAction *lockNow = menu->addAction(tr("&Lock Tend"), m_controller, &LockController::lockNow);
    lockNow->setObjectName(QStringLiteral("lockNowAction"));
    lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockNow->setEnabled(can);
    lockNow->setStatusTip(can ? tr("Hide everything and wipe the key until the passphrase is typed again.") : plain);

    QMenu *after = menu->addMenu(tr("Lock &after"));
    after->setObjectName(QStringLiteral("lockAfterMenu"));
    after->setEnabled(can);
    auto *choices = new QActionGroup(after);
    const int current = savedIdleMinutes();
    for (const int minutes : LockAfterChoices) {
        QAction *choice = after->addAction(minutes == Never ? tr("&Never")
                                                            : tr("%n minute(s) without use", nullptr, minutes));
        choice->setObjectName(QStringLiteral("lockAfter%1Action").arg(minutes));
        choice->setCheckable(true);
        choice->setChecked(minutes == current);
        choices->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, minutes] { chooseIdleTimeout(minutes); });
    }
}

void WindowLock::chooseIdleTimeout(int minutes)
{
    QSettings().setValue(LockAfterKey, minutes);
    m_controller->setIdleTimeout(asTimeout(minutes));
}

void WindowLock::followDesktopSession()
{
    if (m_desktop || !m_controller->canLock())
        return;
    m_desktop = new SessionLockWatcher(QDBusConnection::sessionBus(), QDBusConnection::systemBus(), this);
    connect(m_desktop, &SessionLockWatcher::sessionLocked, m_controller, &LockController::lockNow);
    m_desktop->start();
}

} // namespace tend
