#pragma once

#include "crypto/vaultkey.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <span>

namespace tend {

// The sealed database file (crypto/vaultformat.h) and the key that seals it. It knows files and
// keys, not SQLite: Database hands it the serialized database to seal and takes the decrypted
// bytes from it.
class SealedFile
{
public:
    // Reads the vault at `path` and checks `passphrase` against it; the file's bytes are kept
    // for decryptInto(). Nothing on disk is changed, whatever the outcome.
    static Result<SealedFile> unlock(const QString &path, const SecureBytes &passphrase);
    // A key for a new vault at `path`, which must not exist yet; nothing is written until write().
    static Result<SealedFile> create(const QString &path, const SecureBytes &passphrase,
                                     KeyDerivation derivation = KeyDerivation::standard());

    const QString &path() const { return m_path; }

    // The database held in the bytes last read, and decrypting it (which lets go of them).
    qsizetype plaintextSize() const;
    Status decryptInto(std::span<unsigned char> plaintext);
    // Reads the file again, as it is on disk now, for decryptInto().
    Status reload();

    // Seals `plaintext` and replaces the file atomically (atomicfile.h).
    Status write(QByteArrayView plaintext);

private:
    SealedFile(QString path, VaultKey key) : m_path(std::move(path)), m_key(std::move(key)) {}

    QString m_path;
    VaultKey m_key;
    QByteArray m_sealed; // the file as last read, until decrypted
};

} // namespace tend
