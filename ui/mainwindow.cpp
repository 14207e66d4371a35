#include "mainwindow.h"

#include "checkinspage.h"
#include "checkins/checkinstore.h"
#include "clock.h"
#include "navigationdelegate.h"
#include "needs/needstore.h"
#include "history/historypage.h"
#include "review/reviewpage.h"
#include "review/reviewrepository.h"
#include "review/reviewstore.h"
#include "needspage.h"
#include "partnersdialog.h"
#include "planpage.h"
#include "preferences/preferencestore.h"
#include "preferencespage.h"
#include "reminderbanner.h"
#include "notifications/reminderdeliverer.h"
#include "reminders/reminderstore.h"
#include "reminderspage.h"
#include "theme.h"
#include "storage/database.h"
#include "storage/datafolder.h"
#include "storage/needrepository.h"
#include "storage/partnerrepository.h"
#include "todaypage.h"
#include "windowbackups.h"
#include "windowencryption.h"
#include "windowlock.h"
#include "windowreminders.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tend {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString PageKey = QStringLiteral("window/page");
const QString StayInTrayKey = QStringLiteral("reminders/stayInTray");
constexpr int StatusTimeoutMs = 6000;
constexpr int IntegrityCheckDelayMs = 800;

} // namespace

MainWindow::MainWindow(Database &database, const Clock &clock, const QList<Partner> &partners, QWidget *parent)
    : QMainWindow(parent), m_database(database), m_clock(clock), m_partners(partners),
      m_sessionStartUtc(clock.nowUtc()), m_undoStack(new QUndoStack(this)),
      m_checkIns(new CheckInStore(database, clock, this)), m_preferenceStore(new PreferenceStore(database, clock, this)),
      m_reminders(new WindowReminders(dataFolderOf(database.filePath()), clock, this)),
      m_lock(new WindowLock(database, clock, *this)), m_encryption(new WindowEncryption(database, clock, *this)),
      m_backups(new WindowBackups(database, clock, *this))
{
    // Every widget is born in its final place: reparenting restyles and relayouts a whole tree.
    auto *central = new QWidget(this);
    setCentralWidget(central);
    auto *sidebar = new QWidget(central);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setAutoFillBackground(true);
    m_navigation = new QListWidget(sidebar);
    m_pages = new QStackedWidget(central);

    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tend"));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    sidebar->setFixedWidth(190);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));
    m_navigation->setMouseTracking(true);
    QPalette navigationPalette = m_navigation->palette();
    navigationPalette.setColor(QPalette::Base, theme::Sidebar);
    navigationPalette.setColor(QPalette::Window, theme::Sidebar);
    sidebar->setPalette(navigationPalette);
    m_navigation->setPalette(navigationPalette);
    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(10, 18, 10, 18);
    sidebarLayout->addWidget(m_navigation);
    m_pages->setObjectName(QStringLiteral("pages"));

    m_today = new TodayPage(*m_checkIns, *m_preferenceStore, *m_undoStack, m_pages);
    m_today->setPartners(m_partners);
    addPage(tr("Today"), m_today->objectName(), [this] { return m_today; });
    addPage(tr("Preferences"), QStringLiteral("preferencesPage"), [this] { return createPreferencesPage(); });
    addPage(tr("Our plan"), QStringLiteral("planPage"), [this] { return createPlanPage(); });
    addPage(tr("Needs"), QStringLiteral("needsPage"), [this] { return createNeedsPage(); });
    addPage(tr("Check-ins"), QStringLiteral("checkInsPage"), [this] { return createCheckInsPage(); });
    addPage(tr("History"), QStringLiteral("historyPage"), [this] { return createHistoryPage(); });
    addPage(tr("Review"), QStringLiteral("reviewPage"), [this] { return createReviewPage(); });
    addPage(tr("Reminders"), QStringLiteral("remindersPage"), [this] { return createRemindersPage(); });

    // A reminder that neither the desktop nor a tray could show appears above the page.
    auto *pageColumn = new QVBoxLayout;
    pageColumn->setContentsMargins(0, 0, 0, 0);
    pageColumn->setSpacing(0);
    m_banner = new ReminderBanner(central);
    pageColumn->addWidget(m_banner);
    pageColumn->addWidget(m_pages, 1);

    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebar);
    layout->addLayout(pageColumn, 1);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QWidget *shown = page(row))
            m_pages->setCurrentWidget(shown);
    });
    connect(m_checkIns, &CheckInStore::failed, this, &MainWindow::showError);
    connect(m_preferenceStore, &PreferenceStore::failed, this, &MainWindow::showError);
    connect(m_today, &TodayPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_reminders, &WindowReminders::failed, this, &MainWindow::showError);
    connect(m_checkIns, &CheckInStore::changed, this, &MainWindow::noteTodaysCheckIns);
    connect(m_banner, &ReminderBanner::checkInRequested, this, &MainWindow::startNewCheckIn);
    m_reminders->setBanner([this](const Reminder &reminder, const ReminderMessage &message) {
        if (!isVisible())
            return false;
        m_banner->showReminder(reminder, message);
        return true;
    });
    connect(m_reminders, &WindowReminders::checkInRequested, this, [this] {
        bringToFront();
        startNewCheckIn();
    });
    connect(m_lock, &WindowLock::quitRequested, this, &MainWindow::quit);
    connect(m_encryption, &WindowEncryption::dataChangeRequested, this, &MainWindow::dataChangeRequested);
    connect(m_encryption, &WindowEncryption::statusMessage, this, &MainWindow::showStatus);
    // Backups made before keep the old passphrase: one under the new passphrase at once.
    connect(m_encryption, &WindowEncryption::passphraseChanged, m_backups, &WindowBackups::backUpNow);
    connect(m_backups, &WindowBackups::dataChangeRequested, this, &MainWindow::dataChangeRequested);
    connect(m_backups, &WindowBackups::statusMessage, this, &MainWindow::showStatus);
    connect(m_backups, &WindowBackups::failed, this, &MainWindow::showError);
    connect(m_banner, &ReminderBanner::snoozeRequested, this, [this](const Reminder &reminder) {
        if (ReminderStore *store = m_reminders->store(); store && store->snooze(reminder, Snooze::OneHour))
            showStatus(tr("Snoozed for an hour."));
    });

    createMenus();
    statusBar()->setSizeGripEnabled(false);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &title, const QString &objectName, std::function<QWidget *()> create)
{
    m_pageFactories.append(std::move(create));
    m_builtPages.append(nullptr);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, objectName);
    item->setData(Qt::AccessibleTextRole, title);
}

QWidget *MainWindow::page(int row)
{
    if (row < 0 || row >= m_builtPages.size())
        return nullptr;
    if (!m_builtPages[row]) {
        m_builtPages[row] = m_pageFactories[row]();
        m_pages->addWidget(m_builtPages[row]);
    }
    return m_builtPages[row];
}

PreferencesPage *MainWindow::createPreferencesPage()
{
    m_preferences = new PreferencesPage(*m_preferenceStore, *m_undoStack, m_pages);
    m_preferences->setPartners(m_partners);
    connect(m_preferences, &PreferencesPage::statusMessage, this, &MainWindow::showStatus);
    return m_preferences;
}

PlanPage *MainWindow::createPlanPage()
{
    m_plan = new PlanPage(*m_preferenceStore, m_pages);
    m_plan->setPartners(m_partners);
    connect(m_plan, &PlanPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_plan, &PlanPage::failed, this, &MainWindow::showError);
    return m_plan;
}

NeedStore &MainWindow::needStore()
{
    if (!m_needStore) {
        m_needStore = new NeedStore(m_database, m_clock, this);
        connect(m_needStore, &NeedStore::failed, this, &MainWindow::showError);
    }
    return *m_needStore;
}

NeedsPage *MainWindow::createNeedsPage()
{
    m_needs = new NeedsPage(needStore(), *m_undoStack, m_pages);
    m_needs->setPartners(m_partners);
    connect(m_needs, &NeedsPage::statusMessage, this, &MainWindow::showStatus);
    return m_needs;
}

CheckInsPage *MainWindow::createCheckInsPage()
{
    m_checkInList = new CheckInsPage(*m_checkIns, *m_preferenceStore, *m_undoStack, m_pages);
    m_checkInList->setPartners(m_partners);
    connect(m_checkInList, &CheckInsPage::statusMessage, this, &MainWindow::showStatus);
    return m_checkInList;
}

HistoryPage *MainWindow::createHistoryPage()
{
    m_history = new HistoryPage(*m_checkIns, *m_preferenceStore, m_pages);
    m_history->setPartners(m_partners);
    connect(m_history, &HistoryPage::failed, this, &MainWindow::showError);
    return m_history;
}

ReviewPage *MainWindow::createReviewPage()
{
    auto *store = new ReviewStore(m_database, m_clock, this);
    connect(store, &ReviewStore::failed, this, &MainWindow::showError);
    m_review = new ReviewPage(*store, *m_checkIns, needStore(), *m_preferenceStore, *m_undoStack, m_pages);
    m_review->setPartners(m_partners);
    connect(m_review, &ReviewPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_review, &ReviewPage::failed, this, &MainWindow::showError);
    return m_review;
}

QWidget *MainWindow::createRemindersPage()
{
    ReminderStore *store = m_reminders->store();
    if (!store) {
        auto *off = new QLabel(tr("Reminders are off: their file could not be opened (see the message)."), m_pages);
        off->setObjectName(QStringLiteral("remindersPage"));
        off->setAlignment(Qt::AlignCenter);
        return off;
    }
    m_remindersPage = new RemindersPage(*store, m_pages);
    const WindowReminders::DeliveryStatus status = m_reminders->deliveryStatus();
    m_remindersPage->setDeliveryStatus(status.text, status.works);
    m_remindersPage->setBackgroundMode(m_reminders->backgroundInstaller().installed(),
                                       BackgroundInstaller::systemdUserSessionRuns());
    connect(m_remindersPage, &RemindersPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_remindersPage, &RemindersPage::backgroundModeRequested, this, &MainWindow::changeBackgroundMode);
    connect(m_remindersPage, &RemindersPage::testReminderRequested, this, [this] {
        ReminderDeliverer *deliverer = m_reminders->deliverer();
        if (!deliverer)
            return;
        const ReminderDelivery shown = deliverer->deliverTest();
        const WindowReminders::DeliveryStatus status = m_reminders->deliveryStatus();
        if (shown.way == DeliveryWay::None)
            m_remindersPage->setDeliveryStatus(tr("The test reminder could not be shown: %1").arg(shown.problem), false);
        else
            m_remindersPage->setDeliveryStatus(status.text, status.works);
    });
    return m_remindersPage;
}

void MainWindow::changeBackgroundMode(BackgroundMode mode)
{
    BackgroundInstaller &installer = m_reminders->backgroundInstaller();
    if (m_demo && mode != BackgroundMode::None) {
        m_remindersPage->setBackgroundMode(installer.installed(), BackgroundInstaller::systemdUserSessionRuns());
        showError(tr("The demo's data is deleted when Tend closes, so the demo cannot remind you while it is closed."));
        return;
    }
    Status changed;
    switch (mode) {
    case BackgroundMode::SystemdTimer:
        changed = installer.installTimer();
        break;
    case BackgroundMode::Autostart:
        changed = installer.installAutostart();
        break;
    case BackgroundMode::None:
        changed = installer.removeAll();
        break;
    }
    m_remindersPage->setBackgroundMode(installer.installed(), BackgroundInstaller::systemdUserSessionRuns());
    if (!changed) {
        showError(changed.error().message);
        return;
    }
    switch (installer.installed()) {
    case BackgroundMode::SystemdTimer:
        showStatus(tr("Reminders now come every minute, also while Tend is closed."));
        break;
    case BackgroundMode::Autostart:
        showStatus(tr("Reminders now come while Tend is closed, from your next login."));
        break;
    case BackgroundMode::None:
        showStatus(tr("Reminders now come only while Tend is open."));
        break;
    }
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, StatusTimeoutMs);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newCheckIn = file->addAction(tr("&New check-in"), this, &MainWindow::startNewCheckIn);
    newCheckIn->setObjectName(QStringLiteral("newCheckInAction"));
    newCheckIn->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *partners = file->addAction(tr("&Partners…"), this, &MainWindow::editPartners);
    partners->setObjectName(QStringLiteral("editPartnersAction"));
    file->addSeparator();
    m_lock->addActionsTo(file);
    m_encryption->addActionsTo(file);
    file->addSeparator();
    m_backups->addActionsTo(file);
    file->addSeparator();
    m_stayInTray = file->addAction(tr("Keep Tend in the &tray when closed"));
    m_stayInTray->setObjectName(QStringLiteral("stayInTrayAction"));
    m_stayInTray->setCheckable(true);
    m_stayInTray->setChecked(QSettings().value(StayInTrayKey, false).toBool());
    m_stayInTray->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
    m_stayInTray->setStatusTip(m_stayInTray->isEnabled()
                                   ? tr("Closing the window leaves Tend in the tray, so reminders keep coming.")
                                   : tr("This desktop has no tray; set up reminders on the Reminders page instead."));
    connect(m_stayInTray, &QAction::toggled, this, [](bool on) { QSettings().setValue(StayInTrayKey, on); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction *page = go->addAction(m_navigation->item(i)->text(), this, [this, i] { m_navigation->setCurrentRow(i); });
        page->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tend"), this, &MainWindow::showAbout)->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::startNewCheckIn()
{
    if (m_lock->isLocked())
        return; // the lock screen is showing; a check-in can start once it is unlocked
    m_navigation->setCurrentRow(0);
    m_today->startNewCheckIn();
}

void MainWindow::showError(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Tend"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::editPartners()
{
    PartnersDialog dialog(PartnersDialog::Purpose::Edit, m_partners, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PartnerRepository repository(m_database, m_clock);
    QList<Partner> saved = dialog.partners();
    if (Status status = repository.saveAll(saved); !status) {
        showError(status.error().message);
        return;
    }
    m_partners = saved;
    m_today->setPartners(m_partners);
    if (m_preferences)
        m_preferences->setPartners(m_partners);
    if (m_plan)
        m_plan->setPartners(m_partners);
    if (m_needs)
        m_needs->setPartners(m_partners);
    if (m_checkInList)
        m_checkInList->setPartners(m_partners);
    if (m_history)
        m_history->setPartners(m_partners);
    if (m_review)
        m_review->setPartners(m_partners);
    showStatus(tr("Saved."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tend"),
                       tr("<h3>Tend %1</h3>"
                          "<p>A private place for two people to look after each other after intimacy, "
                          "and to keep an eye on how they are doing together.</p>"
                          "<p>Everything you write stays on this computer. Tend has no account, no server, "
                          "no network access and no telemetry.</p>"
                          "<p>Tend never shows health statistics or claims as facts; "
                          "what you see comes only from what the two of you wrote.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1200, 720);
    restoreState(settings.value(StateKey).toByteArray());
    const QString page = settings.value(PageKey).toString();
    int row = 0;
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (m_navigation->item(i)->data(Qt::UserRole).toString() == page)
            row = i;
    }
    m_navigation->setCurrentRow(row);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    if (QListWidgetItem *item = m_navigation->currentItem())
        settings.setValue(PageKey, item->data(Qt::UserRole));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_integrityChecked, true))
        return;
    // The full check reads every page; run it once the window is up rather than before.
    QTimer::singleShot(IntegrityCheckDelayMs, this, [this] {
        if (Status intact = m_database.checkIntegrity(); !intact)
            showError(intact.error().message);
        // Left over if an earlier session ended without closing its window.
        forgetDeletedBefore(m_sessionStartUtc);
        startReminders();
        m_checkIns->readAhead(); // for Check-ins, History and Review
        m_lock->followDesktopSession();
        if (!m_demo)
            m_backups->startDailyBackups();
    });
}

void MainWindow::startReminders()
{
    noteTodaysCheckIns();
    m_reminders->start();
    setUpTrayMenu();
}

void MainWindow::setUpTrayMenu()
{
    QSystemTrayIcon *tray = m_reminders->trayIcon();
    if (!tray)
        return;
    auto *menu = new QMenu(this);
    menu->addAction(tr("Open Tend"), this, &MainWindow::bringToFront);
    menu->addAction(tr("New check-in"), this, [this] {
        bringToFront();
        startNewCheckIn();
    });
    menu->addSeparator();
    menu->addAction(tr("Quit Tend"), this, &MainWindow::quit);
    tray->setContextMenu(menu);
    connect(tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            bringToFront();
    });
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    qApp->quit();
}

void MainWindow::noteTodaysCheckIns()
{
    if (Result<QList<CheckIn>> today = m_checkIns->onDay(m_clock.today()); today)
        m_reminders->noteTodaysCheckIns(today.value(), m_partners);
}

void MainWindow::bringToFront()
{
    show();
    setWindowState(windowState() & ~Qt::WindowMinimized);
    raise();
    activateWindow();
}

void MainWindow::forgetDeletedBefore(const QDateTime &cutoffUtc)
{
    // What deleted check-ins, needs and reviews said is kept only while undo can bring them back.
    (void)m_checkIns->forgetDeletedBefore(cutoffUtc);
    if (Status needs = NeedRepository(m_database, m_clock).forgetDeletedBefore(cutoffUtc); !needs)
        showError(needs.error().message);
    if (Status reviews = ReviewRepository(m_database, m_clock).forgetDeletedBefore(cutoffUtc); !reviews)
        showError(reviews.error().message);
}

void MainWindow::prepareToGo()
{
    // With the window gone, so is undo: what deleted check-ins said is erased now, or, when
    // locked and unable to save, at the next start.
    m_undoStack->clear();
    if (!m_lock->isLocked())
        forgetDeletedBefore(m_clock.nowUtc().addMSecs(1));
    saveSettings();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitting && m_stayInTray->isChecked() && m_reminders->trayIcon()) {
        // Tend stays in the tray, delivering reminders; undo stays too, for when it comes back.
        saveSettings();
        hide();
        event->ignore();
        return;
    }
    prepareToGo();
    QMainWindow::closeEvent(event);
}

} // namespace tend
