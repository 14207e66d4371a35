#pragma once

#include "model/partner.h"

#include <QString>

#include <memory>
#include <optional>

namespace tend {

class Clock;
class Database;

// Opens the database in `folder`; when that fails, says why and where and lets the person pick
// another folder or quit (nullptr). Nothing is ever deleted or overwritten on the way.
std::unique_ptr<Database> openDatabaseInteractively(QString folder);

// The two partners; on the first run asks for them. Nothing when the person quits instead.
std::optional<QList<Partner>> ensurePartners(Database &database, const Clock &clock);

} // namespace tend
