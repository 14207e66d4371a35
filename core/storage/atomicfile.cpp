#include "atomicfile.h"

#include "texts.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tend {

namespace {

QString systemReason()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Error couldNotSave(const QString &path, const QString &reason)
{
    return Error{StorageText::tr("Tend could not save %1: %2. What was saved before is still there.")
                     .arg(path, reason)};
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

} // namespace

Status writeFileAtomically(const QString &path, QByteArrayView bytes)
{
    QByteArray temporary = QFile::encodeName(path) + ".saving-XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC); // 0600, whatever the umask
    if (fd < 0)
        return couldNotSave(path, systemReason());
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    const bool written = writeAll(fd, bytes) && ::fsync(fd) == 0;
    const QString writeReason = written ? QString() : systemReason();
    const bool closed = ::close(fd) == 0;
    if (!written || !closed) {
        const QString reason = written ? systemReason() : writeReason;
        ::unlink(temporary.constData());
        return couldNotSave(path, reason);
    }
    if (::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = systemReason();
        ::unlink(temporary.constData());
        return couldNotSave(path, reason);
    }
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int folderFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folderFd < 0 || ::fsync(folderFd) != 0) {
        const QString reason = systemReason();
        if (folderFd >= 0)
            ::close(folderFd);
        return Error{StorageText::tr("Tend saved %1 but could not make sure it reached the disk: %2.")
                         .arg(path, reason)};
    }
    ::close(folderFd);
    return {};
}

} // namespace tend
