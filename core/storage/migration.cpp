#include "migration.h"

#include "sqlquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace tend {

namespace {

QList<Migration> loadMigrations(const QString &resourceFolder)
{
    static const QRegularExpression numbered(QStringLiteral("^(\\d{4})-[a-z0-9-]+\\.sql$"));
    QList<Migration> migrations;
    const QDir folder(resourceFolder);
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = numbered.match(name);
        if (!match.hasMatch())
            qFatal("Migration file %s is not named NNNN-name.sql", qPrintable(name));
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Migration file %s cannot be read", qPrintable(name));
        migrations.append({match.captured(1).toInt(), QString::fromUtf8(file.readAll())});
    }
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != i + 1)
            qFatal("Migrations must be numbered 1, 2, 3, … without gaps");
    }
    return migrations;
}

QString stepAction(int version)
{
    return QCoreApplication::translate("Storage", "update the database to version %1").arg(version);
}

Status applyStep(const QSqlDatabase &db, const Migration &step, qint32 applicationId)
{
    const QString action = stepAction(step.version);
    if (Status begun = sql::exec(db, QStringLiteral("BEGIN IMMEDIATE"), {}, action); !begun)
        return begun;
    Status status;
    for (const QString &statement : splitStatements(step.sql)) {
        status = sql::exec(db, statement, {}, action);
        if (!status)
            break;
    }
    if (status) {
        // PRAGMA takes no bound parameters; the version is an integer we own.
        status = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version), {}, action);
    }
    if (status && step.version == 1)
        status = sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId), {}, action);
    if (status)
        status = sql::exec(db, QStringLiteral("COMMIT"), {}, action);
    if (!status) {
        if (Status rolledBack = sql::exec(db, QStringLiteral("ROLLBACK"), {}, action); !rolledBack)
            qWarning("Rollback after a failed migration failed too: %s", qPrintable(rolledBack.error().message));
    }
    return status;
}

} // namespace

const QList<Migration> &builtInMigrations()
{
    static const QList<Migration> migrations = loadMigrations(QStringLiteral(":/migrations"));
    return migrations;
}

const QList<Migration> &reminderMigrations()
{
    static const QList<Migration> migrations = loadMigrations(QStringLiteral(":/reminder-migrations"));
    return migrations;
}

int latestVersion(const QList<Migration> &migrations)
{
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    enum class State { Code, Quoted, LineComment } state = State::Code;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script[i];
        const QChar next = i + 1 < script.size() ? script[i + 1] : QChar();
        switch (state) {
        case State::Code:
            if (c == u'-' && next == u'-') {
                state = State::LineComment;
                continue;
            }
            if (c == u'\'')
                state = State::Quoted;
            if (c == u';') {
                if (!current.trimmed().isEmpty())
                    statements.append(current.trimmed());
                current.clear();
                continue;
            }
            break;
        case State::Quoted:
            if (c == u'\'')
                state = State::Code; // a doubled '' re-enters Quoted on the next character
            break;
        case State::LineComment:
            if (c != u'\n')
                continue;
            state = State::Code; // the newline stays: a comment separates words like a space does
            break;
        }
        current.append(c);
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Status migrate(const QSqlDatabase &db, const QList<Migration> &migrations, qint32 applicationId)
{
    Result<QSqlQuery> query = sql::run(db, QStringLiteral("PRAGMA user_version"), {},
                                       QCoreApplication::translate("Storage", "read the database version"));
    if (!query)
        return query.error();
    QSqlQuery &versionQuery = query.value();
    const int current = versionQuery.next() ? versionQuery.value(0).toInt() : 0;
    // A statement left pending makes SQLite refuse DROP TABLE ("database table is locked").
    versionQuery.finish();
    for (const Migration &step : migrations) {
        if (step.version <= current)
            continue;
        if (Status status = applyStep(db, step, applicationId); !status)
            return status;
    }
    return {};
}

} // namespace tend
