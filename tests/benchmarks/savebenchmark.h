#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace tend {
class Clock;
class Database;
} // namespace tend

namespace tend::bench {

// Saves `count` new check-ins one by one through CheckInRepository::add, each its own
// transaction committed with synchronous=FULL, and returns how long each save took in ms.
Result<QList<double>> measureSaves(Database &database, const Clock &clock, int count);

// A warning when `folder` lives in memory (tmpfs, ramfs), where fsync costs nothing and the
// save figures say little about a real disk; empty otherwise.
QString storageMediumWarning(const QString &folder);

} // namespace tend::bench
