#pragma once

#include "vaultkey.h"

#include <span>

namespace tend {

// Seals `plaintext` (a whole database) into a complete vault file under `key`, with a new
// random nonce.
QByteArray sealVault(QByteArrayView plaintext, const VaultKey &key);

// Derives the key of the vault `file` (read from `path`) from `passphraseUtf8` and checks it
// against the file, decrypting nothing. A wrong passphrase and a file that is no vault, is
// newer or is damaged each get their own message.
Result<VaultKey> unlockVault(QByteArrayView file, const SecureBytes &passphraseUtf8, const QString &path);
// The same for a vault whose header was read before (unlocking again after a lock).
Result<VaultKey> keyForVault(const VaultHeader &header, const SecureBytes &passphraseUtf8, const QString &path);

// How many bytes the database in a vault file of `fileSize` bytes takes.
qsizetype vaultPlaintextSize(qsizetype fileSize);

// Decrypts the vault `file` with its `key` into `plaintext` (vaultPlaintextSize() bytes).
// Fails, writing nothing usable, if any byte of the file was changed.
Status openVault(QByteArrayView file, const VaultKey &key, const QString &path, std::span<unsigned char> plaintext);

} // namespace tend
