#pragma once

#include "reporttable.h"
#include "result.h"

#include <QList>
#include <QString>

namespace tend {
class Clock;
class Database;
} // namespace tend

namespace tend::bench {

struct SealedFigures
{
    qint64 fileBytes = 0;
    QList<double> unlockMilliseconds; // read, derive the key (Argon2id, standard settings), decrypt, open
    QList<double> saveMilliseconds;   // one check-in: commit, serialize, seal, write, fsync, rename
};

// Seals a copy of `plain` into a vault at `vaultPath` (standard key derivation), unlocks it
// `unlocks` times and saves `saves` check-ins one by one into it.
Result<SealedFigures> measureSealed(Database &plain, const QString &vaultPath, const Clock &clock, int unlocks,
                                    int saves);

QList<ReportRow> sealedRows(const SealedFigures &figures);

} // namespace tend::bench
