#include "windowbackups.h"

#include "clock.h"
#include "restoredialog.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/datafolder.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QTimer>

namespace tend {

namespace {

constexpr int DailyCheckEveryMs = 60 * 60 * 1000;

} // namespace

WindowBackups::WindowBackups(Database &database, const Clock &clock, QWidget &window)
    : QObject(&window), m_database(database), m_clock(clock), m_window(window), m_daily(new QTimer(this))
{
    m_daily->setObjectName(QStringLiteral("dailyBackupTimer"));
    m_daily->setInterval(DailyCheckEveryMs);
    connect(m_daily, &QTimer::timeout, this, &WindowBackups::backUpDailyIfDue);
}

QString WindowBackups::folder() const
{
    return dataFolderOf(m_database.filePath());
}

void WindowBackups::addActionsTo(QMenu *menu)
{
    QAction *now = menu->addAction(tr("&Back up now"), this, &WindowBackups::backUpNow);
    now->setObjectName(QStringLiteral("backUpNowAction"));
    QAction *restore = menu->addAction(tr("&Restore from backup…"), this, &WindowBackups::restore);
    restore->setObjectName(QStringLiteral("restoreAction"));
}

void WindowBackups::startDailyBackups()
{
    backUpDailyIfDue();
    m_daily->start();
}

void WindowBackups::backUpDailyIfDue()
{
    if (m_database.isLocked())
        return; // no key to seal with; the next look, an hour on, makes it
    if (Result<std::optional<Backup>> made = Backups(folder(), m_clock).backUpDailyIfDue(m_database); !made)
        emit failed(made.error().message);
}

void WindowBackups::backUpNow()
{
    Result<Backup> made = Backups(folder(), m_clock).backUp(m_database, BackupKind::Manual);
    if (!made) {
        emit failed(made.error().message);
        return;
    }
    emit statusMessage(tr("Backed up and checked: %1").arg(QDir::toNativeSeparators(made->path)));
}

void WindowBackups::restore()
{
    const Backups backups(folder(), m_clock);
    Result<QList<Backup>> found = backups.list();
    if (!found) {
        emit failed(found.error().message);
        return;
    }
    RestoreDialog dialog(
        *found, m_clock.timeZone(),
        [&backups](const Backup &backup, const SecureBytes &passphrase) { return backups.verify(backup, passphrase); },
        &m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosen())
        return;
    const Backup chosen = *dialog.chosen();
    const auto passphrase = std::make_shared<SecureBytes>(SecureBytes::copyOf(dialog.passphrase().view()));
    const QString dataFolder = folder();
    const Clock &clock = m_clock;
    emit dataChangeRequested(DataChange{[dataFolder, &clock, chosen, passphrase](std::unique_ptr<Database> &database) {
                                            return Backups(dataFolder, clock).restore(database, chosen, *passphrase);
                                        },
                                        tr("Restored the backup of %1. What Tend held before is kept in a backup too.")
                                            .arg(RestoreDialog::describe(chosen, m_clock.timeZone()))});
}

} // namespace tend
