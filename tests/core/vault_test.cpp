// The sealed file format on its own: sealing and opening, and every way a file can be wrong.

#include "crypto/sodium.h"
#include "crypto/vaultseal.h"

#include "statusassertions.h"

#include <QtEndian>

#include <gtest/gtest.h>

#include <vector>

namespace tend {
namespace {

SecureBytes passphrase(const char *text)
{
    return SecureBytes::copyOf(QByteArrayView(text));
}

class VaultTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(succeeded(initialiseSodium()));
        Result<VaultKey> derived = VaultKey::derive(passphrase("correct horse battery staple"), VaultKey::newSalt(),
                                                    KeyDerivation::fastForTests());
        ASSERT_TRUE(succeeded(derived));
        key = std::move(derived).value();
    }

    // Unlocks with the right passphrase and decrypts; the error of whichever step refused.
    Result<QByteArray> openWithPassphrase(QByteArrayView file, const char *text = "correct horse battery staple")
    {
        Result<VaultKey> unlocked = unlockVault(file, passphrase(text), Path);
        if (!unlocked)
            return unlocked.error();
        QByteArray plaintext(vaultPlaintextSize(file.size()), '\0');
        Status opened = openVault(file, *unlocked, Path,
                                  std::span(reinterpret_cast<unsigned char *>(plaintext.data()), plaintext.size()));
        if (!opened)
            return opened.error();
        return plaintext;
    }

    static inline const QString Path = QStringLiteral("/home/sam/.local/share/Tend/tend.vault");
    static inline const QByteArray Database = QByteArray("SQLite format 3\0 Robin felt cared for, tea and a blanket", 58);
    VaultKey key;
};

TEST_F(VaultTest, WhatIsSealedOpensWithTheRightPassphrase)
{
    const QByteArray file = sealVault(Database, key);
    EXPECT_TRUE(looksLikeVault(file));
    EXPECT_EQ(file.size(), VaultHeader::Size + Database.size() + VaultHeader::TagSize);
    EXPECT_FALSE(file.contains("Robin"));
    Result<QByteArray> opened = openWithPassphrase(file);
    ASSERT_TRUE(succeeded(opened));
    EXPECT_EQ(*opened, Database);

    const QByteArray empty = sealVault(QByteArrayView(), key);
    Result<QByteArray> openedEmpty = openWithPassphrase(empty);
    ASSERT_TRUE(succeeded(openedEmpty));
    EXPECT_TRUE(openedEmpty->isEmpty());
}

TEST_F(VaultTest, EverySealingUsesANewNonce)
{
    const QByteArray first = sealVault(Database, key);
    const QByteArray second = sealVault(Database, key);
    EXPECT_NE(first.mid(52, VaultHeader::NonceSize), second.mid(52, VaultHeader::NonceSize));
    EXPECT_NE(first.mid(VaultHeader::Size), second.mid(VaultHeader::Size));
}

TEST_F(VaultTest, AWrongPassphraseIsToldApartFromDamage)
{
    const QByteArray file = sealVault(Database, key);
    for (const char *wrong : {"", "correct horse battery stapl", "Correct horse battery staple", "correct horse "
                                                                                                  "battery staple "}) {
        Result<QByteArray> opened = openWithPassphrase(file, wrong);
        ASSERT_FALSE(opened) << wrong;
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("passphrase does not open"))) << wrong;
    }
}

TEST_F(VaultTest, AChangedByteAnywhereIsRefused)
{
    const QByteArray file = sealVault(Database, key);
    for (qsizetype at = 0; at < file.size(); ++at) {
        QByteArray changed = file;
        changed[at] = char(changed[at] ^ 0xFF);
        Result<QByteArray> opened = openWithPassphrase(changed);
        ASSERT_FALSE(opened) << "byte " << at << " changed, and the file still opened";
        EXPECT_FALSE(opened.error().message.isEmpty());
        EXPECT_TRUE(opened.error().message.contains(Path)) << at;
    }
}

TEST_F(VaultTest, ACutOrLengthenedFileIsRefusedAsDamaged)
{
    const QByteArray file = sealVault(Database, key);
    for (qsizetype length : {qsizetype(8), qsizetype(20), VaultHeader::Size - 1, VaultHeader::Size,
                             VaultHeader::Size + VaultHeader::TagSize - 1, VaultHeader::Size + VaultHeader::TagSize,
                             file.size() / 2, file.size() - 1}) {
        Result<QByteArray> opened = openWithPassphrase(file.first(length));
        ASSERT_FALSE(opened) << "cut to " << length;
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("damaged"))) << length;
    }
    Result<QByteArray> longer = openWithPassphrase(QByteArray(file + QByteArray(1, 'x')));
    ASSERT_FALSE(longer);
    EXPECT_TRUE(longer.error().message.contains(QStringLiteral("damaged")));
    for (qsizetype length : {qsizetype(0), qsizetype(7)})
        EXPECT_FALSE(openWithPassphrase(file.first(length)));
}

TEST_F(VaultTest, AFileThatIsNoVaultIsSaidToBeNone)
{
    for (const QByteArray &foreign : {QByteArray(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0')),
                                      QByteArray("%PDF-1.7\n"), QByteArray()}) {
        EXPECT_FALSE(looksLikeVault(foreign));
        Result<QByteArray> opened = openWithPassphrase(foreign);
        ASSERT_FALSE(opened);
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("is not a locked Tend file")));
    }
}

TEST_F(VaultTest, AFileFromANewerTendAsksForAnUpdate)
{
    QByteArray file = sealVault(Database, key);
    qToBigEndian<quint16>(VaultHeader::CurrentVersion + 1, file.data() + 8);
    Result<QByteArray> opened = openWithPassphrase(file);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("newer version of Tend")));
}

TEST_F(VaultTest, KeyDerivationDemandsBeyondReasonAreDamageNotWork)
{
    const QByteArray file = sealVault(Database, key);
    const std::vector<std::pair<qsizetype, quint32>> hostile{{12, 0}, {12, 17}, {12, 1'000'000},
                                                            {16, 1024}, {16, 4 * 1024 * 1024}};
    for (const auto &[at, value] : hostile) {
        QByteArray changed = file;
        qToBigEndian<quint32>(value, changed.data() + at);
        Result<QByteArray> opened = openWithPassphrase(changed);
        ASSERT_FALSE(opened) << at << " = " << value;
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("damaged"))) << at << " = " << value;
    }
}

TEST_F(VaultTest, TheHeaderReadsBackAsWritten)
{
    VaultHeader header;
    header.derivation = {7, 65536};
    header.salt = QByteArray(VaultHeader::SaltSize, 's');
    header.keyCheck = QByteArray(VaultHeader::KeyCheckSize, 'k');
    header.nonce = QByteArray(VaultHeader::NonceSize, 'n');
    const QByteArray file = encodeVaultHeader(header) + QByteArray(VaultHeader::TagSize, '\0');
    Result<VaultHeader> read = parseVaultHeader(file, Path);
    ASSERT_TRUE(succeeded(read));
    EXPECT_EQ(read->version, VaultHeader::CurrentVersion);
    EXPECT_EQ(read->derivation, header.derivation);
    EXPECT_EQ(read->salt, header.salt);
    EXPECT_EQ(read->keyCheck, header.keyCheck);
    EXPECT_EQ(read->nonce, header.nonce);
}

TEST_F(VaultTest, TheKeyDependsOnPassphraseAndSaltOnly)
{
    const QByteArray salt = VaultKey::newSalt();
    EXPECT_NE(salt, VaultKey::newSalt());
    Result<VaultKey> first = VaultKey::derive(passphrase("tea"), salt, KeyDerivation::fastForTests());
    Result<VaultKey> again = VaultKey::derive(passphrase("tea"), salt, KeyDerivation::fastForTests());
    Result<VaultKey> otherSalt = VaultKey::derive(passphrase("tea"), VaultKey::newSalt(), KeyDerivation::fastForTests());
    Result<VaultKey> otherWords = VaultKey::derive(passphrase("tee"), salt, KeyDerivation::fastForTests());
    ASSERT_TRUE(first && again && otherSalt && otherWords);
    EXPECT_TRUE(first->bytes().equals(again->bytes()));
    EXPECT_FALSE(first->bytes().equals(otherSalt->bytes()));
    EXPECT_FALSE(first->bytes().equals(otherWords->bytes()));
    EXPECT_EQ(first->keyCheck(), again->keyCheck());
    EXPECT_NE(first->keyCheck(), otherWords->keyCheck());
}

TEST(SecureBytes, CopiesComparesAndWipes)
{
    ASSERT_TRUE(succeeded(initialiseSodium()));
    SecureBytes secret = SecureBytes::copyOf("blanket");
    ASSERT_FALSE(secret.isNull());
    EXPECT_EQ(secret.view(), QByteArrayView("blanket"));
    EXPECT_TRUE(secret.equals(SecureBytes::copyOf("blanket")));
    EXPECT_FALSE(secret.equals(SecureBytes::copyOf("blankets")));
    EXPECT_FALSE(secret.equals(SecureBytes::copyOf("Blanket")));

    SecureBytes moved = std::move(secret);
    EXPECT_TRUE(secret.isNull()); // NOLINT(bugprone-use-after-move): moved-from is null by contract
    EXPECT_EQ(moved.size(), 7u);
    moved.wipe();
    EXPECT_TRUE(moved.isNull());
    EXPECT_EQ(moved.size(), 0u);
}

} // namespace
} // namespace tend
