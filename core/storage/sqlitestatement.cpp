#include "sqlitestatement.h"

#include "sqlitehandle.h"
#include "texts.h"

#include <QLoggingCategory>
#include <QSqlDriver>

#include <sqlite3.h>

#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace tend::sql {

namespace {

Error failed(const QString &action, const QString &reason, const QString &statement)
{
    qCWarning(lcSql) << "failed to" << action << "-" << reason << "in" << statement;
    return Error{StorageText::tr("Tend could not %1: %2.").arg(action, reason)};
}

// Like Qt's path (sqlquery.cpp), only a null QVariant is NULL: a null QString is empty text.
int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

Result<SqliteStatement> SqliteStatement::prepare(const QSqlDatabase &db, const QString &statement,
                                                 const QVariantList &values, const QString &action)
{
    sqlite3 *connection = sqliteHandle(db);
    if (connection == nullptr)
        return failed(action, StorageText::tr("the database is not open"), statement);
    const QByteArray sql = statement.toUtf8();
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &prepared, nullptr) != SQLITE_OK) {
        const QString reason = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(prepared);
        return failed(action, reason, statement);
    }
    SqliteStatement result(connection, prepared, action);
    for (qsizetype i = 0; i < values.size(); ++i) {
        // SQLite binds are 1-based, columns 0-based.
        if (const int code = bind(prepared, int(i) + 1, values[i]); code != SQLITE_OK)
            return failed(action, QString::fromUtf8(sqlite3_errstr(code)), statement);
    }
    return result;
}

SqliteStatement::SqliteStatement(sqlite3 *connection, sqlite3_stmt *statement, QString action)
    : m_connection(connection), m_statement(statement), m_action(std::move(action))
{
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr)),
      m_statement(std::exchange(other.m_statement, nullptr)),
      m_action(std::move(other.m_action))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_connection = std::exchange(other.m_connection, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_action = std::move(other.m_action);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Result<bool> SqliteStatement::next()
{
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default:
        return failure();
    }
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int SqliteStatement::integer(int column) const
{
    return sqlite3_column_int(m_statement, column);
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (text == nullptr)
        return {};
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

QString SqliteStatement::string(int column) const
{
    return QString::fromUtf8(text(column));
}

Error SqliteStatement::failure() const
{
    return failed(m_action, QString::fromUtf8(sqlite3_errmsg(m_connection)),
                  QString::fromUtf8(sqlite3_sql(m_statement)));
}

} // namespace tend::sql
