#include "sealedfile.h"

#include "atomicfile.h"
#include "crypto/sodium.h"
#include "crypto/vaultseal.h"
#include "texts.h"

#include <QFile>

namespace tend {

namespace {

Result<QByteArray> readWhole(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{StorageText::tr("Tend cannot read %1: %2.").arg(path, file.errorString())};
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{StorageText::tr("Tend cannot read %1: %2.").arg(path, file.errorString())};
    return bytes;
}

} // namespace

Result<SealedFile> SealedFile::unlock(const QString &path, const SecureBytes &passphrase)
{
    if (Status sodium = initialiseSodium(); !sodium)
        return sodium.error();
    Result<QByteArray> sealed = readWhole(path);
    if (!sealed)
        return sealed.error();
    Result<VaultKey> key = unlockVault(*sealed, passphrase, path);
    if (!key)
        return key.error();
    SealedFile file(path, std::move(key).value());
    file.m_sealed = std::move(sealed).value();
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

qsizetype SealedFile::plaintextSize() const
{
    return vaultPlaintextSize(m_sealed.size());
}

Status SealedFile::decryptInto(std::span<unsigned char> plaintext)
{
    Status opened = openVault(m_sealed, m_key, m_path, plaintext);
    m_sealed.clear();
    return opened;
}

Status SealedFile::reload()
{
    Result<QByteArray> sealed = readWhole(m_path);
    if (!sealed)
        return sealed.error();
    m_sealed = std::move(sealed).value();
    return {};
}

Status SealedFile::write(QByteArrayView plaintext)
{
    if (m_key.isNull())
        return Error{StorageText::tr("Tend is locked: unlock it to save.")};
    return writeFileAtomically(m_path, sealVault(plaintext, m_key));
}

} // namespace tend
