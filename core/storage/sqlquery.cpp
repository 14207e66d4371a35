#include "sqlquery.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSql, "tend.sql")

namespace tend::sql {

Error failure(const QSqlQuery &query, const QString &action)
{
    const QSqlError error = query.lastError();
    qCWarning(lcSql) << "failed to" << action << "-" << error.text() << "in" << query.lastQuery();
    QString reason = error.databaseText();
    if (reason.isEmpty())
        reason = error.text();
    return Error{QCoreApplication::translate("Storage", "Tend could not %1: %2.").arg(action, reason)};
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                      const QString &action)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return failure(query, action);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failure(query, action);
    return query;
}

Status exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
            const QString &action)
{
    Result<QSqlQuery> query = run(db, statement, values, action);
    if (!query)
        return query.error();
    return {};
}

} // namespace tend::sql
