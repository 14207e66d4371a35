#include "vaultkey.h"

#include "texts.h"

#include <sodium.h>

namespace tend {

namespace {
constexpr char KeyCheckText[] = "Tend vault key check, version 1";
}

Result<VaultKey> VaultKey::derive(const SecureBytes &passphraseUtf8, const QByteArray &salt,
                                  KeyDerivation derivation)
{
    static_assert(crypto_pwhash_SALTBYTES == VaultHeader::SaltSize);
    static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == 32);
    if (salt.size() != VaultHeader::SaltSize)
        return Error{CryptoText::tr("Tend could not make the key: the salt has the wrong size.")};
    VaultKey key;
    key.m_key = SecureBytes(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (key.m_key.isNull())
        return Error{CryptoText::tr("Tend could not set aside protected memory for the key.")};
    const char *passphrase = passphraseUtf8.isNull() ? "" : reinterpret_cast<const char *>(passphraseUtf8.data());
    if (crypto_pwhash(key.m_key.data(), key.m_key.size(), passphrase, passphraseUtf8.size(),
                      reinterpret_cast<const unsigned char *>(salt.constData()), derivation.passes,
                      std::size_t(derivation.memoryKiB) * 1024, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Error{CryptoText::tr("Tend could not make the key from the passphrase: there is not enough free "
                                    "memory (it needs %1 MiB). Close other programs and try again.")
                         .arg(derivation.memoryKiB / 1024)};
    }
    key.m_salt = salt;
    key.m_derivation = derivation;
    return key;
}

QByteArray VaultKey::newSalt()
{
    QByteArray salt(VaultHeader::SaltSize, '\0');
    randombytes_buf(salt.data(), std::size_t(salt.size()));
    return salt;
}

QByteArray VaultKey::keyCheck() const
{
    QByteArray check(VaultHeader::KeyCheckSize, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(check.data()), std::size_t(check.size()),
                       reinterpret_cast<const unsigned char *>(KeyCheckText), sizeof KeyCheckText - 1, m_key.data(),
                       m_key.size());
    return check;
}

} // namespace tend
