#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace tend::sql {

// A read prepared through SQLite's own API on the connection Qt already has open, for reading
// many rows without Qt turning every column of every row into a QVariant. Writes stay on Qt's
// path (sqlquery.h). The statement is finalized when this object goes.
class SqliteStatement
{
public:
    // Prepares `statement` and binds `values` in order: null, integers, doubles and text.
    // A failure says what Tend was trying to do (`action`) and what SQLite answered.
    static Result<SqliteStatement> prepare(const QSqlDatabase &db, const QString &statement,
                                           const QVariantList &values, const QString &action);

    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    ~SqliteStatement();
    Q_DISABLE_COPY(SqliteStatement)

    // Moves to the next row: true on a row, false once past the last one.
    Result<bool> next();

    // Hands every remaining row to `readRow`; stops at the first failure.
    template <typename ReadRow>
    Status forEachRow(ReadRow readRow)
    {
        while (true) {
            const Result<bool> row = next();
            if (!row)
                return row.error();
            if (!row.value())
                return {};
            readRow(std::as_const(*this));
        }
    }

    // The current row's columns, counted from 0.
    bool isNull(int column) const;
    int integer(int column) const;
    // The text as SQLite holds it (UTF-8), valid until next(); a null view for SQL NULL.
    QByteArrayView text(int column) const;
    QString string(int column) const;

private:
    SqliteStatement(sqlite3 *connection, sqlite3_stmt *statement, QString action);
    Error failure() const;

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_action;
};

} // namespace tend::sql
