#pragma once

#include "migration.h"
#include "result.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace tend {

// What Tend checks of a database before it uses it, and of a copy before it trusts it. `path`
// names the file in messages.

Result<QVariant> pragmaValue(const QSqlDatabase &db, const QString &pragma);

// Decides from what SQLite reports (the WAL included) whether this is a Tend database we may
// use: Tend's or still empty, and no newer than `latest`.
Status checkIdentity(const QSqlDatabase &db, const QString &path, int latest, qint32 expectedId);

// Reads the first row of every table: touches each table's root page, so a file whose pages
// are overwritten or missing is refused at once, at a cost of microseconds. The full, slower
// check is Database::checkIntegrity(), run once the window is up.
Status probeTables(const QSqlDatabase &db, const QString &path);

// What SQLite's quick_check of every page finds: {"ok"} when nothing.
Result<QStringList> integrityProblems(const QSqlDatabase &db);

// Checks a copy of a Tend database held in memory (a backup, decrypted if it was sealed) on a
// throwaway connection of its own, writing nothing anywhere: it must be whole, Tend's and no
// newer than this Tend knows.
Status checkDatabaseImage(QByteArrayView image, const QString &path,
                          const QList<Migration> &migrations = builtInMigrations(),
                          qint32 applicationId = TendApplicationId);

} // namespace tend
