#pragma once

#include "crypto/vaultformat.h"
#include "result.h"

#include <QString>

#include <memory>

namespace tend {

class Database;
class SecureBytes;

// Opting out of encryption and back in, losing nothing. `database` is the data in use in
// `folder`. The new file is written, flushed and opened before the old files go; on success
// `database` is the new database, and on any failure it is as it was, with nothing half-written
// left behind (dataswitch.h).

// A sealed, unlocked database becomes plain: databasePathIn(folder) replaces the vault and
// its journal.
Status convertToPlain(std::unique_ptr<Database> &database, const QString &folder);

// A plain database becomes sealed under `passphrase`: vaultPathIn(folder) replaces the SQLite
// file and its WAL.
Status convertToSealed(std::unique_ptr<Database> &database, const QString &folder, const SecureBytes &passphrase,
                       KeyDerivation derivation = KeyDerivation::standard());

} // namespace tend
