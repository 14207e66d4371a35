#pragma once

#include "result.h"

#include <QString>

namespace tend {

// What a look at the raw bytes of a would-be database file found, before SQLite touches it.
enum class FileState { Missing, Empty, LooksLikeSqlite };

// Refuses, without writing anything, files that cannot be a healthy SQLite database:
// random bytes, a truncated file, a file that is not readable.
Result<FileState> inspectDatabaseFile(const QString &path);

// Creates an empty file readable and writable by its owner only (0600).
Status createPrivateFile(const QString &path);

} // namespace tend
