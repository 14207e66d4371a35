#include "sqlquery.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSql, "tend.sql")

namespace tend::sql {

namespace {

// Qt binds a null QString (a default-constructed one) as SQL NULL, but in Tend it is just
// "no text" and must satisfy NOT NULL columns. Only a null QVariant stands for NULL.
QVariant bindable(const QVariant &value)
{
    if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

} // namespace

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
        query.addBindValue(bindable(value));
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
    query.value().finish();
    return {};
}

PreparedStatement::PreparedStatement(const QSqlDatabase &db, const QString &statement, QString action)
    : m_query(db), m_action(std::move(action))
{
    m_prepared = m_query.prepare(statement);
}

Status PreparedStatement::run(const QVariantList &values)
{
    if (!m_prepared)
        return failure(m_query, m_action);
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(int(i), bindable(values[i]));
    if (!m_query.exec())
        return failure(m_query, m_action);
    m_query.finish();
    return {};
}

} // namespace tend::sql
