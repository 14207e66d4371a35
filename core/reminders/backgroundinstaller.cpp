#include "backgroundinstaller.h"

#include "backgroundfiles.h"
#include "storage/datafolder.h"
#include "texts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>

#include <utility>

namespace tend {

namespace {

const QStringList DaemonReload{QStringLiteral("daemon-reload")};
const QStringList EnableTimer{QStringLiteral("enable"), QStringLiteral("--now"), RemindTimerName};
const QStringList DisableTimer{QStringLiteral("disable"), QStringLiteral("--now"), RemindTimerName};

constexpr int SystemctlTimeLimitMs = 10000;

// Replaces the file as a whole, readable and writable by its owner only, whatever the umask.
Status writePrivateFile(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(text.toUtf8()) < 0 || !file.commit())
        return Error{ReminderText::tr("Tend could not write %1: %2").arg(path, file.errorString())};
    return {};
}

Status removeFile(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return {};
    return Error{ReminderText::tr("Tend could not remove %1: %2").arg(path, file.errorString())};
}

Error timerSetupError(const Status &cause)
{
    return Error{ReminderText::tr("Tend could not set up the reminder timer: %1").arg(cause.error().message)};
}

} // namespace

BackgroundInstaller::Places BackgroundInstaller::userPlaces()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    // The XDG Base Directory Specification asks to ignore a relative path.
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return {config + QStringLiteral("/systemd/user"), config + QStringLiteral("/autostart")};
}

BackgroundInstaller::Systemctl BackgroundInstaller::realSystemctl()
{
    return [](const QStringList &arguments) -> Status {
        const QString command = QStringLiteral("systemctl --user ") + arguments.join(u' ');
        QProcess process;
        process.start(QStringLiteral("systemctl"), QStringList{QStringLiteral("--user")} + arguments);
        if (!process.waitForFinished(SystemctlTimeLimitMs)) {
            if (process.error() == QProcess::FailedToStart)
                return Error{ReminderText::tr("Tend could not run “%1”: %2").arg(command, process.errorString())};
            process.kill();
            process.waitForFinished();
            return Error{ReminderText::tr("Tend ran “%1”, which gave no answer within %2 seconds.")
                             .arg(command)
                             .arg(SystemctlTimeLimitMs / 1000)};
        }
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
            return {};
        QString answer = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        if (answer.isEmpty())
            answer = ReminderText::tr("it ended with code %1").arg(process.exitCode());
        return Error{ReminderText::tr("Tend ran “%1”, which answered: %2").arg(command, answer)};
    };
}

bool BackgroundInstaller::systemdUserSessionRuns()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/systemd/private"));
}

BackgroundInstaller::BackgroundInstaller(QString program, QString dataFolder, Places places, Systemctl systemctl)
    : m_program(std::move(program)),
      m_dataFolder(std::move(dataFolder)),
      m_places(std::move(places)),
      m_systemctl(std::move(systemctl))
{
}

BackgroundMode BackgroundInstaller::installed() const
{
    if (QFileInfo::exists(timerPath()))
        return BackgroundMode::SystemdTimer;
    if (QFileInfo::exists(autostartPath()))
        return BackgroundMode::Autostart;
    return BackgroundMode::None;
}

Status BackgroundInstaller::installTimer()
{
    const RemindUnits units = remindUnits(m_program, m_dataFolder);
    // Missing folders are made 0700, as the data folder is; existing ones are left alone.
    Status status = prepareDataFolder(m_places.systemdUserFolder);
    if (status)
        status = writePrivateFile(servicePath(), units.service);
    // Until the service is written, nothing has changed.
    if (!status)
        return timerSetupError(status);

    status = writePrivateFile(timerPath(), units.timer);
    if (status)
        status = m_systemctl(DaemonReload);
    if (status)
        status = m_systemctl(EnableTimer);
    if (status)
        status = removeAutostart(); // the two must never both deliver
    if (!status) {
        undoTimer();
        return timerSetupError(status);
    }
    return {};
}

Status BackgroundInstaller::installAutostart()
{
    Status status = prepareDataFolder(m_places.autostartFolder);
    if (status)
        status = writePrivateFile(autostartPath(), autostartEntry(m_program, m_dataFolder));
    if (!status)
        return Error{ReminderText::tr("Tend could not set up reminders at login: %1").arg(status.error().message)};
    status = removeTimer();
    if (!status)
        (void)removeAutostart(); // the two must never both deliver
    return status;
}

Status BackgroundInstaller::removeAll()
{
    Status status = removeTimer();
    if (status)
        status = removeAutostart();
    return status;
}

QString BackgroundInstaller::servicePath() const
{
    return QDir(m_places.systemdUserFolder).filePath(RemindServiceName);
}

QString BackgroundInstaller::timerPath() const
{
    return QDir(m_places.systemdUserFolder).filePath(RemindTimerName);
}

QString BackgroundInstaller::autostartPath() const
{
    return QDir(m_places.autostartFolder).filePath(AutostartFileName);
}

Status BackgroundInstaller::removeTimer()
{
    if (!QFileInfo::exists(timerPath()))
        return {};
    Status status = m_systemctl(DisableTimer);
    if (status)
        status = removeFile(timerPath());
    if (status)
        status = removeFile(servicePath());
    if (status)
        status = m_systemctl(DaemonReload);
    if (!status)
        return Error{ReminderText::tr("Tend could not turn off the reminder timer: %1").arg(status.error().message)};
    return {};
}

Status BackgroundInstaller::removeAutostart()
{
    return removeFile(autostartPath());
}

void BackgroundInstaller::undoTimer()
{
    // `enable --now` may have enabled the timer before failing to start it; disabling first
    // leaves no link behind to a unit file that is gone.
    (void)m_systemctl(DisableTimer);
    QFile::remove(timerPath());
    QFile::remove(servicePath());
    (void)m_systemctl(DaemonReload);
}

} // namespace tend
