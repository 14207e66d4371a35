#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tend {

// "Tend" in ASCII; stored in the SQLite header so Tend knows its own files.
inline constexpr qint32 TendApplicationId = 0x54656e64;
// "TndR": the small reminders file beside it, which is never mistaken for the couple's data.
inline constexpr qint32 TendRemindersApplicationId = 0x546e6452;

// One numbered schema step. Migration N takes a database from user_version N-1 to N.
struct Migration
{
    int version = 0;
    QString sql;
};

// Tend's own steps, read from the numbered files in resources/migrations.
const QList<Migration> &builtInMigrations();
// The reminders file's steps, from resources/reminder-migrations.
const QList<Migration> &reminderMigrations();

// Splits a migration script into statements at semicolons outside quotes and comments.
QStringList splitStatements(const QString &script);

// Applies the steps after the database's user_version in order, each in its own
// BEGIN IMMEDIATE transaction that also moves user_version, so a failed step leaves
// the database exactly at the previous version. The first step also marks the file with
// `applicationId`.
Status migrate(const QSqlDatabase &db, const QList<Migration> &migrations, qint32 applicationId = TendApplicationId);

int latestVersion(const QList<Migration> &migrations);

} // namespace tend
