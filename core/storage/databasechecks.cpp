#include "databasechecks.h"

#include "sqliteimage.h"
#include "sqlquery.h"
#include "texts.h"

#include <QSqlError>
#include <QUuid>

namespace tend {

namespace {

Status checkCopy(const QSqlDatabase &db, QByteArrayView image, const QString &path, int latest, qint32 applicationId)
{
    if (Status loaded = deserializeImage(db, image); !loaded)
        return loaded;
    if (Status identity = checkIdentity(db, path, latest, applicationId); !identity)
        return identity;
    // checkIdentity lets an empty database through, as a new one; a copy must hold Tend's data.
    Result<QVariant> id = pragmaValue(db, QStringLiteral("application_id"));
    if (!id)
        return id.error();
    if (id->toInt() != applicationId)
        return Error{StorageText::tr("%1 holds no Tend data. Tend has left it untouched.").arg(path)};
    Result<QStringList> problems = integrityProblems(db);
    if (!problems)
        return problems.error();
    if (*problems != QStringList{QStringLiteral("ok")}) {
        return Error{StorageText::tr("%1 is damaged (%2). Tend will not use it, and has left it untouched.")
                         .arg(path, problems->mid(0, 3).join(QStringLiteral("; ")))};
    }
    return {};
}

} // namespace

Result<QVariant> pragmaValue(const QSqlDatabase &db, const QString &pragma)
{
    Result<QSqlQuery> query = sql::run(db, QStringLiteral("PRAGMA ") + pragma, {}, StorageText::tr("read the database header"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    return q.next() ? q.value(0) : QVariant();
}

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

Result<QStringList> integrityProblems(const QSqlDatabase &db)
{
    Result<QSqlQuery> check = sql::run(db, QStringLiteral("PRAGMA quick_check"), {},
                                       StorageText::tr("check the database for damage"));
    if (!check)
        return check.error();
    QStringList problems;
    for (QSqlQuery &q = check.value(); q.next();)
        problems.append(q.value(0).toString());
    return problems;
}

Status checkDatabaseImage(QByteArrayView image, const QString &path, const QList<Migration> &migrations,
                          qint32 applicationId)
{
    const QString name = QStringLiteral("tend-copy-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            status = Error{StorageText::tr("Tend could not open the database in memory: %1.").arg(db.lastError().text())};
        } else {
            status = checkCopy(db, image, path, latestVersion(migrations), applicationId);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

} // namespace tend
