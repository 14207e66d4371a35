#pragma once

#include "datachange.h"
#include "model/partner.h"
#include "reminders/backgroundinstaller.h"

#include <QDateTime>
#include <QMainWindow>

#include <functional>

class QAction;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace tend {

class CheckInsPage;
class CheckInStore;
class Clock;
class Database;
class HistoryPage;
class ReviewPage;
class NeedStore;
class NeedsPage;
class PlanPage;
class PreferenceStore;
class PreferencesPage;
class RemindersPage;
class ReminderBanner;
class TodayPage;
class WindowBackups;
class WindowEncryption;
class WindowLock;
class WindowReminders;

// The window: navigation on the left, one page at a time on the right, and the menus.
// Pages do the work; the window wires them together and remembers where the person was.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &database, const Clock &clock, const QList<Partner> &partners, QWidget *parent = nullptr);
    ~MainWindow() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    // A demo's data is thrown away when Tend closes: nothing may remind from it after that.
    void setDemo(bool demo) { m_demo = demo; }
    void showError(const QString &message);
    void showStatus(const QString &message);
    // The window is about to go, closed or because other data takes the place of its data: it
    // saves its settings and lets go of undo.
    void prepareToGo();

signals:
    void dataChangeRequested(const tend::DataChange &change);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    // Pages other than the first are built when first visited, so start-up builds only what it shows.
    void addPage(const QString &title, const QString &objectName, std::function<QWidget *()> create);
    QWidget *page(int row);
    PreferencesPage *createPreferencesPage();
    PlanPage *createPlanPage();
    NeedsPage *createNeedsPage();
    CheckInsPage *createCheckInsPage();
    HistoryPage *createHistoryPage();
    ReviewPage *createReviewPage();
    NeedStore &needStore();
    QWidget *createRemindersPage();
    void changeBackgroundMode(BackgroundMode mode);
    void startNewCheckIn();
    void editPartners();
    void showAbout();
    void forgetDeletedBefore(const QDateTime &cutoffUtc);
    void startReminders();
    void noteTodaysCheckIns();
    void bringToFront();
    void setUpTrayMenu();
    void quit();
    void restoreSettings();
    void saveSettings() const;

    Database &m_database;
    const Clock &m_clock;
    QList<Partner> m_partners;
    const QDateTime m_sessionStartUtc;

    QUndoStack *m_undoStack = nullptr;
    CheckInStore *m_checkIns = nullptr;
    PreferenceStore *m_preferenceStore = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<std::function<QWidget *()>> m_pageFactories;
    QList<QWidget *> m_builtPages;
    TodayPage *m_today = nullptr;
    PreferencesPage *m_preferences = nullptr;
    PlanPage *m_plan = nullptr;
    NeedStore *m_needStore = nullptr;
    NeedsPage *m_needs = nullptr;
    CheckInsPage *m_checkInList = nullptr;
    HistoryPage *m_history = nullptr;
    ReviewPage *m_review = nullptr;
    WindowReminders *m_reminders = nullptr;
    WindowLock *m_lock = nullptr;
    WindowEncryption *m_encryption = nullptr;
    WindowBackups *m_backups = nullptr;
    ReminderBanner *m_banner = nullptr;
    RemindersPage *m_remindersPage = nullptr;
    QAction *m_stayInTray = nullptr;
    bool m_integrityChecked = false;
    bool m_quitting = false;
    bool m_demo = false;
};

} // namespace tend
