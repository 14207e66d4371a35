#pragma once

#include "backup.h"
#include "result.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace tend {

class Clock;
class Database;
class SecureBytes;

// Copies of the data in <data folder>/backups (0700), each a private (0600) file written
// atomically and checked by reading it back before it counts: a sealed database is backed up
// sealed under its key of the moment, a plain one plain. Only after a good new backup are the
// oldest of its kind removed: the newest 7 daily ones are kept, and 10 of each other kind.
class Backups
{
public:
    Backups(QString dataFolder, const Clock &clock);

    QString folder() const;
    // Newest first; files not named like a backup are left out (backupname.h).
    Result<QList<Backup>> list() const;

    Result<Backup> backUp(const Database &database, BackupKind kind);
    // A daily backup, unless one was made today already (the clock's day).
    Result<std::optional<Backup>> backUpDailyIfDue(const Database &database);

    // Removes every backup that is not encrypted (made while the data was plain), for when the
    // data is encrypted again; says how many went. Encrypted backups are left alone.
    Result<int> removeUnencrypted() const;

    // Reads the backup, decrypts it with `passphrase` if it is sealed (the passphrase of when it
    // was made) and checks that it is whole and Tend data this Tend can open. Changes nothing.
    Status verify(const Backup &backup, const SecureBytes &passphrase) const;

    // Puts `backup` in place of the data `database` holds, and opens it in `database` (with
    // `passphrase` if it is sealed). It is verified first, and the data of now is backed up
    // (BeforeRestore) before anything is replaced; a failure up to the switch leaves `database`
    // as it was. The backup's kind wins: restoring a plain backup turns encryption off, and a
    // sealed one's passphrase is the one that opens the data afterwards.
    Status restore(std::unique_ptr<Database> &database, const Backup &backup, const SecureBytes &passphrase);

    // For data that will not open (damaged, or its passphrase forgotten): puts `backup` in its
    // place and opens it. The files that would not open are kept beside it, renamed
    // "<name>.set-aside-<UTC time>", never deleted. The backup is verified first; if anything
    // fails before it is opened, the files are back as they were.
    Result<std::unique_ptr<Database>> restoreOverUnopenable(const Backup &backup, const SecureBytes &passphrase);

private:
    // Like backUp(), never pruning the backups at `spared`.
    Result<Backup> backUpSparing(const Database &database, BackupKind kind, const QStringList &spared);
    Result<Backup> write(const Database &database, BackupKind kind) const;
    Status prune(BackupKind kind, const QStringList &spared) const;

    QString m_dataFolder;
    const Clock &m_clock;
};

} // namespace tend
