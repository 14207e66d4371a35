#pragma once

#include "vaultkey.h"

#include <QByteArrayList>

namespace tend {

// Saving the whole database on every commit would write every byte of a large history each
// time. Instead each commit's changes are sealed as one record appended to a journal beside the
// vault; from time to time the journal is folded into a new vault file (a snapshot).
//
// The journal: magic 89 'T' 'e' 'n' 'd' 'J' 0D 0A, the nonce of the snapshot it follows (24
// bytes), then records. A record: its length (4 bytes, big-endian, nonce and ciphertext) and the
// length's complement (4), a new nonce (24), and the ciphertext with its tag. Each record's associated data is the snapshot's
// whole header and the record's place in the journal, so records cannot be moved, dropped from
// the middle, or carried over to another snapshot.

struct VaultJournalHeader
{
    static constexpr qsizetype Size = 32;
};

QByteArray encodeJournalHeader(QByteArrayView snapshotHeader);

// One sealed record for `payload`, the `index`-th (from 0) of the journal after `snapshotHeader`.
QByteArray sealJournalRecord(QByteArrayView payload, QByteArrayView snapshotHeader, quint64 index,
                             const VaultKey &key);

struct JournalContents
{
    QByteArrayList payloads; // in order
    qsizetype validBytes = 0; // where the last whole record ends; 0 when the journal belongs elsewhere
    bool belongsToSnapshot = false;
};

// Reads the journal `journal` (from `path`) that follows the snapshot with `snapshotHeader`.
// A journal of another snapshot (left by an interrupted fold) is ignored; one that does not
// start like a journal is damage. A record cut short at
// the end is a save interrupted by a crash (a write lands whole or as a beginning), never
// confirmed: it is left out. A whole record that does not authenticate is damage.
Result<JournalContents> readJournal(QByteArrayView journal, QByteArrayView snapshotHeader, const VaultKey &key,
                                    const QString &path);

} // namespace tend
