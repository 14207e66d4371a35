#pragma once

#include "securebytes.h"
#include "vaultformat.h"

namespace tend {

// The key that seals one vault, derived from the passphrase with the vault's salt and
// key-derivation settings. It lives in SecureBytes; wipe() forgets it (locking does).
class VaultKey
{
public:
    VaultKey() = default;

    // Slow on purpose (see KeyDerivation). Fails only if the memory cannot be had.
    static Result<VaultKey> derive(const SecureBytes &passphraseUtf8, const QByteArray &salt,
                                   KeyDerivation derivation);
    // A new random salt: for a new vault, and for every new passphrase.
    static QByteArray newSalt();

    bool isNull() const { return m_key.isNull(); }
    const SecureBytes &bytes() const { return m_key; }
    const QByteArray &salt() const { return m_salt; }
    KeyDerivation derivation() const { return m_derivation; }
    // What the vault header stores to recognise this key (vaultformat.h).
    QByteArray keyCheck() const;

    void wipe() { m_key.wipe(); }

private:
    SecureBytes m_key;
    QByteArray m_salt;
    KeyDerivation m_derivation;
};

} // namespace tend
