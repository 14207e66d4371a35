#include "backups.h"

#include "atomicfile.h"
#include "backupname.h"
#include "clock.h"
#include "crypto/securebytes.h"
#include "crypto/sodium.h"
#include "crypto/vaultseal.h"
#include "database.h"
#include "databasechecks.h"
#include "datafolder.h"
#include "dataswitch.h"
#include "readfile.h"
#include "texts.h"

#include <QDir>
#include <QFileInfo>

#include <sodium.h>

#include <algorithm>
#include <tuple>

namespace tend {

namespace {

constexpr int KeptDaily = 7;
constexpr int KeptOfOtherKinds = 10;

int kept(BackupKind kind)
{
    return kind == BackupKind::Daily ? KeptDaily : KeptOfOtherKinds;
}

Error couldNotBackUp(const Error &why)
{
    return Error{StorageText::tr("Tend could not make a backup: %1 Your data and your other backups are as they were.")
                     .arg(why.message)};
}

Error couldNotRestore(const Error &why)
{
    return Error{StorageText::tr("Tend did not restore the backup: %1 Your data is as it was.").arg(why.message)};
}

// The backup's file as it is on disk, once it has been read and found whole, decrypted with
// `passphrase` if it is sealed. The plaintext is wiped after the check.
Result<QByteArray> readVerified(const Backup &backup, const SecureBytes &passphrase)
{
    Result<QByteArray> file = readWholeFile(backup.path);
    if (!file)
        return file.error();
    if (!backup.sealed) {
        if (Status checked = checkDatabaseImage(*file, backup.path); !checked)
            return checked.error();
        return file;
    }
    if (Status sodium = initialiseSodium(); !sodium)
        return sodium.error();
    Result<VaultKey> key = unlockVault(*file, passphrase, backup.path);
    if (!key)
        return key.error();
    QByteArray image(vaultPlaintextSize(file->size()), '\0');
    Status checked = openVault(*file, *key, backup.path,
                               std::span(reinterpret_cast<unsigned char *>(image.data()), std::size_t(image.size())));
    if (checked)
        checked = checkDatabaseImage(image, backup.path);
    sodium_memzero(image.data(), std::size_t(image.size()));
    if (!checked)
        return checked.error();
    return file;
}

} // namespace

Backups::Backups(QString dataFolder, const Clock &clock) : m_dataFolder(std::move(dataFolder)), m_clock(clock) {}

QString Backups::folder() const
{
    return backupsFolderIn(m_dataFolder);
}

Result<QList<Backup>> Backups::list() const
{
    const QFileInfo folderInfo(folder());
    if (!folderInfo.exists())
        return QList<Backup>();
    if (!folderInfo.isDir() || !folderInfo.isReadable())
        return Error{StorageText::tr("Tend cannot read the backups folder %1.").arg(folder())};
    QList<std::pair<Backup, int>> found; // with the number within its second
    const QFileInfoList entries = QDir(folder()).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const std::optional<BackupName> name = parseBackupFileName(entry.fileName());
        if (name)
            found.append({Backup{entry.filePath(), name->madeUtc, name->kind, name->sealed, entry.size()}, name->sequence});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first.madeUtc, a.second, a.first.path) > std::tie(b.first.madeUtc, b.second, b.first.path);
    });
    QList<Backup> backups;
    backups.reserve(found.size());
    for (const auto &[backup, sequence] : std::as_const(found))
        backups.append(backup);
    return backups;
}

Result<Backup> Backups::backUp(const Database &database, BackupKind kind)
{
    return backUpSparing(database, kind, {});
}

Result<std::optional<Backup>> Backups::backUpDailyIfDue(const Database &database)
{
    Result<QList<Backup>> all = list();
    if (!all)
        return all.error();
    const QDate today = m_clock.today();
    const bool madeToday = std::any_of(all->begin(), all->end(), [&](const Backup &backup) {
        return backup.kind == BackupKind::Daily && backup.madeUtc.toTimeZone(m_clock.timeZone()).date() == today;
    });
    if (madeToday)
        return std::optional<Backup>();
    Result<Backup> made = backUp(database, BackupKind::Daily);
    if (!made)
        return made.error();
    return std::optional<Backup>(std::move(made).value());
}

Status Backups::verify(const Backup &backup, const SecureBytes &passphrase) const
{
    Result<QByteArray> checked = readVerified(backup, passphrase);
    return checked ? Status() : Status(checked.error());
}

Status Backups::restore(std::unique_ptr<Database> &database, const Backup &backup, const SecureBytes &passphrase)
{
    Result<QByteArray> file = readVerified(backup, passphrase);
    if (!file)
        return couldNotRestore(file.error());
    if (Result<Backup> before = backUpSparing(*database, BackupKind::BeforeRestore, {backup.path}); !before)
        return couldNotRestore(before.error());

    DatabaseOpener open = [](const QString &path) { return Database::open(path); };
    if (backup.sealed)
        open = [&passphrase](const QString &path) { return Database::openSealed(path, passphrase); };
    if (backup.sealed == database->isSealed()) {
        Status replaced = replaceData(database, *file, open);
        // A closed database: the backup is in place, and the message says it could not be opened.
        if (replaced || !database->connection().isOpen())
            return replaced;
        return couldNotRestore(replaced.error());
    }
    const QString target = backup.sealed ? vaultPathIn(m_dataFolder) : databasePathIn(m_dataFolder);
    if (Status free = checkNothingInTheWay(target, backup.sealed); !free)
        return couldNotRestore(free.error());
    if (Status written = writeNewFileAtomically(target, *file); !written)
        return couldNotRestore(written.error());
    Status switched = switchToOtherKind(database, target, open);
    // Once the data is of the backup's kind, only flushing the folder at the very end can have failed.
    if (switched || database->isSealed() == backup.sealed)
        return switched;
    return couldNotRestore(switched.error());
}

Result<std::unique_ptr<Database>> Backups::restoreOverUnopenable(const Backup &backup, const SecureBytes &passphrase)
{
    Result<QByteArray> file = readVerified(backup, passphrase);
    if (!file)
        return couldNotRestore(file.error());
    const QString suffix = QStringLiteral(".set-aside-") + m_clock.nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString vault = vaultPathIn(m_dataFolder);
    const QString plain = databasePathIn(m_dataFolder);
    QStringList setAside;
    const auto putBack = [&setAside, &suffix] {
        for (const QString &path : std::as_const(setAside))
            QFile::rename(path + suffix, path);
    };
    const QStringList dataFiles = dataFilesAt(vault, true) + dataFilesAt(plain, false);
    for (const QString &path : dataFiles) {
        if (!QFile::exists(path))
            continue;
        if (QFile moved(path); !moved.rename(path + suffix)) {
            putBack();
            return couldNotRestore(Error{StorageText::tr("Tend could not set %1 aside: %2.").arg(path, moved.errorString())});
        }
        setAside.append(path);
    }
    const QString target = backup.sealed ? vault : plain;
    if (Status written = writeNewFileAtomically(target, *file); !written) {
        putBack();
        return couldNotRestore(written.error());
    }
    Result<std::unique_ptr<Database>> opened = backup.sealed ? Database::openSealed(target, passphrase) : Database::open(target);
    if (!opened) {
        return Error{StorageText::tr("The backup is in place in %1, but Tend could not open it: %2 What was there "
                                     "before is kept beside it.")
                         .arg(target, opened.error().message)};
    }
    return opened;
}

Result<Backup> Backups::backUpSparing(const Database &database, BackupKind kind, const QStringList &spared)
{
    Result<Backup> made = write(database, kind);
    if (!made)
        return made;
    if (Status pruned = prune(kind, spared + QStringList{made->path}); !pruned) {
        return Error{StorageText::tr("Tend made the backup %1, but could not remove an older one: %2")
                         .arg(made->path, pruned.error().message)};
    }
    return made;
}

Result<Backup> Backups::write(const Database &database, BackupKind kind) const
{
    if (Status prepared = prepareDataFolder(folder()); !prepared)
        return couldNotBackUp(prepared.error());
    BackupName name;
    name.madeUtc = QDateTime::fromSecsSinceEpoch(m_clock.nowUtc().toSecsSinceEpoch(), QTimeZone::utc());
    name.kind = kind;
    name.sealed = database.isSealed();
    QString path = QDir(folder()).filePath(backupFileName(name));
    while (QFileInfo::exists(path)) {
        ++name.sequence;
        path = QDir(folder()).filePath(backupFileName(name));
    }
    if (Status saved = database.saveBackupCopy(path); !saved)
        return couldNotBackUp(saved.error());
    return Backup{path, name.madeUtc, kind, name.sealed, QFileInfo(path).size()};
}

Result<int> Backups::removeUnencrypted() const
{
    Result<QList<Backup>> all = list();
    if (!all)
        return all.error();
    int removed = 0;
    for (const Backup &backup : *all) {
        if (backup.sealed)
            continue;
        if (QFile file(backup.path); !file.remove())
            return Error{StorageText::tr("Tend could not remove %1: %2.").arg(backup.path, file.errorString())};
        ++removed;
    }
    return removed;
}

Status Backups::prune(BackupKind kind, const QStringList &spared) const
{
    Result<QList<Backup>> all = list();
    if (!all)
        return all.error();
    int newer = 0;
    for (const Backup &backup : *all) {
        if (backup.kind != kind || ++newer <= kept(kind) || spared.contains(backup.path))
            continue;
        if (QFile file(backup.path); !file.remove())
            return Error{StorageText::tr("Tend could not remove %1: %2.").arg(backup.path, file.errorString())};
    }
    return {};
}

} // namespace tend
