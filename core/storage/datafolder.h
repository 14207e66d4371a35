#pragma once

#include "result.h"

#include <QString>

namespace tend {

// Where Tend keeps its data: `--data-dir` when given, else the platform's app data folder.
QString defaultDataFolder();

// Creates the folder (and missing parents) readable by its owner only (0700).
// An existing folder is used as it is: it may be one the person chose for other things too.
Status prepareDataFolder(const QString &folder);

QString databasePathIn(const QString &folder);
// The data folder that a data file (tend.vault, tend.sqlite) is in.
QString dataFolderOf(const QString &dataFile);
// The encrypted database (crypto/vaultformat.h); when it is there, the plain one is not used.
QString vaultPathIn(const QString &folder);
// The small reminders file beside the data (see ReminderRepository).
QString remindersPathIn(const QString &folder);
// Where backups of the data go (see Backups).
QString backupsFolderIn(const QString &folder);

} // namespace tend
