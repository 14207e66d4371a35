#pragma once

#include "crypto/vaultformat.h"
#include "crypto/vaultkey.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace tend {

// The sealed database on disk: the vault file (crypto/vaultformat.h), a snapshot of the whole
// database, and its journal (crypto/vaultjournal.h), the changes saved since. It knows files
// and keys, not SQLite: Database hands it the database's bytes to save and takes them back.
class SealedFile
{
public:
    // Reads the vault at `path` and its journal and checks `passphrase` against them. Nothing on
    // disk is changed, whatever the outcome.
    static Result<SealedFile> unlock(const QString &path, const SecureBytes &passphrase);
    // A key for a new vault at `path`, which must not exist yet; nothing is written until save().
    static Result<SealedFile> create(const QString &path, const SecureBytes &passphrase,
                                     KeyDerivation derivation = KeyDerivation::standard());

    static QString journalPath(const QString &vaultPath);

    const QString &path() const { return m_path; }
    // The database as last saved.
    const QByteArray &image() const { return m_image; }

    // Saves `image`, the whole database as it is now: the pages that changed are appended to the
    // journal, or, once the journal has grown to half the snapshot (or is broken), a new snapshot
    // is written.
    // Saved means on disk. A failure leaves what was saved before as it was.
    Status save(QByteArrayView image);
    // Folds the journal into a new snapshot, if there is one.
    Status compact();

    // Forgets the key: saving fails until unlock() is given the passphrase again.
    void lock() { m_key.wipe(); }
    bool isLocked() const { return m_key.isNull(); }
    // Checks `passphrase` against the vault's header and takes the key back; a wrong one
    // changes nothing.
    Status unlock(const SecureBytes &passphrase);

    // Seals what was last saved under a key made from `next` with a new salt, as a new
    // snapshot with the journal folded in. `current` must open the vault: a wrong one changes
    // nothing. The old journal, should it outlive a crash, follows the old snapshot and is ignored.
    Status rekey(const SecureBytes &current, const SecureBytes &next, KeyDerivation derivation);

    // Seals `image` under this file's key (its salt and settings, a new nonce) into a new file at
    // `path`, which must not exist yet, then reads it back: a copy that does not open to exactly
    // `image` is removed and the failure reported. For backups, which the passphrase of the
    // moment opens.
    Status writeCopy(const QString &path, QByteArrayView image) const;

private:
    SealedFile(QString path, VaultKey key) : m_path(std::move(path)), m_key(std::move(key)) {}

    Status writeSnapshot(QByteArrayView image, const VaultKey &key);
    // Whether the vault at `path` opens with this file's key to exactly `image`.
    Status opensTo(const QString &path, QByteArrayView image) const;
    Status appendToJournal(QByteArrayView changes);
    Status startJournal();

    QString m_path;
    VaultKey m_key;
    QByteArray m_image;
    QByteArray m_snapshotHeader;  // empty until the first snapshot is written
    VaultHeader m_header;         // the same, read
    qint64 m_snapshotBytes = 0;
    qint64 m_journalBytes = 0;    // where the next record goes; 0: no journal for this snapshot yet
    quint64 m_journalRecords = 0;
    // The journal ends in a record that a crash cut short or a failed save left: the next save
    // writes a snapshot instead of appending after it.
    bool m_journalBroken = false;
};

} // namespace tend
