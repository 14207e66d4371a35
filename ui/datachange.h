#pragma once

#include "result.h"

#include <QString>

#include <functional>
#include <memory>

namespace tend {

class Database;

// Other data in place of the data in use (restoring a backup, turning encryption on or off).
// The window cannot stay open over it: it asks for the change, and a new window opens on what
// `apply` leaves in the pointer, saying `done` when it worked.
struct DataChange
{
    std::function<Status(std::unique_ptr<Database> &database)> apply;
    QString done;
};

} // namespace tend
