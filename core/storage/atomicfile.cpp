#include "atomicfile.h"

#include "texts.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tend {

namespace {

enum class Existing { Replace, Keep };

QString systemReason()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Error couldNotSave(const QString &path, const QString &reason)
{
    return Error{StorageText::tr("Tend could not save %1: %2. What was saved before is still there.")
                     .arg(path, reason)};
}

Error alreadyExists(const QString &path)
{
    return Error{StorageText::tr("Tend will not replace %1: it already exists.").arg(path)};
}

bool writeAll(int fd, QByteArrayView bytes)
{
    const char *next = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, next, std::size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        next += written;
        left -= written;
    }
    return true;
}

// A new, empty temporary file beside `path`, private (0600) whatever the umask; its name goes
// to `temporary`. -1 when it cannot be made.
int createTemporaryBeside(const QString &path, QByteArray &temporary)
{
    temporary = QFile::encodeName(path) + ".saving-XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd >= 0)
        ::fchmod(fd, S_IRUSR | S_IWUSR);
    return fd;
}

bool flushFolder(const QString &path, QString &reason)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool flushed = fd >= 0 && ::fsync(fd) == 0;
    if (!flushed)
        reason = systemReason();
    if (fd >= 0)
        ::close(fd);
    return flushed;
}

int renameInto(const QByteArray &from, const QByteArray &to, Existing existing)
{
    if (existing == Existing::Replace)
        return ::rename(from.constData(), to.constData());
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return -1;
    // A file system that cannot refuse to replace (some network ones): look first instead.
    if (QFileInfo::exists(QFile::decodeName(to))) {
        errno = EEXIST;
        return -1;
    }
    return ::rename(from.constData(), to.constData());
}

// Flushes and closes `fd`, the temporary file, and renames it to `path`; removes it on failure.
Status moveIntoPlace(int fd, const QByteArray &temporary, const QString &path, Existing existing)
{
    const bool synced = ::fsync(fd) == 0;
    const QString syncReason = synced ? QString() : systemReason();
    const bool closed = ::close(fd) == 0;
    if (!synced || !closed) {
        const QString reason = synced ? systemReason() : syncReason;
        ::unlink(temporary.constData());
        return couldNotSave(path, reason);
    }
    if (renameInto(temporary, QFile::encodeName(path), existing) != 0) {
        const int error = errno;
        const QString reason = systemReason();
        ::unlink(temporary.constData());
        return error == EEXIST ? alreadyExists(path) : couldNotSave(path, reason);
    }
    if (QString reason; !flushFolder(path, reason)) {
        // A new file is taken away again, so that a failure means it is not there.
        if (existing == Existing::Keep)
            ::unlink(QFile::encodeName(path).constData());
        return Error{StorageText::tr("Tend could not make sure %1 reached the disk: %2.").arg(path, reason)};
    }
    return {};
}

Status saveBytes(const QString &path, QByteArrayView bytes, Existing existing)
{
    if (existing == Existing::Keep && QFileInfo::exists(path))
        return alreadyExists(path);
    QByteArray temporary;
    const int fd = createTemporaryBeside(path, temporary);
    if (fd < 0)
        return couldNotSave(path, systemReason());
    if (!writeAll(fd, bytes)) {
        const QString reason = systemReason();
        ::close(fd);
        ::unlink(temporary.constData());
        return couldNotSave(path, reason);
    }
    return moveIntoPlace(fd, temporary, path, existing);
}

} // namespace

Status writeFileAtomically(const QString &path, QByteArrayView bytes)
{
    return saveBytes(path, bytes, Existing::Replace);
}

Status writeNewFileAtomically(const QString &path, QByteArrayView bytes)
{
    return saveBytes(path, bytes, Existing::Keep);
}

Status fillNewFileAtomically(const QString &path, const std::function<Status(const QString &temporaryPath)> &fill)
{
    if (QFileInfo::exists(path))
        return alreadyExists(path);
    QByteArray temporary;
    const int created = createTemporaryBeside(path, temporary);
    if (created < 0)
        return couldNotSave(path, systemReason());
    ::close(created);
    if (Status filled = fill(QFile::decodeName(temporary)); !filled) {
        ::unlink(temporary.constData());
        return filled;
    }
    const int fd = ::open(temporary.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const QString reason = systemReason();
        ::unlink(temporary.constData());
        return couldNotSave(path, reason);
    }
    return moveIntoPlace(fd, temporary, path, Existing::Keep);
}

Status discardUnlessChecked(const QString &path, const Status &checked)
{
    if (checked)
        return {};
    if (!QFile::remove(path)) {
        return Error{StorageText::tr("Tend wrote %1, but reading it back found a problem (%2), and it could not remove "
                                     "it: do not rely on it. Nothing else was changed.")
                         .arg(path, checked.error().message)};
    }
    return Error{StorageText::tr("Tend wrote %1, but reading it back found a problem (%2), so it removed it again. "
                                 "Nothing else was changed.")
                     .arg(path, checked.error().message)};
}

Status syncFolderOf(const QString &path)
{
    if (QString reason; !flushFolder(path, reason)) {
        return Error{StorageText::tr("Tend could not make sure that the change to %1 reached the disk: %2.")
                         .arg(path, reason)};
    }
    return {};
}

} // namespace tend
