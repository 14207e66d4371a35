// Installing and removing the systemd timer and the autostart entry in the person's own
// configuration folders, with a recording stand-in for systemctl.

#include "reminders/backgroundinstaller.h"

#include "core/printers.h"
#include "core/statusassertions.h"
#include "reminders/backgroundfiles.h"
#include "storage/filehelpers.h"

#include <QDirIterator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>
#include <utility>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

const QString Program = u"/usr/bin/tend"_s;
const QString DataFolder = u"/home/robin/Tend data"_s;
const QStringList DaemonReload{u"daemon-reload"_s};
const QStringList Enable{u"enable"_s, u"--now"_s, u"tend-remind.timer"_s};
const QStringList Disable{u"disable"_s, u"--now"_s, u"tend-remind.timer"_s};

// Sets an environment variable for one test and puts the old value back afterwards.
class EnvironmentGuard
{
public:
    EnvironmentGuard(const char *name, const std::optional<QString> &value)
        : m_name(name), m_previous(qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt)
    {
        set(value ? std::optional(value->toLocal8Bit()) : std::nullopt);
    }
    ~EnvironmentGuard() { set(m_previous); }
    EnvironmentGuard(const EnvironmentGuard &) = delete;
    EnvironmentGuard &operator=(const EnvironmentGuard &) = delete;

private:
    void set(const std::optional<QByteArray> &value) const
    {
        if (value)
            qputenv(m_name, *value);
        else
            qunsetenv(m_name);
    }

    const char *m_name;
    std::optional<QByteArray> m_previous;
};

class BackgroundInstallerTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_home.isValid()); }

    BackgroundInstaller installer(const QString &dataFolder = DataFolder)
    {
        return BackgroundInstaller(Program, dataFolder, m_places, [this](const QStringList &arguments) -> Status {
            m_calls.append(arguments);
            if (arguments.first() == m_failing)
                return Error{u"Tend ran “systemctl --user %1”, which answered: Access denied"_s.arg(arguments.join(u' '))};
            return {};
        });
    }

    QString service() const { return QDir(m_places.systemdUserFolder).filePath(RemindServiceName); }
    QString timer() const { return QDir(m_places.systemdUserFolder).filePath(RemindTimerName); }
    QString autostart() const { return QDir(m_places.autostartFolder).filePath(AutostartFileName); }

    // Every file under the temporary home, relative to it: shows anything written elsewhere.
    QStringList filesWritten() const
    {
        QStringList files;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(QDir(m_home.path()).relativeFilePath(it.next()));
        files.sort();
        return files;
    }

    QTemporaryDir m_home;
    // Folders that do not exist yet, so the installer has to create them.
    BackgroundInstaller::Places m_places{m_home.filePath(u"config/systemd/user"_s), m_home.filePath(u"config/autostart"_s)};
    QList<QStringList> m_calls;
    QString m_failing; // the systemctl command ("enable", …) that fails, if any
};

TEST_F(BackgroundInstallerTest, InstallsTheTimerPrivatelyAndEnablesIt)
{
    test::UmaskGuard umask(0); // the modes must not depend on the umask
    ASSERT_TRUE(succeeded(installer().installTimer()));

    const RemindUnits units = remindUnits(Program, DataFolder);
    EXPECT_EQ(test::readAll(service()), units.service.toUtf8());
    EXPECT_EQ(test::readAll(timer()), units.timer.toUtf8());
    EXPECT_EQ(test::permissionBits(service()), 0600);
    EXPECT_EQ(test::permissionBits(timer()), 0600);
    for (const QString &folder : {u"config"_s, u"config/systemd"_s, u"config/systemd/user"_s})
        EXPECT_EQ(test::permissionBits(m_home.filePath(folder)), 0700) << folder.toStdString();
    EXPECT_EQ(m_calls, (QList<QStringList>{DaemonReload, Enable}));
    EXPECT_EQ(filesWritten(), (QStringList{u"config/systemd/user/tend-remind.service"_s, u"config/systemd/user/tend-remind.timer"_s}));
}

TEST_F(BackgroundInstallerTest, InstallsTheAutostartEntryPrivately)
{
    test::UmaskGuard umask(0);
    ASSERT_TRUE(succeeded(installer().installAutostart()));

    EXPECT_EQ(test::readAll(autostart()), autostartEntry(Program, DataFolder).toUtf8());
    EXPECT_EQ(test::permissionBits(autostart()), 0600);
    EXPECT_EQ(test::permissionBits(m_places.autostartFolder), 0700);
    EXPECT_TRUE(m_calls.isEmpty()) << "No timer was there to remove";
    EXPECT_EQ(filesWritten(), QStringList{u"config/autostart/tend-reminders.desktop"_s});
}

TEST_F(BackgroundInstallerTest, InstalledReportsWhatIsOnDisk)
{
    BackgroundInstaller tend = installer();
    EXPECT_EQ(tend.installed(), BackgroundMode::None);
    ASSERT_TRUE(succeeded(tend.installAutostart()));
    EXPECT_EQ(tend.installed(), BackgroundMode::Autostart);
    ASSERT_TRUE(succeeded(tend.installTimer()));
    EXPECT_EQ(tend.installed(), BackgroundMode::SystemdTimer);
    // Another installer sees the same files.
    EXPECT_EQ(installer().installed(), BackgroundMode::SystemdTimer);
}

TEST_F(BackgroundInstallerTest, AFailingSystemctlLeavesNoUnitFilesAndSaysWhatItAnswered)
{
    // `enable --now` may fail after enabling: the timer is disabled again before its files go,
    // and systemd is told they are gone.
    const QList<std::pair<QString, QList<QStringList>>> failures{
        {u"daemon-reload"_s, {DaemonReload, Disable, DaemonReload}},
        {u"enable"_s, {DaemonReload, Enable, Disable, DaemonReload}},
    };
    for (const auto &[failing, calls] : failures) {
        SCOPED_TRACE(failing.toStdString());
        m_failing = failing;
        m_calls.clear();
        BackgroundInstaller tend = installer();
        EXPECT_TRUE(refusedMentioning(tend.installTimer(), {u"reminder timer"_s, u"systemctl --user "_s + failing, u"Access denied"_s}));
        EXPECT_FALSE(QFileInfo::exists(service()));
        EXPECT_FALSE(QFileInfo::exists(timer()));
        EXPECT_EQ(tend.installed(), BackgroundMode::None);
        EXPECT_EQ(m_calls, calls);
    }
}

TEST_F(BackgroundInstallerTest, ATimerIsTakenBackWhenTheAutostartEntryCannotBeRemoved)
{
    // A folder where the entry should be: it cannot be removed as a file.
    ASSERT_TRUE(QDir(m_home.path()).mkpath(autostart() + u"/stuck"_s));
    EXPECT_TRUE(refusedMentioning(installer().installTimer(), {u"reminder timer"_s, AutostartFileName}));
    EXPECT_FALSE(QFileInfo::exists(service()));
    EXPECT_FALSE(QFileInfo::exists(timer()));
    EXPECT_EQ(m_calls, (QList<QStringList>{DaemonReload, Enable, Disable, DaemonReload}));
}

TEST_F(BackgroundInstallerTest, AFailedTimerKeepsTheAutostartEntry)
{
    BackgroundInstaller tend = installer();
    ASSERT_TRUE(succeeded(tend.installAutostart()));
    m_failing = u"enable"_s;
    EXPECT_TRUE(refusedMentioning(tend.installTimer(), {u"Access denied"_s}));
    EXPECT_EQ(tend.installed(), BackgroundMode::Autostart);
    EXPECT_EQ(test::readAll(autostart()), autostartEntry(Program, DataFolder).toUtf8());
}

TEST_F(BackgroundInstallerTest, AFolderThatCannotBeMadeIsRefusedBeforeSystemctl)
{
    ASSERT_TRUE(QDir(m_home.path()).mkpath(u"config/systemd"_s));
    ASSERT_TRUE(test::writeFile(m_places.systemdUserFolder, "not a folder"));
    EXPECT_TRUE(refusedMentioning(installer().installTimer(), {u"reminder timer"_s, m_places.systemdUserFolder}));
    EXPECT_TRUE(m_calls.isEmpty());
    EXPECT_EQ(test::readAll(m_places.systemdUserFolder), QByteArray("not a folder"));
}

TEST_F(BackgroundInstallerTest, SwitchingFromTheTimerToAutostartRemovesTheTimer)
{
    BackgroundInstaller tend = installer();
    ASSERT_TRUE(succeeded(tend.installTimer()));
    m_calls.clear();
    ASSERT_TRUE(succeeded(tend.installAutostart()));

    EXPECT_EQ(m_calls, (QList<QStringList>{Disable, DaemonReload}));
    EXPECT_EQ(tend.installed(), BackgroundMode::Autostart);
    EXPECT_EQ(filesWritten(), QStringList{u"config/autostart/tend-reminders.desktop"_s});
}

TEST_F(BackgroundInstallerTest, SwitchingFromAutostartToTheTimerRemovesTheEntry)
{
    BackgroundInstaller tend = installer();
    ASSERT_TRUE(succeeded(tend.installAutostart()));
    ASSERT_TRUE(succeeded(tend.installTimer()));

    EXPECT_EQ(tend.installed(), BackgroundMode::SystemdTimer);
    EXPECT_EQ(filesWritten(), (QStringList{u"config/systemd/user/tend-remind.service"_s, u"config/systemd/user/tend-remind.timer"_s}));
}

TEST_F(BackgroundInstallerTest, AutostartIsTakenBackWhenTheTimerCannotBeTurnedOff)
{
    BackgroundInstaller tend = installer();
    ASSERT_TRUE(succeeded(tend.installTimer()));
    m_failing = u"disable"_s;
    EXPECT_TRUE(refusedMentioning(tend.installAutostart(), {u"reminder timer"_s, u"Access denied"_s}));
    EXPECT_FALSE(QFileInfo::exists(autostart())) << "The two would both deliver";
    EXPECT_EQ(tend.installed(), BackgroundMode::SystemdTimer);
}

TEST_F(BackgroundInstallerTest, RemoveAllTurnsOffTheTimer)
{
    BackgroundInstaller tend = installer();
    ASSERT_TRUE(succeeded(tend.installTimer()));
    m_calls.clear();
    ASSERT_TRUE(succeeded(tend.removeAll()));

    EXPECT_EQ(m_calls, (QList<QStringList>{Disable, DaemonReload}));
    EXPECT_EQ(tend.installed(), BackgroundMode::None);
    EXPECT_TRUE(filesWritten().isEmpty()) << filesWritten().join(u", "_s).toStdString();
}

TEST_F(BackgroundInstallerTest, RemoveAllRemovesTheAutostartEntry)
{
    BackgroundInstaller tend = installer();
    ASSERT_TRUE(succeeded(tend.installAutostart()));
    ASSERT_TRUE(succeeded(tend.removeAll()));

    EXPECT_TRUE(m_calls.isEmpty());
    EXPECT_EQ(tend.installed(), BackgroundMode::None);
    EXPECT_TRUE(filesWritten().isEmpty()) << filesWritten().join(u", "_s).toStdString();
}

TEST_F(BackgroundInstallerTest, RemoveAllWithNothingInstalledSucceedsQuietly)
{
    EXPECT_TRUE(succeeded(installer().removeAll()));
    EXPECT_TRUE(m_calls.isEmpty());
    EXPECT_TRUE(filesWritten().isEmpty());
}

TEST_F(BackgroundInstallerTest, RemoveAllSaysWhenTheTimerCannotBeTurnedOff)
{
    BackgroundInstaller tend = installer();
    ASSERT_TRUE(succeeded(tend.installTimer()));
    m_failing = u"disable"_s;
    EXPECT_TRUE(refusedMentioning(tend.removeAll(), {u"reminder timer"_s, u"Access denied"_s}));
    EXPECT_EQ(tend.installed(), BackgroundMode::SystemdTimer) << "Still enabled, so its files stay";
}

TEST_F(BackgroundInstallerTest, ADataFolderWithSpacesEndsUpInTheFiles)
{
    const QString folder = u"/home/robin/Our shared Tend"_s;
    BackgroundInstaller tend = installer(folder);
    ASSERT_TRUE(succeeded(tend.installAutostart()));
    EXPECT_TRUE(QString::fromUtf8(test::readAll(autostart())).contains(u"\"--data-dir=/home/robin/Our shared Tend\""_s));
    ASSERT_TRUE(succeeded(tend.installTimer()));
    EXPECT_TRUE(QString::fromUtf8(test::readAll(service())).contains(u"\"--data-dir=/home/robin/Our shared Tend\"\n"_s));
}

TEST(BackgroundInstallerPlaces, FollowXdgConfigHomeOrTheHomeFolder)
{
    {
        EnvironmentGuard config("XDG_CONFIG_HOME", u"/home/sam/settings"_s);
        const BackgroundInstaller::Places places = BackgroundInstaller::userPlaces();
        EXPECT_EQ(places.systemdUserFolder, u"/home/sam/settings/systemd/user"_s);
        EXPECT_EQ(places.autostartFolder, u"/home/sam/settings/autostart"_s);
    }
    for (const std::optional<QString> &unset : {std::optional<QString>(), std::optional(QString())}) {
        EnvironmentGuard config("XDG_CONFIG_HOME", unset);
        EXPECT_EQ(BackgroundInstaller::userPlaces().systemdUserFolder, QDir::homePath() + u"/.config/systemd/user"_s);
        EXPECT_EQ(BackgroundInstaller::userPlaces().autostartFolder, QDir::homePath() + u"/.config/autostart"_s);
    }
}

TEST(BackgroundInstallerSession, RunsWhenTheSystemdUserManagerHasItsSocket)
{
    QTemporaryDir runtime;
    ASSERT_TRUE(runtime.isValid());
    EnvironmentGuard guard("XDG_RUNTIME_DIR", runtime.path());
    EXPECT_FALSE(BackgroundInstaller::systemdUserSessionRuns());
    ASSERT_TRUE(QDir(runtime.path()).mkpath(u"systemd"_s));
    ASSERT_TRUE(test::writeFile(runtime.filePath(u"systemd/private"_s), {}));
    EXPECT_TRUE(BackgroundInstaller::systemdUserSessionRuns());
}

// The real systemctl, run as a script on a PATH of the test's own.
class BackgroundInstallerSystemctl : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_bin.isValid()); }

    void writeSystemctl(const QByteArray &body) const
    {
        const QString path = m_bin.filePath(u"systemctl"_s);
        ASSERT_TRUE(test::writeFile(path, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"${0%/*}/arguments\"\n" + body));
        ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    QTemporaryDir m_bin;
    EnvironmentGuard m_path{"PATH", m_bin.path()};
};

TEST_F(BackgroundInstallerSystemctl, PassesTheArgumentsToTheUserManager)
{
    writeSystemctl("exit 0\n");
    EXPECT_TRUE(succeeded(BackgroundInstaller::realSystemctl()(Enable)));
    EXPECT_EQ(test::readAll(m_bin.filePath(u"arguments"_s)), QByteArray("--user\nenable\n--now\ntend-remind.timer\n"));
}

TEST_F(BackgroundInstallerSystemctl, SaysWhatItTriedAndWhatSystemctlAnswered)
{
    writeSystemctl("echo '  Failed to connect to bus: No medium found  ' >&2\nexit 1\n");
    const Status status = BackgroundInstaller::realSystemctl()(DaemonReload);
    EXPECT_TRUE(refusedMentioning(status, {u"systemctl --user daemon-reload"_s, u"Failed to connect to bus: No medium found"_s}));
    EXPECT_FALSE(status.error().message.contains(u"found  "_s)) << "The answer is trimmed";
}

TEST_F(BackgroundInstallerSystemctl, SaysWhenThereIsNoSystemctl)
{
    EXPECT_TRUE(refusedMentioning(BackgroundInstaller::realSystemctl()(DaemonReload), {u"systemctl --user daemon-reload"_s}));
}

} // namespace
} // namespace tend
