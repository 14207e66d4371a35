#pragma once

#include "crypto/vaultformat.h"
#include "migration.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace tend {

class SealedFile;
class SecureBytes;

// One open Tend database. The only way in is open(), which checks the file, applies
// migrations and sets the pragmas; anything it refuses is left byte-for-byte untouched.
class Database
{
public:
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // `applicationId` tells this kind of file from any other (Tend's data, its reminders).
    static Result<std::unique_ptr<Database>> open(const QString &filePath,
                                                  const QList<Migration> &migrations = builtInMigrations(),
                                                  qint32 applicationId = TendApplicationId);

    // A sealed database (crypto/vaultformat.h): SQLite works on a copy in memory, and each commit
    // counts as saved only once the whole database is sealed into the file at `vaultPath`. A
    // wrong passphrase or a damaged file is refused with the file left exactly as it was.
    static Result<std::unique_ptr<Database>> openSealed(const QString &vaultPath, const SecureBytes &passphrase,
                                                        const QList<Migration> &migrations = builtInMigrations(),
                                                        qint32 applicationId = TendApplicationId);
    // A new sealed database at `vaultPath`, which must not exist yet; written before this returns.
    static Result<std::unique_ptr<Database>> createSealed(const QString &vaultPath, const SecureBytes &passphrase,
                                                          KeyDerivation derivation = KeyDerivation::standard(),
                                                          const QList<Migration> &migrations = builtInMigrations(),
                                                          qint32 applicationId = TendApplicationId);
    bool isSealed() const { return m_sealed != nullptr; }
    // A sealed database can be locked: the key is wiped and every save fails, saying so, until
    // unlock() is given the right passphrase (a wrong one changes nothing). A plain one cannot.
    void lock();
    bool isLocked() const;
    Status unlock(const SecureBytes &passphrase);
    // Seals what this database holds now, sealed or not, into a new vault at `vaultPath`
    // (which must not exist yet), under `passphrase`.
    Status saveSealedCopy(const QString &vaultPath, const SecureBytes &passphrase,
                          KeyDerivation derivation = KeyDerivation::standard()) const;
    // Seals the data under a key made from `next` with a new salt: a new snapshot, the journal
    // folded in. Afterwards `next` opens the vault and `current` no longer does. Only for a
    // sealed, unlocked database; a wrong `current` is refused and changes nothing.
    Status changePassphrase(const SecureBytes &current, const SecureBytes &next,
                            KeyDerivation derivation = KeyDerivation::standard());
    // A plain SQLite copy of what this database holds now, sealed or not, at `path` (which must
    // not exist yet): private (0600), and either whole or not there at all. Refused while locked.
    Status savePlainCopy(const QString &path) const;
    // A copy for a backup at `path` (which must not exist yet), of this database's kind: a sealed
    // one sealed under the same key, so that the passphrase of the moment opens it, a plain one
    // plain. It is read back and checked before this returns; a copy that fails is removed and
    // the failure reported. Refused while locked.
    Status saveBackupCopy(const QString &path) const;
    // Lets go of the files without writing to them again, not even when destroyed (a sealed
    // database is not folded into a new snapshot): for when they are to be removed or replaced.
    // What was committed is saved already. Afterwards the database is neither open nor sealed.
    void close();

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString filePath() const { return m_filePath; }
    int schemaVersion() const;

    // SQLite's full structural check of every page. Slow on a large file, so it is not part
    // of open(); the window runs it once it is showing.
    Status checkIntegrity() const;

    // Called by WriteTransaction; the single place where a write becomes durable.
    Status begin();
    Status commit();
    void rollback();

private:
    Database(QString filePath, QString connectionName);
    static Result<std::unique_ptr<Database>> openInMemory(std::unique_ptr<SealedFile> file, bool isNew,
                                                          const QList<Migration> &migrations, qint32 applicationId);
    // Seals the database in memory into the file.
    Status seal();
    // What the database holds, as one block of bytes, to `use`; wiped afterwards if it was copied.
    Status withSerialized(const std::function<Status(QByteArrayView)> &use) const;
    // Puts the database in memory back to what was last saved, after a failed seal().
    Status loadSealedFile();

    QString m_filePath;
    QString m_connectionName;
    std::unique_ptr<SealedFile> m_sealed;
};

} // namespace tend
