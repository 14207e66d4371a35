#pragma once

#include <QDateTime>
#include <QString>

namespace tend {

enum class BackupKind { Daily, Manual, BeforeRestore };

// One backup of the data, a file in the backups folder (see Backups).
struct Backup
{
    QString path;
    QDateTime madeUtc; // to the second
    BackupKind kind = BackupKind::Manual;
    bool sealed = false; // sealed like tend.vault, or a plain SQLite file
    qint64 bytes = 0;
};

} // namespace tend
