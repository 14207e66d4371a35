#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace tend::sql {

// Prepares `statement`, binds `values` in order and runs it. On failure the error says what
// Tend was trying to do ("save the check-in") and what SQLite answered; the SQL goes to the log.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                      const QString &action);

// Runs a statement whose result does not matter beyond success.
Status exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
            const QString &action);

// One statement prepared once and run many times with different values: for writing many
// rows in one transaction without preparing the same SQL again for each.
class PreparedStatement
{
public:
    PreparedStatement(const QSqlDatabase &db, const QString &statement, QString action);
    Status run(const QVariantList &values);

private:
    QSqlQuery m_query;
    QString m_action;
    bool m_prepared = false;
};

// Turns a failed query into a message for the person using Tend.
Error failure(const QSqlQuery &query, const QString &action);

} // namespace tend::sql
