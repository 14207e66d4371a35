#include "datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace tend {

QString defaultDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString databasePathIn(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("tend.sqlite"));
}

QString vaultPathIn(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("tend.vault"));
}

QString remindersPathIn(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("reminders.sqlite"));
}

QString backupsFolderIn(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("backups"));
}

Status prepareDataFolder(const QString &folder)
{
    if (folder.isEmpty())
        return Error{QCoreApplication::translate("Storage", "No data folder was given.")};
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error{QCoreApplication::translate("Storage", "%1 is a file, not a folder.").arg(folder)};
    if (info.isDir())
        return {};

    const QStringList parts = QDir::cleanPath(QDir(folder).absolutePath()).split(u'/', Qt::SkipEmptyParts);
    QString path;
    for (const QString &part : parts) {
        path += u'/' + part;
        if (QFileInfo(path).isDir())
            continue;
        if (::mkdir(QFile::encodeName(path).constData(), S_IRWXU) != 0) {
            const int error = errno;
            // Created by someone else meanwhile: theirs, so it keeps its permissions.
            if (error == EEXIST && QFileInfo(path).isDir())
                continue;
            return Error{QCoreApplication::translate("Storage", "Tend could not create the folder %1: %2.")
                             .arg(path, QString::fromLocal8Bit(std::strerror(error)))};
        }
        // mkdir honours the umask; make sure it is exactly 0700 whatever the umask was.
        ::chmod(QFile::encodeName(path).constData(), S_IRWXU);
    }
    return {};
}

QString dataFolderOf(const QString &dataFile)
{
    return QFileInfo(dataFile).absolutePath();
}

} // namespace tend
