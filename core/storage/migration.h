#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tend {

// "Tend" in ASCII; stored in the SQLite header so Tend knows its own files.
inline constexpr qint32 TendApplicationId = 0x54656e64;

// One numbered schema step. Migration N takes a database from user_version N-1 to N.
struct Migration
{
    int version = 0;
    QString sql;
};

// Tend's own steps, read from the numbered files in resources/migrations.
const QList<Migration> &builtInMigrations();

// Splits a migration script into statements at semicolons outside quotes and comments.
QStringList splitStatements(const QString &script);

// Applies the steps after the database's user_version in order, each in its own
// BEGIN IMMEDIATE transaction that also moves user_version, so a failed step leaves
// the database exactly at the previous version. The first step also marks the file as Tend's.
Status migrate(const QSqlDatabase &db, const QList<Migration> &migrations);

int latestVersion(const QList<Migration> &migrations);

} // namespace tend
