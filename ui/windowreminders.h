#pragma once

#include "model/checkin.h"
#include "model/partner.h"
#include "notifications/reminderdeliverer.h"
#include "reminders/backgroundinstaller.h"

#include <QObject>

#include <memory>

class QSystemTrayIcon;
class QTimer;

namespace tend {

class Clock;
class Database;
class DesktopNotifier;
class ReminderDeliverer;
class ReminderStore;

// Reminders while Tend runs: the reminders file beside the data, opened on first use; a look
// for due reminders every half minute; delivery by desktop notification, tray or the window's
// banner; and, for the check-in reminder, the day on which both partners have checked in.
class WindowReminders : public QObject
{
    Q_OBJECT

public:
    WindowReminders(QString dataFolder, const Clock &clock, QObject *parent = nullptr);
    ~WindowReminders() override;

    // Null, after failed(), when the reminders file cannot be opened.
    ReminderStore *store();
    ReminderDeliverer *deliverer();
    // Tend's tray icon, where the desktop has a tray; null elsewhere.
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QString dataFolder() const { return m_dataFolder; }

    // How the window shows a reminder nothing else could show.
    void setBanner(ReminderDeliverer::Banner banner);
    // In words, how reminders can reach the couple here; `works` is false when no way outside
    // the window works, so the Reminders page says so instead of failing silently.
    struct DeliveryStatus
    {
        QString text;
        bool works = false;
    };
    DeliveryStatus deliveryStatus();

    // What brings reminders while Tend is closed: the systemd timer or autostart entry for this
    // program and data folder. Tests put in one that writes elsewhere.
    BackgroundInstaller &backgroundInstaller();
    void setBackgroundInstaller(std::unique_ptr<BackgroundInstaller> installer);

    // Starts looking for due reminders (after the window is up).
    void start();
    // Delivers whatever is due now.
    void deliverDue();
    // Tells the reminders whether both partners have checked in today.
    void noteTodaysCheckIns(const QList<CheckIn> &today, const QList<Partner> &partners);

signals:
    void failed(const QString &message);
    // "Check in now" was chosen on a notification.
    void checkInRequested();

private:
    QString m_dataFolder;
    const Clock &m_clock;
    std::unique_ptr<Database> m_database;
    ReminderStore *m_store = nullptr;
    DesktopNotifier *m_desktop = nullptr;
    ReminderDeliverer *m_deliverer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_look = nullptr;
    ReminderDeliverer::Banner m_banner;
    std::unique_ptr<BackgroundInstaller> m_installer;
    bool m_failed = false;
};

} // namespace tend
