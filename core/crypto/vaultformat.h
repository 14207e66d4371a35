#pragma once

#include "result.h"

#include <QByteArray>

namespace tend {

// A sealed Tend database is one file: this header, then the database encrypted and
// authenticated with XChaCha20-Poly1305 under a key derived from the passphrase with Argon2id.
// The whole header is the associated data, so no byte of it can change unnoticed.
//
//   offset  size  field
//        0     8  magic: 89 'T' 'e' 'n' 'd' 'V' 0D 0A (not text, and line-ending damage shows)
//        8     2  format version, big-endian: 1
//       10     1  key derivation: 1 = Argon2id 1.3
//       11     1  reserved: 0
//       12     4  Argon2id passes, big-endian
//       16     4  Argon2id memory in KiB, big-endian
//       20    16  salt
//       36    16  key check: BLAKE2b-128 of a fixed text, keyed with the derived key
//       52    24  nonce, new for every sealing
//       76     …  ciphertext: the database, then the 16-byte tag
//
// The key check tells a wrong passphrase from a damaged file without decrypting anything.

// How hard the passphrase is stretched. Read from each file, so it can be raised later.
struct KeyDerivation
{
    quint32 passes = 0;
    quint32 memoryKiB = 0;

    // What new vaults use: about 0.3 s and 128 MiB on a small laptop.
    static KeyDerivation standard();
    // What the tests use: fast, and still the real algorithm.
    static KeyDerivation fastForTests();
    bool operator==(const KeyDerivation &) const = default;
};

struct VaultHeader
{
    static constexpr quint16 CurrentVersion = 1;
    static constexpr qsizetype Size = 76;
    static constexpr qsizetype SaltSize = 16;
    static constexpr qsizetype KeyCheckSize = 16;
    static constexpr qsizetype NonceSize = 24;
    static constexpr qsizetype TagSize = 16;

    quint16 version = CurrentVersion;
    KeyDerivation derivation;
    QByteArray salt;
    QByteArray keyCheck;
    QByteArray nonce;
};

// Whether `start` (the first bytes of a file) begins like a sealed Tend database.
bool looksLikeVault(QByteArrayView start);

QByteArray encodeVaultHeader(const VaultHeader &header);

// What Tend says of a vault at `path` that was cut short or changed.
Error damagedVault(const QString &path);

// Reads the header of a whole vault file. Refuses, with a message naming `path`, a file that
// is not a vault, one made by a newer Tend, and one that is damaged or too short to hold a
// database; key-derivation settings outside sane bounds count as damage.
Result<VaultHeader> parseVaultHeader(QByteArrayView file, const QString &path);

} // namespace tend
