#include "vaultformat.h"

#include "texts.h"

#include <QtEndian>

namespace tend {

namespace {

constexpr char Magic[] = {'\x89', 'T', 'e', 'n', 'd', 'V', '\r', '\n'};
constexpr qsizetype MagicSize = sizeof Magic;
constexpr quint8 Argon2id13 = 1;

// Bounds a file may ask for: beyond them it is damaged or hostile, not stronger.
constexpr quint32 MaxPasses = 16;
constexpr quint32 MinMemoryKiB = 8 * 1024;
constexpr quint32 MaxMemoryKiB = 2 * 1024 * 1024;

constexpr qsizetype VersionAt = 8;
constexpr qsizetype AlgorithmAt = 10;
constexpr qsizetype ReservedAt = 11;
constexpr qsizetype PassesAt = 12;
constexpr qsizetype MemoryAt = 16;
constexpr qsizetype SaltAt = 20;
constexpr qsizetype KeyCheckAt = SaltAt + VaultHeader::SaltSize;
constexpr qsizetype NonceAt = KeyCheckAt + VaultHeader::KeyCheckSize;
static_assert(NonceAt + VaultHeader::NonceSize == VaultHeader::Size);

} // namespace

Error damagedVault(const QString &path)
{
    return Error{CryptoText::tr("%1 is a locked Tend file, but it is damaged: it may have been cut short or "
                                "changed. Tend left it as it was.")
                     .arg(path)};
}

KeyDerivation KeyDerivation::standard()
{
    return {3, 128 * 1024};
}

KeyDerivation KeyDerivation::fastForTests()
{
    return {1, MinMemoryKiB};
}

bool looksLikeVault(QByteArrayView start)
{
    return start.startsWith(QByteArrayView(Magic, MagicSize));
}

QByteArray encodeVaultHeader(const VaultHeader &header)
{
    QByteArray bytes(VaultHeader::Size, '\0');
    char *out = bytes.data();
    std::copy(Magic, Magic + MagicSize, out);
    qToBigEndian<quint16>(header.version, out + VersionAt);
    out[AlgorithmAt] = char(Argon2id13);
    out[ReservedAt] = 0;
    qToBigEndian<quint32>(header.derivation.passes, out + PassesAt);
    qToBigEndian<quint32>(header.derivation.memoryKiB, out + MemoryAt);
    std::copy(header.salt.begin(), header.salt.end(), out + SaltAt);
    std::copy(header.keyCheck.begin(), header.keyCheck.end(), out + KeyCheckAt);
    std::copy(header.nonce.begin(), header.nonce.end(), out + NonceAt);
    return bytes;
}

Result<VaultHeader> parseVaultHeader(QByteArrayView file, const QString &path)
{
    if (!looksLikeVault(file)) {
        return Error{CryptoText::tr("%1 is not a locked Tend file. Tend left it as it was.").arg(path)};
    }
    if (file.size() < VaultHeader::Size + VaultHeader::TagSize)
        return damagedVault(path);
    const char *in = file.data();
    VaultHeader header;
    header.version = qFromBigEndian<quint16>(in + VersionAt);
    if (header.version > VaultHeader::CurrentVersion) {
        return Error{CryptoText::tr("%1 was locked by a newer version of Tend. Update Tend to open it; Tend left "
                                    "it as it was.")
                         .arg(path)};
    }
    if (header.version == 0 || quint8(in[AlgorithmAt]) != Argon2id13 || in[ReservedAt] != 0)
        return damagedVault(path);
    header.derivation.passes = qFromBigEndian<quint32>(in + PassesAt);
    header.derivation.memoryKiB = qFromBigEndian<quint32>(in + MemoryAt);
    if (header.derivation.passes < 1 || header.derivation.passes > MaxPasses
        || header.derivation.memoryKiB < MinMemoryKiB || header.derivation.memoryKiB > MaxMemoryKiB)
        return damagedVault(path);
    header.salt = file.sliced(SaltAt, VaultHeader::SaltSize).toByteArray();
    header.keyCheck = file.sliced(KeyCheckAt, VaultHeader::KeyCheckSize).toByteArray();
    header.nonce = file.sliced(NonceAt, VaultHeader::NonceSize).toByteArray();
    return header;
}

} // namespace tend
