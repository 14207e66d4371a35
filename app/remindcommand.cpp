#include "remindcommand.h"

#include "appicon.h"
#include "clock.h"
#include "notifications/desktopnotifier.h"
#include "notifications/reminderdeliverer.h"
#include "reminders/reminderstore.h"
#include "storage/database.h"
#include "texts.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QEventLoop>
#include <QMenu>
#include <QProcess>
#include <QSystemTrayIcon>
#include <QTimer>

#include <cstdio>

namespace tend {

namespace {

constexpr int WatchIntervalMs = 30 * 1000;
// How long a one-shot run stays for someone to answer a notification's buttons.
constexpr int AnswerWaitMs = 2 * 60 * 1000;
// How long a one-shot run keeps its tray icon so that its message can be read.
constexpr int TrayMessageMs = 15 * 1000;

QString wayName(DeliveryWay way)
{
    switch (way) {
    case DeliveryWay::Desktop:
        return DeliveryText::tr("a desktop notification");
    case DeliveryWay::Tray:
        return DeliveryText::tr("a message from the tray");
    case DeliveryWay::Window:
        return DeliveryText::tr("a banner in Tend's window");
    case DeliveryWay::None:
        break;
    }
    return {};
}

// The journal keeps what a systemd service prints: name the kind of reminder, never its words.
QString kindName(ReminderKind kind)
{
    switch (kind) {
    case ReminderKind::CheckIn:
        return DeliveryText::tr("the check-in reminder");
    case ReminderKind::WeeklyNeed:
        return DeliveryText::tr("the weekly need reminder");
    case ReminderKind::Mindfulness:
        return DeliveryText::tr("the mindfulness reminder");
    case ReminderKind::ConsiderSupport:
        return DeliveryText::tr("the support reminder");
    case ReminderKind::Custom:
        break;
    }
    return DeliveryText::tr("a reminder of your own");
}

void say(std::FILE *stream, const QString &line)
{
    std::fprintf(stream, "%s\n", qPrintable(line));
    std::fflush(stream);
}

void openTend(const QString &dataFolder)
{
    QStringList arguments;
    if (!dataFolder.isEmpty())
        arguments << QStringLiteral("--data-dir=") + dataFolder;
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}

// Delivers what is due; 3 when something could not be shown. `answers` is set when a shown
// notification offers buttons worth waiting for.
int deliverDue(ReminderStore &store, ReminderDeliverer &deliverer, bool *offeredButtons, bool *usedTray)
{
    Result<QList<ClaimedReminder>> claimed = store.claimDue();
    if (!claimed) {
        say(stderr, claimed.error().message);
        return 1;
    }
    int status = 0;
    for (const ClaimedReminder &each : claimed.value()) {
        const ReminderDelivery delivery = deliverer.deliver(each);
        if (delivery.way == DeliveryWay::None) {
            say(stderr, DeliveryText::tr("Could not show %1: %2").arg(kindName(each.reminder.kind), delivery.problem));
            status = 3;
            continue;
        }
        say(stdout, DeliveryText::tr("Showed %1 as %2.").arg(kindName(each.reminder.kind), wayName(delivery.way)));
        if (delivery.way == DeliveryWay::Desktop)
            *offeredButtons = true;
        if (delivery.way == DeliveryWay::Tray)
            *usedTray = true;
    }
    return status;
}

} // namespace

int runRemind(const QString &dataFolder, const Clock &clock, bool watch)
{
    Result<std::unique_ptr<Database>> opened = ReminderRepository::openIn(dataFolder, clock);
    if (!opened) {
        say(stderr, opened.error().message);
        return 1;
    }
    ReminderStore store(*opened.value(), clock);
    QObject::connect(&store, &ReminderStore::failed, [](const QString &message) { say(stderr, message); });
    DesktopNotifier desktop;
    ReminderDeliverer deliverer(store, &desktop);
    QObject::connect(&deliverer, &ReminderDeliverer::checkInRequested, [&dataFolder] { openTend(dataFolder); });

    // Shown by the deliverer only when a message needs it, so no icon blinks each minute.
    QSystemTrayIcon tray(appIcon());
    tray.setToolTip(QObject::tr("Tend reminders"));
    deliverer.setTrayIcon(&tray);

    if (watch) {
        QMenu menu;
        QObject::connect(menu.addAction(QObject::tr("Open Tend")), &QAction::triggered, [&dataFolder] { openTend(dataFolder); });
        QObject::connect(menu.addAction(QObject::tr("Stop reminders until next login")), &QAction::triggered, qApp,
                         &QCoreApplication::quit);
        tray.setContextMenu(&menu);
        if (QSystemTrayIcon::isSystemTrayAvailable())
            tray.show();
        bool unused = false;
        QTimer look;
        QObject::connect(&look, &QTimer::timeout, [&] { (void)deliverDue(store, deliverer, &unused, &unused); });
        look.start(WatchIntervalMs);
        (void)deliverDue(store, deliverer, &unused, &unused);
        return QCoreApplication::exec();
    }

    bool offeredButtons = false;
    bool usedTray = false;
    const int status = deliverDue(store, deliverer, &offeredButtons, &usedTray);
    offeredButtons = offeredButtons && desktop.capabilities().contains(QStringLiteral("actions"));
    if (usedTray) {
        QTimer::singleShot(TrayMessageMs, qApp, &QCoreApplication::quit);
        QCoreApplication::exec();
    } else if (offeredButtons) {
        // Stay a little for "Check in now" or "Snooze 1 h"; closing the notification ends the wait.
        QEventLoop wait;
        QObject::connect(&deliverer, &ReminderDeliverer::notificationDone, &wait, [&wait] {
            QTimer::singleShot(0, &wait, &QEventLoop::quit);
        });
        QTimer::singleShot(AnswerWaitMs, &wait, &QEventLoop::quit);
        wait.exec();
    }
    return status;
}

} // namespace tend
