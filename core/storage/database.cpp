#include "database.h"

#include "atomicfile.h"
#include "databasefile.h"
#include "sealedfile.h"
#include "sqlitehandle.h"
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

Result<QVariant> pragmaValue(const QSqlDatabase &db, const QString &pragma)
{
    Result<QSqlQuery> query = sql::run(db, QStringLiteral("PRAGMA ") + pragma, {}, StorageText::tr("read the database header"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    return q.next() ? q.value(0) : QVariant();
}

// Decides from what SQLite reports (the WAL included) whether this is a Tend database we may use.
Status checkIdentity(const QSqlDatabase &db, const QString &path, int latest, qint32 expectedId)
{
    Result<QVariant> applicationId = pragmaValue(db, QStringLiteral("application_id"));
    if (!applicationId) {
        return Error{StorageText::tr("%1 is not a Tend database, or it is damaged (%2). Tend has left it untouched.")
                         .arg(path, applicationId.error().message)};
    }
    Result<QVariant> userVersion = pragmaValue(db, QStringLiteral("user_version"));
    if (!userVersion)
        return userVersion.error();
    const qint32 id = applicationId->toInt();
    const int version = userVersion->toInt();

    if (id == 0) {
        Result<QSqlQuery> tables = sql::run(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"), {},
                                            StorageText::tr("read the database's tables"));
        if (!tables)
            return tables.error();
        QSqlQuery &q = tables.value();
        if (q.next() && q.value(0).toInt() > 0) {
            return Error{StorageText::tr("%1 belongs to another application, not Tend. Tend has left it untouched.").arg(path)};
        }
        return {};
    }
    if (id != expectedId)
        return Error{StorageText::tr("%1 belongs to another application, not Tend. Tend has left it untouched.").arg(path)};
    if (version > latest) {
        return Error{StorageText::tr("%1 was written by a newer version of Tend (database version %2; this Tend knows up to %3). "
                          "Please update Tend to open it. Tend has left it untouched.")
                         .arg(path)
                         .arg(version)
                         .arg(latest)};
    }
    return {};
}

// Reads the first row of every table: touches each table's root page, so a file whose pages
// are overwritten or missing is refused at once, at a cost of microseconds. The full, slower
// check is Database::checkIntegrity(), run once the window is up.
Status probeTables(const QSqlDatabase &db, const QString &path)
{
    Result<QSqlQuery> tables = sql::run(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"), {},
                                        StorageText::tr("read the database's tables"));
    QStringList names;
    if (tables) {
        for (QSqlQuery &q = tables.value(); q.next();)
            names.append(q.value(0).toString());
        tables.value().finish();
    }
    Status probed = tables ? Status() : Status(tables.error());
    if (probed && !names.isEmpty()) {
        // One statement for all tables: "SELECT (SELECT 1 FROM "a" LIMIT 1), (SELECT 1 FROM "b" LIMIT 1), …"
        QStringList firstRows;
        for (QString name : std::as_const(names))
            firstRows.append(QStringLiteral("(SELECT 1 FROM \"%1\" LIMIT 1)").arg(name.replace(u'"', QStringLiteral("\"\""))));
        probed = sql::exec(db, QStringLiteral("SELECT ") + firstRows.join(QStringLiteral(", ")), {},
                           StorageText::tr("read the database"));
    }
    if (probed)
        return {};
    return Error{StorageText::tr("%1 is damaged (%2). Tend has left it untouched; restore a backup or choose another folder.")
                     .arg(path, probed.error().message)};
}

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

// Gives SQLite's in-memory database of `db` a copy of `image` (a new, empty database when it is
// empty), which SQLite owns from then on.
Status deserializeImage(const QSqlDatabase &db, QByteArrayView image)
{
    sqlite3 *handle = sql::sqliteHandle(db);
    if (!handle)
        return Error{StorageText::tr("Tend could not open the database in memory.")};
    const qsizetype size = image.size();
    auto *copy = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(std::max<qsizetype>(size, 1))));
    if (!copy)
        return Error{StorageText::tr("There is not enough free memory to open the database.")};
    std::copy(image.begin(), image.end(), copy);
    // A copy of a WAL database says so in its header (bytes 18 and 19 are 2), and SQLite would
    // look for a WAL file beside a database in memory: say rollback journal (1) instead.
    constexpr qsizetype WriteVersionAt = 18;
    constexpr qsizetype ReadVersionAt = 19;
    if (size > ReadVersionAt && copy[WriteVersionAt] == 2 && copy[ReadVersionAt] == 2)
        copy[WriteVersionAt] = copy[ReadVersionAt] = 1;
    // SQLite frees `copy` itself, on failure too.
    const int result = sqlite3_deserialize(handle, "main", copy, size, std::max<qsizetype>(size, 1),
                                           SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (result != SQLITE_OK) {
        return Error{StorageText::tr("Tend could not open the database in memory: %1.")
                         .arg(QString::fromUtf8(sqlite3_errstr(result)))};
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
    Result<QSqlQuery> check = sql::run(connection(), QStringLiteral("PRAGMA quick_check"), {},
                                       StorageText::tr("check the database for damage"));
    if (!check)
        return check.error();
    QStringList problems;
    for (QSqlQuery &q = check.value(); q.next();)
        problems.append(q.value(0).toString());
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return Error{StorageText::tr("Tend found damage in %1: %2. Nothing has been changed or deleted. Please make a copy of the "
                      "data folder before you go on, and restore a backup if you have one.")
                     .arg(m_filePath, problems.mid(0, 3).join(QStringLiteral("; ")))};
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
