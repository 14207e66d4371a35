// The Reminders page in Tend's window: Ctrl+8 opens it, it says plainly when no way can show a
// reminder here, its test reminder falls back to the window's banner, and choosing how reminders
// come while Tend is closed installs exactly that (into a folder of the test's own).

#include "uitesthelpers.h"

#include "mainwindow.h"
#include "reminders/backgroundfiles.h"
#include "reminders/backgroundinstaller.h"
#include "windowreminders.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

namespace tend::test {
namespace {

class RemindersWindowTest : public CoupleWindowTest
{
protected:
    void SetUp() override
    {
        CoupleWindowTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(m_config.isValid());
        auto *reminders = m_window->findChild<WindowReminders *>();
        ASSERT_TRUE(reminders);
        const BackgroundInstaller::Places places{m_config.filePath(QStringLiteral("systemd/user")),
                                                 m_config.filePath(QStringLiteral("autostart"))};
        reminders->setBackgroundInstaller(std::make_unique<BackgroundInstaller>(
            QStringLiteral("/usr/bin/tend"), dataFolder(), places, [this](const QStringList &arguments) {
                m_systemctlCalls.append(arguments.join(u' '));
                if (m_systemctlFails)
                    return Status(Error{QStringLiteral("Failed to connect to bus")});
                return Status();
            }));
        // As if this session had a systemd user manager (its socket is all Tend looks for).
        ASSERT_TRUE(m_runtime.isValid() && QDir(m_runtime.path()).mkpath(QStringLiteral("systemd")));
        QFile socket(m_runtime.filePath(QStringLiteral("systemd/private")));
        ASSERT_TRUE(socket.open(QIODevice::WriteOnly));
        m_previousRuntime = qgetenv("XDG_RUNTIME_DIR");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        pressKey(Qt::Key_8, Qt::ControlModifier);
        m_page = child<QWidget>(m_window.get(), QStringLiteral("remindersPage"));
        ASSERT_TRUE(m_page) << "Ctrl+8 did not open the Reminders page";
        ASSERT_TRUE(waitUntil([this] { return m_page->isVisible(); }));
    }

    // Chosen by keyboard, as a radio button is: focus, then Space.
    static void choose(QRadioButton *button)
    {
        ASSERT_TRUE(focusOn(button));
        pressKey(Qt::Key_Space);
    }

    void TearDown() override
    {
        qputenv("XDG_RUNTIME_DIR", m_previousRuntime);
        CoupleWindowTest::TearDown();
    }

    QTemporaryDir m_config;
    QTemporaryDir m_runtime;
    QByteArray m_previousRuntime;
    QStringList m_systemctlCalls;
    bool m_systemctlFails = false;
    QWidget *m_page = nullptr;
};

TEST_F(RemindersWindowTest, ItSaysWhenNoWayCanShowAReminderAndTheTestFallsBackToTheBanner)
{
    auto *status = child<QLabel>(m_page, QStringLiteral("deliveryStatus"));
    ASSERT_TRUE(status);
    EXPECT_TRUE(status->text().contains(QStringLiteral("No way to show reminders works")))
        << "offscreen there is neither a notification service nor a tray: " << status->text().toStdString();

    auto *test = child<QPushButton>(m_page, QStringLiteral("testReminderButton"));
    ASSERT_TRUE(test);
    QTest::mouseClick(test, Qt::LeftButton);
    auto *banner = child<QWidget>(m_window.get(), QStringLiteral("reminderBanner"));
    ASSERT_TRUE(waitUntil([banner] { return banner->isVisible(); }));
    EXPECT_TRUE(child<QLabel>(banner, QStringLiteral("reminderBannerText"))->text().contains(QStringLiteral("how a reminder looks")));
    EXPECT_FALSE(child<QPushButton>(banner, QStringLiteral("bannerSnoozeButton"))->isVisible()) << "nothing to snooze";
    QTest::mouseClick(child<QPushButton>(banner, QStringLiteral("bannerDismissButton")), Qt::LeftButton);
    EXPECT_FALSE(banner->isVisible());
}

TEST_F(RemindersWindowTest, ChoosingHowRemindersComeWhileClosedInstallsExactlyThat)
{
    auto *timer = child<QRadioButton>(m_page, QStringLiteral("backgroundTimer"));
    auto *autostart = child<QRadioButton>(m_page, QStringLiteral("backgroundAutostart"));
    auto *none = child<QRadioButton>(m_page, QStringLiteral("backgroundNone"));
    ASSERT_TRUE(timer && autostart && none);
    EXPECT_TRUE(none->isChecked()) << "nothing is installed at first";

    const QString timerFile = m_config.filePath(QStringLiteral("systemd/user/") + RemindTimerName);
    const QString entryFile = m_config.filePath(QStringLiteral("autostart/") + AutostartFileName);
    choose(autostart);
    ASSERT_TRUE(waitUntil([autostart] { return autostart->isChecked(); }));
    ASSERT_TRUE(QFile::exists(entryFile));
    QFile entry(entryFile);
    ASSERT_TRUE(entry.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(entry.readAll()).contains(dataFolder())) << "it reminds from this data folder";
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("next login")));

    ASSERT_TRUE(timer->isEnabled());
    choose(timer);
    ASSERT_TRUE(waitUntil([timer] { return timer->isChecked(); }));
    EXPECT_TRUE(QFile::exists(timerFile));
    EXPECT_FALSE(QFile::exists(entryFile)) << "never both";
    EXPECT_TRUE(m_systemctlCalls.contains(QStringLiteral("enable --now tend-remind.timer")));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("every minute")));

    choose(none);
    ASSERT_TRUE(waitUntil([none] { return none->isChecked(); }));
    EXPECT_FALSE(QFile::exists(entryFile));
    EXPECT_FALSE(QFile::exists(timerFile));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("only while Tend is open")));
}

TEST_F(RemindersWindowTest, AFailedInstallSaysWhyAndTheChoiceGoesBack)
{
    auto *timer = child<QRadioButton>(m_page, QStringLiteral("backgroundTimer"));
    auto *none = child<QRadioButton>(m_page, QStringLiteral("backgroundNone"));
    ASSERT_TRUE(timer && none);
    m_systemctlFails = true;
    choose(timer);
    QMessageBox *error = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        error = child<QMessageBox>(m_window.get(), QStringLiteral("errorMessage"));
        return error && error->isVisible();
    }));
    EXPECT_TRUE(error->text().contains(QStringLiteral("Failed to connect to bus"))) << error->text().toStdString();
    error->close();
    EXPECT_TRUE(none->isChecked()) << "the page shows what is installed: nothing";
    EXPECT_FALSE(QFile::exists(m_config.filePath(QStringLiteral("systemd/user/") + RemindTimerName)));
}

TEST_F(RemindersWindowTest, TheDemoCannotRemindFromDataThatWillBeGone)
{
    m_window->setDemo(true);
    auto *autostart = child<QRadioButton>(m_page, QStringLiteral("backgroundAutostart"));
    auto *none = child<QRadioButton>(m_page, QStringLiteral("backgroundNone"));
    choose(autostart);
    QMessageBox *error = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        error = child<QMessageBox>(m_window.get(), QStringLiteral("errorMessage"));
        return error && error->isVisible();
    }));
    EXPECT_TRUE(error->text().contains(QStringLiteral("demo")));
    error->close();
    EXPECT_TRUE(none->isChecked());
    EXPECT_FALSE(QFile::exists(m_config.filePath(QStringLiteral("autostart/") + AutostartFileName)));
}

} // namespace
} // namespace tend::test
