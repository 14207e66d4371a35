#pragma once

#include "backup.h"

#include <optional>

namespace tend {

// A backup's file name says when it was made (UTC, to the second), its kind and whether it is
// sealed: tend-20261127T142310Z-daily.vault, tend-20261127T142310Z-before-restore.sqlite. A
// second backup of a kind within the same second is numbered: tend-20261127T142310Z-manual-2.vault.
struct BackupName
{
    QDateTime madeUtc;
    BackupKind kind = BackupKind::Manual;
    bool sealed = false;
    int sequence = 1;
};

QString backupFileName(const BackupName &name);

// What `fileName` says, or nothing when it is not named like a backup.
std::optional<BackupName> parseBackupFileName(const QString &fileName);

} // namespace tend
