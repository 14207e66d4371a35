#include "sqliteimage.h"

#include "sqlitehandle.h"
#include "texts.h"

#include <sqlite3.h>

#include <algorithm>

namespace tend {

Status deserializeImage(const QSqlDatabase &db, QByteArrayView image)
{
    sqlite3 *handle = sql::sqliteHandle(db);
    if (!handle)
        return Error{StorageText::tr("Tend could not open the database in memory.")};
    const qsizetype size = image.size();
    auto *copy = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(std::max<qsizetype>(size, 1))));
    if (!copy)
        return Error{StorageText::tr("There is not enough free memory to open the database.")};
    std::copy(image.begin(), image.end(), copy);
    // A copy of a WAL database says so in its header (bytes 18 and 19 are 2), and SQLite would
    // look for a WAL file beside a database in memory: say rollback journal (1) instead.
    constexpr qsizetype WriteVersionAt = 18;
    constexpr qsizetype ReadVersionAt = 19;
    if (size > ReadVersionAt && copy[WriteVersionAt] == 2 && copy[ReadVersionAt] == 2)
        copy[WriteVersionAt] = copy[ReadVersionAt] = 1;
    // SQLite frees `copy` itself, on failure too.
    const int result = sqlite3_deserialize(handle, "main", copy, size, std::max<qsizetype>(size, 1),
                                           SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (result != SQLITE_OK) {
        return Error{StorageText::tr("Tend could not open the database in memory: %1.")
                         .arg(QString::fromUtf8(sqlite3_errstr(result)))};
    }
    return {};
}

} // namespace tend
