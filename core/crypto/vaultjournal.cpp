#include "vaultjournal.h"

#include "texts.h"
#include "vaultformat.h"

#include <QtEndian>

#include <sodium.h>

namespace tend {

namespace {

constexpr char Magic[] = {'\x89', 'T', 'e', 'n', 'd', 'J', '\r', '\n'};
constexpr qsizetype MagicSize = sizeof Magic;
constexpr qsizetype SnapshotNonceAt = 52; // in the snapshot header (vaultformat.h)
// The length, then its complement: a changed length is damage, not a record cut short.
constexpr qsizetype LengthSize = 8;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

QByteArray associatedData(QByteArrayView snapshotHeader, quint64 index)
{
    QByteArray data = snapshotHeader.toByteArray();
    data.resize(snapshotHeader.size() + 8);
    qToBigEndian<quint64>(index, data.data() + snapshotHeader.size());
    return data;
}

} // namespace

QByteArray encodeJournalHeader(QByteArrayView snapshotHeader)
{
    QByteArray header(Magic, MagicSize);
    header += snapshotHeader.sliced(SnapshotNonceAt, VaultHeader::NonceSize);
    return header;
}

QByteArray sealJournalRecord(QByteArrayView payload, QByteArrayView snapshotHeader, quint64 index,
                             const VaultKey &key)
{
    const qsizetype sealedSize = VaultHeader::NonceSize + payload.size() + VaultHeader::TagSize;
    QByteArray record(LengthSize + sealedSize, '\0');
    qToBigEndian<quint32>(quint32(sealedSize), record.data());
    qToBigEndian<quint32>(~quint32(sealedSize), record.data() + 4);
    auto *nonce = reinterpret_cast<unsigned char *>(record.data()) + LengthSize;
    randombytes_buf(nonce, VaultHeader::NonceSize);
    const QByteArray additional = associatedData(snapshotHeader, index);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + VaultHeader::NonceSize, &written, bytes(payload),
                                               std::size_t(payload.size()), bytes(additional),
                                               std::size_t(additional.size()), nullptr, nonce, key.bytes().data());
    return record;
}

Result<JournalContents> readJournal(QByteArrayView journal, QByteArrayView snapshotHeader, const VaultKey &key,
                                    const QString &path)
{
    JournalContents contents;
    if (journal.size() < VaultJournalHeader::Size || !journal.startsWith(QByteArrayView(Magic, MagicSize)))
        return damagedVault(path);
    if (journal.first(VaultJournalHeader::Size) != encodeJournalHeader(snapshotHeader))
        return contents;
    contents.belongsToSnapshot = true;
    qsizetype at = VaultJournalHeader::Size;
    contents.validBytes = at;
    for (quint64 index = 0; at < journal.size(); ++index) {
        if (journal.size() - at < LengthSize)
            break; // cut short: never confirmed
        const quint32 length = qFromBigEndian<quint32>(journal.data() + at);
        if (qFromBigEndian<quint32>(journal.data() + at + 4) != ~length)
            return damagedVault(path);
        const qsizetype sealedSize = length;
        if (sealedSize < VaultHeader::NonceSize + VaultHeader::TagSize)
            return damagedVault(path);
        if (journal.size() - at - LengthSize < sealedSize)
            break;
        const QByteArrayView nonce = journal.sliced(at + LengthSize, VaultHeader::NonceSize);
        const QByteArrayView ciphertext =
            journal.sliced(at + LengthSize + VaultHeader::NonceSize, sealedSize - VaultHeader::NonceSize);
        QByteArray payload(ciphertext.size() - VaultHeader::TagSize, '\0');
        const QByteArray additional = associatedData(snapshotHeader, index);
        unsigned long long written = 0;
        if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(payload.data()), &written,
                                                       nullptr, bytes(ciphertext), std::size_t(ciphertext.size()),
                                                       bytes(additional), std::size_t(additional.size()),
                                                       bytes(nonce), key.bytes().data())
            != 0) {
            return damagedVault(path);
        }
        contents.payloads.append(payload);
        at += LengthSize + sealedSize;
        contents.validBytes = at;
    }
    return contents;
}

} // namespace tend
