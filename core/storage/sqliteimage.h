#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QSqlDatabase>

namespace tend {

// Gives SQLite's in-memory database of `db` a copy of `image` (a new, empty database when it is
// empty), which SQLite owns from then on.
Status deserializeImage(const QSqlDatabase &db, QByteArrayView image);

} // namespace tend
