#include "databasefile.h"
#include "texts.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tend {

namespace {

constexpr qint64 HeaderSize = 100;
constexpr char SqliteMagic[] = "SQLite format 3"; // followed by a NUL byte, 16 bytes in all

Error notTendDatabase(const QString &path, const QString &why)
{
    return Error{StorageText::tr("%1 is not a Tend database (%2). Tend has left it untouched.").arg(path, why)};
}

} // namespace

Result<FileState> inspectDatabaseFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return FileState::Missing;
    if (!info.isFile())
        return notTendDatabase(path, StorageText::tr("it is not a regular file"));
    if (info.size() == 0)
        return FileState::Empty;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{StorageText::tr("Tend cannot read %1: %2.").arg(path, file.errorString())};
    const QByteArray header = file.read(HeaderSize);
    if (!header.startsWith(QByteArray(SqliteMagic, sizeof SqliteMagic)))
        return notTendDatabase(path, StorageText::tr("it does not start like an SQLite database"));
    if (header.size() < HeaderSize)
        return notTendDatabase(path, StorageText::tr("the file is truncated"));

    // SQLite header: page size at offset 16 (big-endian, 1 means 65536), page count at 28.
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return notTendDatabase(path, StorageText::tr("its header is damaged"));
    // With a WAL beside it, a crash during a checkpoint can leave the header ahead of the file;
    // SQLite repairs that from the WAL, so only a file without one is judged by its size.
    const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    if (!hasWal && (info.size() % pageSize != 0 || qint64(pageCount) * pageSize > info.size()))
        return notTendDatabase(path, StorageText::tr("the file is truncated"));
    return FileState::LooksLikeSqlite;
}

Status createPrivateFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return Error{StorageText::tr("Tend could not create %1: %2.")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR); // exactly 0600, whatever the umask
    ::close(fd);
    return {};
}

} // namespace tend
