#include "vaultseal.h"

#include "texts.h"

#include <sodium.h>

namespace tend {

namespace {

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

} // namespace

QByteArray sealVault(QByteArrayView plaintext, const VaultKey &key)
{
    static_assert(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == VaultHeader::NonceSize);
    static_assert(crypto_aead_xchacha20poly1305_ietf_ABYTES == VaultHeader::TagSize);
    VaultHeader header;
    header.derivation = key.derivation();
    header.salt = key.salt();
    header.keyCheck = key.keyCheck();
    header.nonce = QByteArray(VaultHeader::NonceSize, '\0');
    randombytes_buf(header.nonce.data(), std::size_t(header.nonce.size()));

    QByteArray file = encodeVaultHeader(header);
    file.resize(VaultHeader::Size + plaintext.size() + VaultHeader::TagSize);
    auto *out = reinterpret_cast<unsigned char *>(file.data()) + VaultHeader::Size;
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out, &written, bytes(plaintext), std::size_t(plaintext.size()),
                                               bytes(file), VaultHeader::Size, nullptr, bytes(header.nonce),
                                               key.bytes().data());
    Q_ASSERT(qsizetype(written) == plaintext.size() + VaultHeader::TagSize);
    return file;
}

Result<VaultKey> unlockVault(QByteArrayView file, const SecureBytes &passphraseUtf8, const QString &path)
{
    Result<VaultHeader> header = parseVaultHeader(file, path);
    if (!header)
        return header.error();
    return keyForVault(*header, passphraseUtf8, path);
}

Result<VaultKey> keyForVault(const VaultHeader &header, const SecureBytes &passphraseUtf8, const QString &path)
{
    Result<VaultKey> key = VaultKey::derive(passphraseUtf8, header.salt, header.derivation);
    if (!key)
        return key.error();
    const QByteArray check = key->keyCheck();
    if (sodium_memcmp(check.constData(), header.keyCheck.constData(), std::size_t(check.size())) != 0)
        return Error{CryptoText::tr("That passphrase does not open %1. Nothing was changed; try again.").arg(path)};
    return key;
}

qsizetype vaultPlaintextSize(qsizetype fileSize)
{
    return std::max<qsizetype>(0, fileSize - VaultHeader::Size - VaultHeader::TagSize);
}

Status openVault(QByteArrayView file, const VaultKey &key, const QString &path, std::span<unsigned char> plaintext)
{
    Result<VaultHeader> header = parseVaultHeader(file, path);
    if (!header)
        return header.error();
    if (qsizetype(plaintext.size()) != vaultPlaintextSize(file.size()))
        return damagedVault(path);
    unsigned long long written = 0;
    const QByteArrayView ciphertext = file.sliced(VaultHeader::Size);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plaintext.data(), &written, nullptr, bytes(ciphertext),
                                                   std::size_t(ciphertext.size()), bytes(file), VaultHeader::Size,
                                                   bytes(header->nonce), key.bytes().data())
        != 0) {
        return damagedVault(path);
    }
    return {};
}

} // namespace tend
