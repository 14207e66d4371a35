#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>

namespace tend {

class Database;

// Opens the data at a path: Database::open, or Database::openSealed with a passphrase.
using DatabaseOpener = std::function<Result<std::unique_ptr<Database>>(const QString &path)>;

// How Tend puts other data in place of the data it is using: changing between sealed and plain
// (dataconversion.h) and restoring a backup (backups.h). Tend starts with tend.vault when both
// it and tend.sqlite are there, and the steps are ordered so that whichever it then finds holds
// everything, wherever the process stops.

// The files of data at `path`: a vault and its journal, or a SQLite file and those SQLite keeps
// beside it (WAL, shared memory, rollback journal).
QStringList dataFilesAt(const QString &path, bool sealed);

// Refuses, saying which, when a file is where data of that kind is about to be written: the
// file itself or (for plain data) a WAL or journal that SQLite would read into it.
Status checkNothingInTheWay(const QString &path, bool sealed);

// `newPath` holds the data just written in the other kind (sealed for a plain `database`, or
// the reverse). Opens it with `open`, removes the files of `database` and puts the new database
// in its place. On failure the files at `newPath` are removed and `database` is as it was. Only
// when flushing the folder fails at the very end is the switch done and the error reported too.
Status switchToOtherKind(std::unique_ptr<Database> &database, const QString &newPath, const DatabaseOpener &open);

// Replaces the file of `database` with `bytes`, data of the same kind, and opens it with `open`.
// If writing fails, `database` is as it was. If the new data is in place but cannot be opened,
// `database` is left closed and the error says so.
Status replaceData(std::unique_ptr<Database> &database, QByteArrayView bytes, const DatabaseOpener &open);

// A plain copy beside encrypted data (left by a change between the two that was interrupted;
// Tend opens the vault, which holds everything): removes the SQLite file with its WAL, shared
// memory and journal, so that no readable copy stays. For `folder`, whose vault is in use.
Status removePlainCopy(const QString &folder);

} // namespace tend
