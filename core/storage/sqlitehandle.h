#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace tend::sql {

// The SQLite connection behind Qt's, or null when `db` is not an open SQLite database.
// Qt's driver and Tend link the same system libsqlite3, so the handle is valid here.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace tend::sql
