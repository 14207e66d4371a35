#pragma once

#include "model/partner.h"

#include <QString>

#include <memory>
#include <optional>

namespace tend {

class Clock;
class Database;

// What a folder with no data yet gets: encrypted unless the person says no (the real app), or
// plain without asking (the demo, whose folder is thrown away).
enum class NewData { AskForPassphrase, Plain };

// Opens the database in `folder`: asks for the passphrase of encrypted data until it is right,
// and on the first run asks for a new one (NewData). When the folder cannot be used, says why
// and where and lets the person pick another folder or quit (nullptr). Nothing is ever deleted
// or overwritten on the way.
std::unique_ptr<Database> openDatabaseInteractively(QString folder, NewData newData = NewData::AskForPassphrase);

// The two partners; on the first run asks for them. Nothing when the person quits instead.
std::optional<QList<Partner>> ensurePartners(Database &database, const Clock &clock);

} // namespace tend
