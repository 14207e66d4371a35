#include "database.h"

#include "atomicfile.h"
#include "databasechecks.h"
#include "databasefile.h"
#include "readfile.h"
#include "sealedfile.h"
#include "sqlitehandle.h"
#include "sqliteimage.h"
#include "sqlquery.h"
#include "texts.h"

#include <sodium.h>
#include <sqlite3.h>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tend {

using namespace Qt::StringLiterals;

namespace {

// A sealed database lives in memory: no journal or temporary file may ever reach the disk.
Status applyInMemoryPragmas(const QSqlDatabase &db)
{
    const QString action = StorageText::tr("prepare the database");
    for (const char *pragma : {"PRAGMA journal_mode = MEMORY", "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY"}) {
        if (Status status = sql::exec(db, QString::fromLatin1(pragma), {}, action); !status)
            return status;
    }
    return {};
}

Status applyPragmas(const QSqlDatabase &db)
{
    const QString action = StorageText::tr("prepare the database");
    // temp_store: sorts and index builds stay in memory, never in a plaintext file under /tmp.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                               "PRAGMA temp_store = MEMORY"}) {
        if (Status status = sql::exec(db, QString::fromLatin1(pragma), {}, action); !status)
            return status;
    }
    return {};
}

// Runs the identity and damage checks on a read-only connection: a file Tend refuses must stay
// exactly as it was, and a read-write connection could replay a crashed session's WAL into it.
Status checkReadOnly(const QString &path, int latest, qint32 applicationId)
{
    // SQLite may create the -wal and -shm side files even for reading; those it made for a file
    // Tend then refuses are removed again, so the folder is left as it was found.
    QStringList createdSideFiles;
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString sideFile = path + QLatin1String(suffix);
        if (!QFile::exists(sideFile))
            createdSideFiles.append(sideFile);
    }
    const QString name = QStringLiteral("tend-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            status = Error{StorageText::tr("Tend could not open %1: %2.").arg(path, db.lastError().text())};
        } else {
            status = checkIdentity(db, path, latest, applicationId);
            if (status)
                status = probeTables(db, path);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!status) {
        for (const QString &sideFile : std::as_const(createdSideFiles))
            QFile::remove(sideFile);
    }
    return status;
}

} // namespace

Database::Database(QString filePath, QString connectionName)
    : m_filePath(std::move(filePath)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    if (m_sealed) {
        // Nothing is lost if this fails: the journal still holds every save.
        if (Status compacted = m_sealed->compact(); !compacted)
            qWarning("%s", qPrintable(compacted.error().message));
    }
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &filePath, const QList<Migration> &migrations,
                                                 qint32 applicationId)
{
    Result<FileState> state = inspectDatabaseFile(filePath);
    if (!state)
        return state.error();
    if (*state == FileState::Missing) {
        if (Status created = createPrivateFile(filePath); !created)
            return created.error();
    } else if (*state == FileState::Empty) {
        // An empty file holds nothing yet; make it private before anything is written to it.
        QFile::setPermissions(filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // A WAL left by a session that crashed would be replayed into the file by a read-write
    // connection, so such a file is checked read-only first.
    const bool checkedReadOnly = *state == FileState::LooksLikeSqlite && QFile::exists(filePath + u"-wal"_s);
    if (checkedReadOnly) {
        if (Status accepted = checkReadOnly(filePath, latestVersion(migrations), applicationId); !accepted)
            return accepted.error();
    }

    const QString name = QStringLiteral("tend-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(filePath, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            return Error{StorageText::tr("Tend could not open %1: %2.").arg(filePath, db.lastError().text())};
        }
    }
    const QSqlDatabase db = database->connection();
    if (!checkedReadOnly) {
        if (Status identity = checkIdentity(db, filePath, latestVersion(migrations), applicationId); !identity)
            return identity.error();
        if (Status probed = probeTables(db, filePath); !probed)
            return probed.error();
    }
    if (Status pragmas = applyPragmas(db); !pragmas)
        return pragmas.error();
    if (Status migrated = migrate(db, migrations, applicationId); !migrated)
        return migrated.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::openSealed(const QString &vaultPath, const SecureBytes &passphrase,
                                                       const QList<Migration> &migrations, qint32 applicationId)
{
    Result<SealedFile> file = SealedFile::unlock(vaultPath, passphrase);
    if (!file)
        return file.error();
    return openInMemory(std::make_unique<SealedFile>(std::move(file).value()), false, migrations, applicationId);
}

Result<std::unique_ptr<Database>> Database::createSealed(const QString &vaultPath, const SecureBytes &passphrase,
                                                         KeyDerivation derivation,
                                                         const QList<Migration> &migrations, qint32 applicationId)
{
    Result<SealedFile> file = SealedFile::create(vaultPath, passphrase, derivation);
    if (!file)
        return file.error();
    return openInMemory(std::make_unique<SealedFile>(std::move(file).value()), true, migrations, applicationId);
}

Result<std::unique_ptr<Database>> Database::openInMemory(std::unique_ptr<SealedFile> file, bool isNew,
                                                         const QList<Migration> &migrations, qint32 applicationId)
{
    const QString path = file->path();
    const QString name = QStringLiteral("tend-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            return Error{StorageText::tr("Tend could not open the database in memory: %1.").arg(db.lastError().text())};
    }
    const QSqlDatabase db = database->connection();
    // Even a new database goes through deserialize, so that SQLite keeps it in one block that
    // seal() can read without copying.
    if (Status loaded = deserializeImage(db, file->image()); !loaded)
        return loaded.error();
    if (Status identity = checkIdentity(db, path, latestVersion(migrations), applicationId); !identity)
        return identity.error();
    if (Status probed = probeTables(db, path); !probed)
        return probed.error();
    if (Status pragmas = applyInMemoryPragmas(db); !pragmas)
        return pragmas.error();
    const int versionBefore = database->schemaVersion();
    if (Status migrated = migrate(db, migrations, applicationId); !migrated)
        return migrated.error();
    database->m_sealed = std::move(file);
    if (isNew || database->schemaVersion() != versionBefore) {
        if (Status sealed = database->seal(); !sealed)
            return sealed.error();
    }
    return database;
}

Status Database::withSerialized(const std::function<Status(QByteArrayView)> &use) const
{
    sqlite3 *handle = sql::sqliteHandle(connection());
    if (!handle)
        return Error{StorageText::tr("Tend could not save: the database is not open.")};
    sqlite3_int64 size = 0;
    // The database's own memory when SQLite can lend it (a sealed one), else a copy.
    unsigned char *bytes = sqlite3_serialize(handle, "main", &size, SQLITE_SERIALIZE_NOCOPY);
    const bool copied = bytes == nullptr;
    if (copied)
        bytes = sqlite3_serialize(handle, "main", &size, 0);
    if (!bytes)
        return Error{StorageText::tr("Tend could not save %1: there is not enough free memory.").arg(m_filePath)};
    Status used = use(QByteArrayView(reinterpret_cast<const char *>(bytes), qsizetype(size)));
    if (copied) {
        sodium_memzero(bytes, std::size_t(size));
        sqlite3_free(bytes);
    }
    return used;
}

Status Database::seal()
{
    return withSerialized([this](QByteArrayView bytes) { return m_sealed->save(bytes); });
}

Status Database::saveSealedCopy(const QString &vaultPath, const SecureBytes &passphrase, KeyDerivation derivation) const
{
    Result<SealedFile> copy = SealedFile::create(vaultPath, passphrase, derivation);
    if (!copy)
        return copy.error();
    return withSerialized([&copy](QByteArrayView bytes) { return copy.value().save(bytes); });
}

Status Database::changePassphrase(const SecureBytes &current, const SecureBytes &next, KeyDerivation derivation)
{
    if (!m_sealed) {
        return Error{StorageText::tr("Tend's data is not encrypted, so there is no passphrase to change. Nothing was "
                                     "changed.")};
    }
    return m_sealed->rekey(current, next, derivation);
}

Status Database::savePlainCopy(const QString &path) const
{
    if (isLocked())
        return Error{StorageText::tr("Tend is locked: unlock it to make a copy.")};
    return fillNewFileAtomically(path, [this](const QString &temporaryPath) {
        return sql::exec(connection(), QStringLiteral("VACUUM INTO ?"), {temporaryPath},
                         StorageText::tr("copy the database"));
    });
}

Status Database::saveBackupCopy(const QString &path) const
{
    if (m_sealed)
        return withSerialized([this, &path](QByteArrayView image) { return m_sealed->writeCopy(path, image); });
    if (Status written = savePlainCopy(path); !written)
        return written;
    Result<QByteArray> copy = readWholeFile(path);
    return discardUnlessChecked(path, copy ? checkDatabaseImage(*copy, path) : Status(copy.error()));
}

void Database::close()
{
    m_sealed.reset();
    QSqlDatabase db = connection();
    if (db.isOpen())
        db.close();
}

void Database::lock()
{
    if (m_sealed)
        m_sealed->lock();
}

bool Database::isLocked() const
{
    return m_sealed && m_sealed->isLocked();
}

Status Database::unlock(const SecureBytes &passphrase)
{
    if (!m_sealed)
        return {};
    return m_sealed->unlock(passphrase);
}

Status Database::loadSealedFile()
{
    return deserializeImage(connection(), m_sealed->image());
}

Status Database::checkIntegrity() const
{
    Result<QStringList> problems = integrityProblems(connection());
    if (!problems)
        return problems.error();
    if (*problems == QStringList{QStringLiteral("ok")})
        return {};
    return Error{StorageText::tr("Tend found damage in %1: %2. Nothing has been changed or deleted. Please make a copy of the "
                      "data folder before you go on, and restore a backup if you have one.")
                     .arg(m_filePath, problems->mid(0, 3).join(QStringLiteral("; ")))};
}

int Database::schemaVersion() const
{
    Result<QVariant> version = pragmaValue(connection(), QStringLiteral("user_version"));
    return version ? version->toInt() : -1;
}

Status Database::begin()
{
    if (isLocked())
        return Error{StorageText::tr("Tend is locked: unlock it to save.")};
    return sql::exec(connection(), QStringLiteral("BEGIN IMMEDIATE"), {}, StorageText::tr("start saving"));
}

Status Database::commit()
{
    Status committed = sql::exec(connection(), QStringLiteral("COMMIT"), {}, StorageText::tr("finish saving"));
    if (!committed || !m_sealed)
        return committed;
    Status sealed = seal();
    if (!sealed) {
        // The file still holds the last save: go back to it, so that what Tend shows is what is saved.
        if (Status restored = loadSealedFile(); !restored)
            qWarning("%s", qPrintable(restored.error().message));
    }
    return sealed;
}

void Database::rollback()
{
    // A sealed commit that could not be written has ended its transaction already (see commit()).
    if (sqlite3 *handle = sql::sqliteHandle(connection()); handle && sqlite3_get_autocommit(handle))
        return;
    if (Status status = sql::exec(connection(), QStringLiteral("ROLLBACK"), {}, StorageText::tr("undo an unfinished save")); !status)
        qWarning("%s", qPrintable(status.error().message));
}

} // namespace tend
