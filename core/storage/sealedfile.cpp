#include "sealedfile.h"

#include "atomicfile.h"
#include "crypto/sodium.h"
#include "crypto/vaultjournal.h"
#include "crypto/vaultseal.h"
#include "pagechanges.h"
#include "readfile.h"
#include "texts.h"

#include <QFile>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tend {

namespace {

constexpr qsizetype DefaultPageSize = 4096;
// A journal is folded into a new snapshot once it is half the snapshot's size, and not before
// this: small databases would otherwise be rewritten whole on nearly every save.
constexpr qint64 SmallestJournalToFold = 1024 * 1024;
constexpr qsizetype PageSizeAt = 16; // in SQLite's file header

qsizetype pageSizeOf(QByteArrayView image)
{
    if (image.size() < PageSizeAt + 2)
        return DefaultPageSize;
    const qsizetype size = (quint8(image[PageSizeAt]) << 8) | quint8(image[PageSizeAt + 1]);
    return size == 1 ? 65536 : (size >= 512 ? size : DefaultPageSize);
}

QString systemReason()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Error couldNotSave(const QString &path, const QString &reason)
{
    return Error{StorageText::tr("Tend could not save to %1: %2. What was saved before is still there.")
                     .arg(path, reason)};
}

} // namespace

QString SealedFile::journalPath(const QString &vaultPath)
{
    return vaultPath + QStringLiteral("-journal");
}

Result<SealedFile> SealedFile::unlock(const QString &path, const SecureBytes &passphrase)
{
    if (Status sodium = initialiseSodium(); !sodium)
        return sodium.error();
    Result<QByteArray> sealed = readWholeFile(path);
    if (!sealed)
        return sealed.error();
    Result<VaultHeader> header = parseVaultHeader(*sealed, path);
    if (!header)
        return header.error();
    Result<VaultKey> key = keyForVault(*header, passphrase, path);
    if (!key)
        return key.error();
    SealedFile file(path, std::move(key).value());
    file.m_image = QByteArray(vaultPlaintextSize(sealed->size()), '\0');
    if (Status opened = openVault(*sealed, file.m_key, path,
                                  std::span(reinterpret_cast<unsigned char *>(file.m_image.data()),
                                            std::size_t(file.m_image.size())));
        !opened) {
        return opened.error();
    }
    file.m_snapshotHeader = sealed->first(VaultHeader::Size);
    file.m_header = std::move(header).value();
    file.m_snapshotBytes = sealed->size();

    const QString journal = journalPath(path);
    if (!QFile::exists(journal))
        return file;
    Result<QByteArray> journalBytes = readWholeFile(journal);
    if (!journalBytes)
        return journalBytes.error();
    Result<JournalContents> contents = readJournal(*journalBytes, file.m_snapshotHeader, file.m_key, journal);
    if (!contents)
        return contents.error();
    for (const QByteArray &changes : std::as_const(contents->payloads)) {
        if (Status applied = applyPageChanges(file.m_image, changes); !applied)
            return damagedVault(journal);
    }
    if (contents->belongsToSnapshot) {
        file.m_journalBytes = contents->validBytes;
        file.m_journalRecords = quint64(contents->payloads.size());
        file.m_journalBroken = contents->validBytes < journalBytes->size();
    }
    return file;
}

Result<SealedFile> SealedFile::create(const QString &path, const SecureBytes &passphrase, KeyDerivation derivation)
{
    if (Status sodium = initialiseSodium(); !sodium)
        return sodium.error();
    if (QFile::exists(path))
        return Error{StorageText::tr("Tend will not replace %1: it already exists.").arg(path)};
    Result<VaultKey> key = VaultKey::derive(passphrase, VaultKey::newSalt(), derivation);
    if (!key)
        return key.error();
    return SealedFile(path, std::move(key).value());
}

Status SealedFile::save(QByteArrayView image)
{
    if (m_key.isNull())
        return Error{StorageText::tr("Tend is locked: unlock it to save.")};
    if (m_snapshotHeader.isEmpty() || m_journalBroken
        || m_journalBytes > std::max(m_snapshotBytes / 2, SmallestJournalToFold))
        return writeSnapshot(image, m_key);
    const QByteArray changes = pageChanges(m_image, image, pageSizeOf(image));
    if (changes.isEmpty())
        return {};
    if (Status appended = appendToJournal(changes); !appended)
        return appended;
    if (Status applied = applyPageChanges(m_image, changes); !applied)
        return applied;
    return {};
}

Status SealedFile::compact()
{
    if (m_journalBytes == 0 || m_key.isNull())
        return {};
    return writeSnapshot(m_image, m_key);
}

Status SealedFile::unlock(const SecureBytes &passphrase)
{
    if (m_snapshotHeader.isEmpty())
        return Error{StorageText::tr("Tend cannot unlock %1: it was never saved.").arg(m_path)};
    Result<VaultKey> key = keyForVault(m_header, passphrase, m_path);
    if (!key)
        return key.error();
    m_key = std::move(key).value();
    return {};
}

Status SealedFile::rekey(const SecureBytes &current, const SecureBytes &next, KeyDerivation derivation)
{
    if (m_key.isNull())
        return Error{StorageText::tr("Tend is locked: unlock it to change the passphrase.")};
    if (Result<VaultKey> checked = keyForVault(m_header, current, m_path); !checked)
        return checked.error();
    Result<VaultKey> key = VaultKey::derive(next, VaultKey::newSalt(), derivation);
    if (!key)
        return key.error();
    if (Status written = writeSnapshot(m_image, *key); !written)
        return written;
    m_key = std::move(key).value();
    return {};
}

Status SealedFile::writeCopy(const QString &path, QByteArrayView image) const
{
    if (m_key.isNull())
        return Error{StorageText::tr("Tend is locked: unlock it to make a copy.")};
    if (Status written = writeNewFileAtomically(path, sealVault(image, m_key)); !written)
        return written;
    return discardUnlessChecked(path, opensTo(path, image));
}

Status SealedFile::opensTo(const QString &path, QByteArrayView image) const
{
    Result<QByteArray> sealed = readWholeFile(path);
    if (!sealed)
        return sealed.error();
    QByteArray readBack(vaultPlaintextSize(sealed->size()), '\0');
    Status opened = openVault(*sealed, m_key, path,
                              std::span(reinterpret_cast<unsigned char *>(readBack.data()), std::size_t(readBack.size())));
    const bool same = QByteArrayView(readBack) == image;
    sodium_memzero(readBack.data(), std::size_t(readBack.size()));
    if (!opened)
        return opened;
    if (!same)
        return Error{StorageText::tr("it does not hold what was written")};
    return {};
}

Status SealedFile::writeSnapshot(QByteArrayView image, const VaultKey &key)
{
    const QByteArray sealed = sealVault(image, key);
    if (Status written = writeFileAtomically(m_path, sealed); !written)
        return written;
    // The old journal follows the old snapshot and is ignored from now on; removed to be tidy.
    QFile::remove(journalPath(m_path));
    m_image = image.toByteArray();
    m_snapshotHeader = sealed.first(VaultHeader::Size);
    m_header = *parseVaultHeader(sealed, m_path); // sealed just now
    m_snapshotBytes = sealed.size();
    m_journalBytes = 0;
    m_journalRecords = 0;
    m_journalBroken = false;
    return {};
}

Status SealedFile::startJournal()
{
    const QString path = journalPath(m_path);
    if (Status written = writeFileAtomically(path, encodeJournalHeader(m_snapshotHeader)); !written)
        return written;
    m_journalBytes = VaultJournalHeader::Size;
    m_journalRecords = 0;
    return {};
}

Status SealedFile::appendToJournal(QByteArrayView changes)
{
    if (m_journalBytes == 0) {
        if (Status started = startJournal(); !started)
            return started;
    }
    const QString path = journalPath(m_path);
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        m_journalBroken = true;
        return couldNotSave(path, systemReason());
    }
    const QByteArray record = sealJournalRecord(changes, m_snapshotHeader, m_journalRecords, m_key);
    const bool written = ::pwrite(fd, record.constData(), std::size_t(record.size()), m_journalBytes) == record.size()
                         && ::fdatasync(fd) == 0;
    const QString reason = written ? QString() : systemReason();
    ::close(fd);
    if (!written) {
        m_journalBroken = true;
        return couldNotSave(path, reason);
    }
    m_journalBytes += record.size();
    ++m_journalRecords;
    return {};
}

} // namespace tend
