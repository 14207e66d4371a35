#include "windowreminders.h"

#include "appicon.h"
#include "clock.h"
#include "notifications/desktopnotifier.h"
#include "notifications/reminderdeliverer.h"
#include "reminders/reminderstore.h"
#include "storage/database.h"
#include "storage/reminderrepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSystemTrayIcon>
#include <QTimer>

namespace tend {

namespace {
constexpr int LookIntervalMs = 30 * 1000;
}

WindowReminders::WindowReminders(QString dataFolder, const Clock &clock, QObject *parent)
    : QObject(parent), m_dataFolder(std::move(dataFolder)), m_clock(clock), m_look(new QTimer(this))
{
    m_look->setInterval(LookIntervalMs);
    connect(m_look, &QTimer::timeout, this, &WindowReminders::deliverDue);
}

WindowReminders::~WindowReminders()
{
    // The store and deliverer use the database: they go first.
    delete m_deliverer;
    delete m_store;
}

ReminderStore *WindowReminders::store()
{
    if (m_store || m_failed)
        return m_store;
    Result<std::unique_ptr<Database>> opened = ReminderRepository::openIn(m_dataFolder, m_clock);
    if (!opened) {
        m_failed = true;
        emit failed(tr("Reminders are off: %1").arg(opened.error().message));
        return nullptr;
    }
    m_database = std::move(opened).value();
    m_store = new ReminderStore(*m_database, m_clock);
    connect(m_store, &ReminderStore::failed, this, &WindowReminders::failed);
    return m_store;
}

ReminderDeliverer *WindowReminders::deliverer()
{
    if (m_deliverer || !store())
        return m_deliverer;
    m_desktop = new DesktopNotifier(QDBusConnection::sessionBus(), this);
    m_deliverer = new ReminderDeliverer(*m_store, m_desktop);
    m_deliverer->setBanner(m_banner);
    connect(m_deliverer, &ReminderDeliverer::checkInRequested, this, &WindowReminders::checkInRequested);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setToolTip(tr("Tend"));
        m_tray->show();
        m_deliverer->setTrayIcon(m_tray);
    }
    return m_deliverer;
}

void WindowReminders::setBanner(ReminderDeliverer::Banner banner)
{
    m_banner = std::move(banner);
    if (m_deliverer)
        m_deliverer->setBanner(m_banner);
}

WindowReminders::DeliveryStatus WindowReminders::deliveryStatus()
{
    if (!deliverer())
        return {tr("Reminders are off: their file could not be opened."), false};
    if (m_desktop->isAvailable())
        return {tr("Reminders arrive as desktop notifications."), true};
    if (m_tray)
        return {tr("There is no desktop notification service, so reminders arrive as messages from Tend's tray icon."),
                true};
    return {tr("No way to show reminders works on this desktop: there is no notification service and no tray. "
               "Until there is, reminders appear only at the top of Tend's window, while it is open."),
            false};
}

BackgroundInstaller &WindowReminders::backgroundInstaller()
{
    if (!m_installer)
        m_installer = std::make_unique<BackgroundInstaller>(QCoreApplication::applicationFilePath(), m_dataFolder);
    return *m_installer;
}

void WindowReminders::setBackgroundInstaller(std::unique_ptr<BackgroundInstaller> installer)
{
    m_installer = std::move(installer);
}

void WindowReminders::start()
{
    if (!deliverer())
        return;
    deliverDue();
    m_look->start();
}

void WindowReminders::deliverDue()
{
    if (ReminderDeliverer *delivering = deliverer())
        delivering->deliverDue();
}

void WindowReminders::noteTodaysCheckIns(const QList<CheckIn> &today, const QList<Partner> &partners)
{
    QSet<QUuid> checkedIn;
    for (const CheckIn &checkIn : today)
        checkedIn.insert(checkIn.partnerId);
    bool both = !partners.isEmpty();
    for (const Partner &partner : partners)
        both = both && checkedIn.contains(partner.id);
    ReminderStore *reminders = store();
    if (!reminders)
        return;
    // Written only when it changes: every check-in saved calls this, and each write is an fsync.
    // Not both any more today (an undo took one back): the check-in reminder may speak again.
    // An earlier day is left as it is: a reminder from that day may still be caught up.
    // Failures are reported by the store.
    const Result<QDate> quiet = reminders->bothCheckedInOn();
    if (!quiet)
        return;
    const bool quietToday = quiet.value() == m_clock.today();
    if (both != quietToday)
        (void)reminders->setBothCheckedInOn(both ? m_clock.today() : QDate());
}

} // namespace tend
