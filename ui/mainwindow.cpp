#include "mainwindow.h"

#include "checkinstore.h"
#include "clock.h"
#include "navigationdelegate.h"
#include "partnersdialog.h"
#include "theme.h"
#include "storage/database.h"
#include "storage/partnerrepository.h"
#include "todaypage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tend {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString PageKey = QStringLiteral("window/page");
constexpr int StatusTimeoutMs = 6000;
constexpr int IntegrityCheckDelayMs = 800;

} // namespace

MainWindow::MainWindow(Database &database, const Clock &clock, const QList<Partner> &partners, QWidget *parent)
    : QMainWindow(parent), m_database(database), m_clock(clock), m_partners(partners),
      m_sessionStartUtc(clock.nowUtc()), m_undoStack(new QUndoStack(this)),
      m_checkIns(new CheckInStore(database, clock, this))
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

    m_today = new TodayPage(*m_checkIns, *m_undoStack, m_pages);
    m_today->setPartners(m_partners);
    addPage(m_today, tr("Today"));

    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebar);
    layout->addWidget(m_pages, 1);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_checkIns, &CheckInStore::failed, this, &MainWindow::showError);
    connect(m_today, &TodayPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusTimeoutMs); });

    createMenus();
    statusBar()->setSizeGripEnabled(false);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget *page, const QString &title)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, page->objectName());
    item->setData(Qt::AccessibleTextRole, title);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *partners = file->addAction(tr("&Partners…"), this, &MainWindow::editPartners);
    partners->setObjectName(QStringLiteral("editPartnersAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
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
    statusBar()->showMessage(tr("Saved."), StatusTimeoutMs);
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
        (void)m_checkIns->forgetDeletedBefore(m_sessionStartUtc);
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // With the window gone, so is undo: what deleted check-ins said is erased now.
    m_undoStack->clear();
    (void)m_checkIns->forgetDeletedBefore(m_clock.nowUtc().addMSecs(1));
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace tend
