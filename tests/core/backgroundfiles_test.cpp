// The systemd user units and the autostart entry that bring reminders while the window is
// closed: what they say, and that systemd and the desktop-entry validator accept them.

#include "reminders/backgroundfiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tend::test {
namespace {

class BackgroundFilesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        // A program in a folder whose name needs quoting and escaping.
        ASSERT_TRUE(QDir(m_folder.path()).mkpath(QStringLiteral("Our apps 100%")));
        m_program = m_folder.filePath(QStringLiteral("Our apps 100%/tend"));
        QFile program(m_program);
        ASSERT_TRUE(program.open(QIODevice::WriteOnly));
        program.write("#!/bin/sh\n");
        program.close();
        ASSERT_TRUE(program.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }

    QString write(const QString &name, const QString &text) const
    {
        const QString path = m_folder.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        return path;
    }

    // Runs `tool` (installed by scripts/setup.sh) and returns its exit code; its output goes in `output`.
    static int run(const QString &tool, const QStringList &arguments, QString *output,
                   const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        const QString path = QStandardPaths::findExecutable(tool);
        if (path.isEmpty()) {
            ADD_FAILURE() << tool.toStdString() << " is missing: scripts/setup.sh installs it";
            return -1;
        }
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(path, arguments);
        if (!process.waitForFinished(30000))
            return -1;
        *output = QString::fromUtf8(process.readAll());
        return process.exitCode();
    }

    QTemporaryDir m_folder;
    QString m_program;
};

TEST_F(BackgroundFilesTest, TheTimerRunsRemindEveryMinuteAndCatchesUpAfterABoot)
{
    const RemindUnits units = remindUnits(m_program, QStringLiteral("/home/robin/Tend data"));
    EXPECT_TRUE(units.service.contains(QStringLiteral("Type=oneshot\n")));
    EXPECT_TRUE(units.service.contains(QStringLiteral("ExecStart=\"") + QString(m_program).replace(u'%', QStringLiteral("%%"))
                                       + QStringLiteral("\" \"--remind\" \"--data-dir=/home/robin/Tend data\"\n")))
        << units.service.toStdString();
    EXPECT_TRUE(units.timer.contains(QStringLiteral("OnCalendar=minutely\n")));
    EXPECT_TRUE(units.timer.contains(QStringLiteral("Persistent=true\n")));
    EXPECT_TRUE(units.timer.contains(QStringLiteral("Unit=tend-remind.service\n")));
    EXPECT_TRUE(units.timer.contains(QStringLiteral("WantedBy=timers.target\n")));
    EXPECT_FALSE(remindUnits(m_program, {}).service.contains(QStringLiteral("--data-dir"))) << "The default folder needs no option";
}

TEST_F(BackgroundFilesTest, SystemdAcceptsTheUnits)
{
    const RemindUnits units = remindUnits(m_program, m_folder.filePath(QStringLiteral("data")));
    const QString service = write(RemindServiceName, units.service);
    const QString timer = write(RemindTimerName, units.timer);
    QTemporaryDir runtime; // systemd-analyze --user wants a runtime folder, which a test machine may lack
    ASSERT_TRUE(runtime.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    QString output;
    EXPECT_EQ(run(QStringLiteral("systemd-analyze"), {QStringLiteral("verify"), QStringLiteral("--user"), service, timer},
                  &output, environment),
              0)
        << output.toStdString();
    EXPECT_TRUE(output.trimmed().isEmpty()) << output.toStdString();

    // The check can fail: a timer without a schedule is refused.
    QString broken = units.timer;
    broken.replace(QStringLiteral("OnCalendar=minutely"), QStringLiteral("OnCalendar=whenever"));
    write(RemindTimerName, broken);
    EXPECT_NE(run(QStringLiteral("systemd-analyze"), {QStringLiteral("verify"), QStringLiteral("--user"), timer},
                  &output, environment),
              0);
}

TEST_F(BackgroundFilesTest, TheAutostartEntryIsAValidDesktopEntryThatWatches)
{
    const QString entry = autostartEntry(m_program, QStringLiteral("/home/sam/\"quoted\" $folder"));
    EXPECT_TRUE(entry.contains(QStringLiteral("\"--remind\" \"--watch\"")));
    EXPECT_TRUE(entry.contains(QStringLiteral("100%%"))) << "A literal % is doubled";
    EXPECT_TRUE(entry.contains(QStringLiteral("\\\\\"quoted\\\\\" \\\\$folder"))) << entry.toStdString();
    const QString path = write(AutostartFileName, entry);
    QString output;
    EXPECT_EQ(run(QStringLiteral("desktop-file-validate"), {path}, &output), 0) << output.toStdString();
    EXPECT_TRUE(output.trimmed().isEmpty()) << output.toStdString();
}

TEST_F(BackgroundFilesTest, TendsOwnDesktopEntryIsValid)
{
    // Notifications name it in their desktop-entry hint, so the desktop can show Tend's name.
    const QString path = QStringLiteral(TEND_SOURCE_DIR "/resources/tend.desktop");
    ASSERT_TRUE(QFile::exists(path));
    QString output;
    EXPECT_EQ(run(QStringLiteral("desktop-file-validate"), {path}, &output), 0) << output.toStdString();
    EXPECT_TRUE(output.trimmed().isEmpty()) << output.toStdString();
}

} // namespace
} // namespace tend::test
