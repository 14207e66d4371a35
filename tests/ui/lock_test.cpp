// Tend locks itself: after the idle time (with a clock the test moves), on Ctrl+L, and then
// hides every window until the passphrase is typed again.

#include "uitesthelpers.h"

#include "crypto/securebytes.h"
#include "lockcontroller.h"
#include "lockcurtain.h"
#include "mainwindow.h"
#include "storage/datafolder.h"
#include "storage/partnerrepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace tend::test {
namespace {

using namespace std::chrono_literals;

const QByteArray Passphrase = "two mugs of cocoa by the window";

SecureBytes secure(QByteArrayView text)
{
    return SecureBytes::copyOf(text);
}

class LockTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        if (HasFatalFailure())
            return;
        Result<std::unique_ptr<Database>> created =
            Database::createSealed(vaultPathIn(dataFolder()), secure(Passphrase), KeyDerivation::fastForTests());
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        m_database = std::move(created).value();
        m_partners = saveCouple(*m_database);
    }

    void TearDown() override
    {
        m_window.reset();
        m_database.reset();
    }

    void openTheWindow()
    {
        m_window = openWindow(*m_database, m_partners);
        ASSERT_TRUE(m_window);
        m_controller = m_window->findChild<LockController *>();
        ASSERT_TRUE(m_controller);
    }

    Status saveThePartners()
    {
        QList<Partner> partners = m_partners;
        return PartnerRepository(*m_database, m_clock).saveAll(partners);
    }

    static QWidget *unlockDialog()
    {
        QWidget *modal = QApplication::activeModalWidget();
        return modal && modal->objectName() == QStringLiteral("unlockDialog") && modal->isVisible() ? modal : nullptr;
    }

    // True when `window` shows nothing but its curtain, whatever point of it one looks at.
    static bool isCovered(QWidget *window)
    {
        auto *curtain = window->findChild<LockCurtain *>(QString(), Qt::FindDirectChildrenOnly);
        if (!curtain || !curtain->isVisible() || curtain->geometry() != window->rect())
            return false;
        for (const QPoint point : {window->rect().center(), QPoint(2, 2), window->rect().bottomRight() - QPoint(2, 2)}) {
            if (window->childAt(point) != curtain)
                return false;
        }
        return true;
    }

    void unlockWith(QByteArrayView passphrase)
    {
        QWidget *dialog = unlockDialog();
        ASSERT_TRUE(dialog);
        auto *field = child<QLineEdit>(dialog, QStringLiteral("unlockPassphrase"));
        ASSERT_TRUE(field);
        ASSERT_TRUE(focusOn(field));
        field->clear();
        typeText(QString::fromUtf8(passphrase));
        pressKey(Qt::Key_Return);
    }

    std::unique_ptr<Database> m_database;
    QList<Partner> m_partners;
    std::unique_ptr<MainWindow> m_window;
    LockController *m_controller = nullptr;
};

TEST_F(LockTest, LocksOnlyOnceTheIdleTimeHasRunOut)
{
    openTheWindow();
    EXPECT_EQ(m_controller->idleTimeout(), std::optional(10min)) << "The default is ten minutes";

    m_clock.advanceSeconds(9 * 60 + 59);
    m_controller->checkIdle();
    EXPECT_FALSE(m_database->isLocked());
    EXPECT_TRUE(saveThePartners().ok());

    m_clock.advanceSeconds(1);
    m_controller->checkIdle();
    EXPECT_TRUE(m_database->isLocked());
    const Status refused = saveThePartners();
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("locked")));
    EXPECT_TRUE(isCovered(m_window.get()));
    EXPECT_TRUE(waitUntil([] { return unlockDialog() != nullptr; }));
}

TEST_F(LockTest, TheTimerLooksAtTheClockAndLocks)
{
    openTheWindow();
    auto *timer = m_window->findChild<QTimer *>(QStringLiteral("idleLockTimer"));
    ASSERT_TRUE(timer);
    EXPECT_TRUE(timer->isActive());
    EXPECT_GT(timer->interval(), 0);
    EXPECT_LE(timer->interval(), 10 * 60 * 1000);

    m_clock.advanceSeconds(10 * 60);
    timer->start(0); // as if the waiting were over
    EXPECT_TRUE(waitUntil([this] { return m_database->isLocked(); }));
}

TEST_F(LockTest, UsingTendStartsTheIdleTimeAgain)
{
    openTheWindow();
    m_clock.advanceSeconds(9 * 60);
    QTest::mouseMove(m_window.get(), QPoint(300, 200));
    pressKey(Qt::Key_Down);
    m_clock.advanceSeconds(9 * 60);
    m_controller->checkIdle();
    EXPECT_FALSE(m_database->isLocked()) << "Nine minutes after the last key is not ten without use";
    m_clock.advanceSeconds(60);
    m_controller->checkIdle();
    EXPECT_TRUE(m_database->isLocked());
}

TEST_F(LockTest, TheFirstKeyAfterTheIdleTimeLocksAndIsNotTyped)
{
    openTheWindow();
    // Tend's timer may be late (the computer slept): the first key after the idle time locks.
    QLineEdit field;
    field.setObjectName(QStringLiteral("someField"));
    ASSERT_TRUE(showAndActivate(&field));
    m_clock.advanceSeconds(11 * 60);
    QTest::keyClicks(&field, QStringLiteral("x"));
    EXPECT_TRUE(m_database->isLocked());
    EXPECT_EQ(field.text(), QString());
    EXPECT_TRUE(isCovered(&field));
}

TEST_F(LockTest, NeverKeepsTendOpenAndIsRemembered)
{
    openTheWindow();
    auto *never = child<QAction>(m_window.get(), QStringLiteral("lockAfter0Action"));
    auto *ten = child<QAction>(m_window.get(), QStringLiteral("lockAfter10Action"));
    ASSERT_TRUE(never && ten);
    EXPECT_TRUE(ten->isChecked());
    never->trigger();
    EXPECT_TRUE(never->isChecked());
    EXPECT_FALSE(ten->isChecked());
    EXPECT_FALSE(m_window->findChild<QTimer *>(QStringLiteral("idleLockTimer"))->isActive());
    m_clock.advanceDays(2);
    m_controller->checkIdle();
    EXPECT_FALSE(m_database->isLocked());
    EXPECT_EQ(QSettings().value(QStringLiteral("privacy/lockAfterMinutes")).toInt(), 0);

    m_window.reset();
    openTheWindow();
    EXPECT_TRUE(child<QAction>(m_window.get(), QStringLiteral("lockAfter0Action"))->isChecked());
    EXPECT_EQ(m_controller->idleTimeout(), std::nullopt);

    child<QAction>(m_window.get(), QStringLiteral("lockAfter5Action"))->trigger();
    m_clock.advanceSeconds(5 * 60);
    m_controller->checkIdle();
    EXPECT_TRUE(m_database->isLocked());
}

TEST_F(LockTest, LockingHidesEveryWindowUntilTheRightPassphrase)
{
    openTheWindow();
    // A window-modal message and a dialog of the person's own, with half-typed text.
    m_window->showError(QStringLiteral("Something to read"));
    ASSERT_TRUE(waitUntil([this] { return child<QMessageBox>(m_window.get(), QStringLiteral("errorMessage")); }));
    auto *message = child<QMessageBox>(m_window.get(), QStringLiteral("errorMessage"));
    ASSERT_TRUE(waitUntil([message] { return message->isVisible(); }));
    QDialog halfDone(m_window.get());
    halfDone.setWindowModality(Qt::ApplicationModal); // as exec() makes it
    auto *note = new QLineEdit(&halfDone);
    (new QVBoxLayout(&halfDone))->addWidget(note);
    halfDone.show();
    ASSERT_TRUE(waitUntil([&halfDone] { return halfDone.isActiveWindow(); }));
    ASSERT_TRUE(focusOn(note));
    typeText(QStringLiteral("we could"));

    // They left it like that.
    m_clock.advanceSeconds(10 * 60);
    m_controller->checkIdle();
    ASSERT_TRUE(m_database->isLocked());
    EXPECT_TRUE(isCovered(m_window.get()));
    EXPECT_TRUE(isCovered(message));
    EXPECT_TRUE(isCovered(&halfDone));
    // Above the dialog that was open, so the passphrase reaches it.
    ASSERT_TRUE(waitUntil([] { return unlockDialog() != nullptr && unlockDialog()->isActiveWindow(); }));

    unlockWith("not our passphrase");
    QWidget *dialog = unlockDialog();
    ASSERT_TRUE(dialog) << "A wrong passphrase closed the lock screen";
    auto *problem = child<QLabel>(dialog, QStringLiteral("unlockProblem"));
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(m_database->isLocked());
    EXPECT_TRUE(isCovered(m_window.get()));

    unlockWith(Passphrase);
    EXPECT_TRUE(waitUntil([] { return unlockDialog() == nullptr; }));
    EXPECT_FALSE(m_database->isLocked());
    EXPECT_EQ(m_window->findChildren<LockCurtain *>().size(), 0);
    EXPECT_EQ(halfDone.findChildren<LockCurtain *>().size(), 0);
    EXPECT_TRUE(halfDone.isVisible());
    EXPECT_EQ(note->text(), QStringLiteral("we could"));
    EXPECT_TRUE(saveThePartners().ok());
    halfDone.reject();
}

TEST_F(LockTest, CtrlLLocksAndEscapeDoesNotLeaveTheLockScreen)
{
    openTheWindow();
    pressKey(Qt::Key_L, Qt::ControlModifier);
    ASSERT_TRUE(m_database->isLocked()) << "Ctrl+L did not lock";
    ASSERT_TRUE(waitUntil([] { return unlockDialog() != nullptr && unlockDialog()->isActiveWindow(); }));
    pressKey(Qt::Key_Escape);
    QApplication::processEvents();
    EXPECT_TRUE(unlockDialog() != nullptr);
    EXPECT_TRUE(m_database->isLocked());
    EXPECT_TRUE(m_window->isVisible());
}

TEST_F(LockTest, QuitOnTheLockScreenClosesTendWithoutSaving)
{
    openTheWindow();
    m_controller->lockNow();
    ASSERT_TRUE(waitUntil([] { return unlockDialog() != nullptr; }));
    QTest::mouseClick(child<QWidget>(unlockDialog(), QStringLiteral("quitButton")), Qt::LeftButton);
    EXPECT_TRUE(waitUntil([this] { return !m_window->isVisible(); }));
    EXPECT_TRUE(m_database->isLocked());
}

TEST_F(LockTest, AWindowOpenedWhileLockedIsCoveredToo)
{
    openTheWindow();
    m_controller->lockNow();
    QWidget later;
    later.resize(300, 200);
    later.show();
    EXPECT_TRUE(isCovered(&later));
}

TEST_F(LockTest, AHiddenWindowAsksForThePassphraseWhenItComesBack)
{
    openTheWindow();
    m_window->hide();
    m_controller->lockNow();
    QApplication::processEvents();
    EXPECT_EQ(unlockDialog(), nullptr) << "Nothing may pop up while Tend is in the tray";
    m_window->show();
    EXPECT_TRUE(waitUntil([] { return unlockDialog() != nullptr; }));
    EXPECT_TRUE(isCovered(m_window.get()));
}

TEST_F(LockTest, WhileLockedTheDailyBackupWaitsQuietly)
{
    openTheWindow();
    auto *daily = m_window->findChild<QTimer *>(QStringLiteral("dailyBackupTimer"));
    ASSERT_TRUE(daily);
    m_controller->lockNow();
    m_clock.advanceDays(1);
    QSignalSpy looked(daily, &QTimer::timeout);
    daily->start(0);
    ASSERT_TRUE(looked.wait());
    EXPECT_EQ(m_window->findChildren<QMessageBox *>(QStringLiteral("errorMessage")).size(), 0)
        << "Being locked is no error to report";
    EXPECT_FALSE(QDir(backupsFolderIn(dataFolder())).exists() && !QDir(backupsFolderIn(dataFolder())).isEmpty());
}

TEST_F(LockTest, AShortcutAfterTheIdleTimeLocksAndDoesNothingElse)
{
    openTheWindow();
    int triggered = 0;
    auto *action = new QAction(m_window.get());
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_window->addAction(action);
    QObject::connect(action, &QAction::triggered, [&triggered] { ++triggered; });
    pressKey(Qt::Key_K, Qt::ControlModifier);
    ASSERT_EQ(triggered, 1);

    m_clock.advanceSeconds(10 * 60);
    pressKey(Qt::Key_K, Qt::ControlModifier);
    EXPECT_TRUE(m_database->isLocked());
    EXPECT_EQ(triggered, 1) << "A shortcut acted on the data after the idle time";
}

TEST_F(LockTest, AMessageThatOpensWhileLockedDoesNotTakeThePassphrasesPlace)
{
    openTheWindow();
    m_controller->lockNow();
    ASSERT_TRUE(waitUntil([] { return unlockDialog() != nullptr && unlockDialog()->isActiveWindow(); }));
    QMessageBox message(QMessageBox::Warning, QStringLiteral("Tend"), QStringLiteral("Something went wrong"),
                        QMessageBox::Ok, m_window.get());
    message.setWindowModality(Qt::ApplicationModal);
    message.show();
    EXPECT_TRUE(isCovered(&message));
    ASSERT_TRUE(waitUntil([] { return unlockDialog() != nullptr && unlockDialog()->isActiveWindow(); }))
        << "The passphrase is not asked above the message";
    unlockWith(Passphrase);
    EXPECT_TRUE(waitUntil([this] { return !m_database->isLocked(); }));
    EXPECT_TRUE(message.isVisible());
    EXPECT_FALSE(isCovered(&message));
}

TEST_F(LockTest, KeysOnTheirWayAsTendLocksReachNothingBehindTheCurtain)
{
    openTheWindow();
    QLineEdit field;
    ASSERT_TRUE(showAndActivate(&field));
    m_controller->lockNow();
    QTest::keyClicks(&field, QStringLiteral("abc")); // sent straight to it, as a key already queued would be
    EXPECT_EQ(field.text(), QString());
}

class PlainLockTest : public CoupleWindowTest
{
};

TEST_F(PlainLockTest, PlainDataCannotBeLockedAndSaysWhy)
{
    auto *lockNow = child<QAction>(m_window.get(), QStringLiteral("lockNowAction"));
    ASSERT_TRUE(lockNow);
    EXPECT_FALSE(lockNow->isEnabled());
    EXPECT_TRUE(lockNow->statusTip().contains(QStringLiteral("not encrypted")));
    pressKey(Qt::Key_L, Qt::ControlModifier);
    EXPECT_EQ(m_window->findChildren<LockCurtain *>().size(), 0);
    m_clock.advanceDays(1);
    m_window->findChild<LockController *>()->checkIdle();
    EXPECT_FALSE(m_database->isLocked());
}

} // namespace
} // namespace tend::test
