// The sealed database through Database and the repositories: what is saved is in the file and
// only there, sealed; whatever is wrong with a passphrase or a file, the file stays as it was.

#include "databasefixture.h"

#include "crypto/securebytes.h"
#include "crypto/vaultformat.h"
#include "storage/checkinrepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

const char *const Passphrase = "blanket fort on a rainy sunday";
const QByteArray Canary = "canary-7f3a9c tea and a long hug";

SecureBytes secret(const char *text)
{
    return SecureBytes::copyOf(QByteArrayView(text));
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void overwrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

class SealedDatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        path = folder.filePath(u"tend.vault"_s);
    }

    std::unique_ptr<Database> create()
    {
        Result<std::unique_ptr<Database>> created =
            Database::createSealed(path, secret(Passphrase), KeyDerivation::fastForTests());
        EXPECT_TRUE(succeeded(created));
        return created ? std::move(created).value() : nullptr;
    }

    std::unique_ptr<Database> reopen(const char *passphrase = Passphrase)
    {
        Result<std::unique_ptr<Database>> opened = Database::openSealed(path, secret(passphrase));
        EXPECT_TRUE(succeeded(opened));
        return opened ? std::move(opened).value() : nullptr;
    }

    // A sealed database with one check-in in it, closed again: its file's bytes.
    QByteArray sealedWithOneCheckIn()
    {
        std::unique_ptr<Database> database = create();
        if (!database)
            return {};
        saveCheckIn(*database);
        database.reset();
        return contentsOf(path);
    }

    // Sam with one check-in whose note is the canary.
    void saveCheckIn(Database &database)
    {
        PartnerRepository partners(database, clock);
        Partner sam;
        sam.seat = 1;
        sam.name = u"Sam"_s;
        sam.colour = u"#336699"_s;
        ASSERT_TRUE(succeeded(partners.save(sam)));
        CheckIn checkIn;
        checkIn.partnerId = sam.id;
        checkIn.atUtc = clock.nowUtc().addSecs(-60);
        checkIn.localDay = checkIn.atUtc.date();
        checkIn.mood = 4;
        checkIn.stress = 2;
        checkIn.closeness = 5;
        checkIn.note = QString::fromUtf8(Canary);
        ASSERT_TRUE(succeeded(CheckInRepository(database, clock).add(checkIn)));
    }

    QTemporaryDir folder;
    QString path;
    ManualClock clock{QDateTime(QDate(2026, 3, 14), QTime(20, 15), QTimeZone::utc())};
};

TEST_F(SealedDatabaseTest, WhatIsSavedIsInTheSealedFileAndOpensAgain)
{
    std::unique_ptr<Database> database = create();
    ASSERT_TRUE(database);
    EXPECT_TRUE(database->isSealed());
    saveCheckIn(*database);
    database.reset();

    const QByteArray file = contentsOf(path);
    EXPECT_TRUE(looksLikeVault(file));
    EXPECT_FALSE(file.contains(Canary));
    EXPECT_FALSE(file.contains("SQLite format 3"));
    EXPECT_EQ(test::permissionBits(path), 0600);

    database = reopen();
    ASSERT_TRUE(database);
    Result<QList<CheckIn>> all = CheckInRepository(*database, clock).all();
    ASSERT_TRUE(succeeded(all));
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().note.toUtf8(), Canary);
}

TEST_F(SealedDatabaseTest, NothingButTheSealedFileIsLeftInTheFolder)
{
    ASSERT_FALSE(sealedWithOneCheckIn().isEmpty());
    const QStringList entries = QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    EXPECT_EQ(entries, QStringList{u"tend.vault"_s});
}

TEST_F(SealedDatabaseTest, TheFileIsPrivateWhateverTheUmask)
{
    for (mode_t mask : {mode_t(022), mode_t(0)}) {
        test::UmaskGuard umask(mask);
        QFile::remove(path);
        std::unique_ptr<Database> database = create();
        ASSERT_TRUE(database);
        EXPECT_EQ(test::permissionBits(path), 0600) << "umask " << mask << ", created";
        saveCheckIn(*database); // replaces the file
        EXPECT_EQ(test::permissionBits(path), 0600) << "umask " << mask << ", saved";
    }
}

TEST_F(SealedDatabaseTest, AHundredWrongPassphrasesChangeNothingAndTheRightOneStillOpens)
{
    const QByteArray before = sealedWithOneCheckIn();
    ASSERT_FALSE(before.isEmpty());
    const QDateTime modifiedBefore = QFileInfo(path).lastModified();

    for (int attempt = 0; attempt < 100; ++attempt) {
        const QByteArray wrong = QByteArray(QByteArray(Passphrase) + QByteArray::number(attempt));
        Result<std::unique_ptr<Database>> opened = Database::openSealed(path, SecureBytes::copyOf(wrong));
        ASSERT_FALSE(opened) << "attempt " << attempt;
        EXPECT_TRUE(opened.error().message.contains(u"passphrase does not open"_s)) << attempt;
    }
    EXPECT_EQ(contentsOf(path), before);
    EXPECT_EQ(QFileInfo(path).lastModified(), modifiedBefore);
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
    EXPECT_TRUE(reopen());
}

TEST_F(SealedDatabaseTest, AChangedOrCutFileIsRefusedAndLeftAsItWas)
{
    const QByteArray original = sealedWithOneCheckIn();
    ASSERT_FALSE(original.isEmpty());

    const QList<qsizetype> places{0, 9, 30, 40, 60, VaultHeader::Size, original.size() / 2, original.size() - 1};
    for (qsizetype at : places) {
        QByteArray changed = original;
        changed[at] = char(changed[at] ^ 0x5A);
        overwrite(path, changed);
        Result<std::unique_ptr<Database>> opened = Database::openSealed(path, secret(Passphrase));
        ASSERT_FALSE(opened) << "byte " << at;
        EXPECT_FALSE(opened.error().message.isEmpty());
        EXPECT_EQ(contentsOf(path), changed) << at;
    }
    for (qsizetype length : {qsizetype(0), qsizetype(5), VaultHeader::Size, original.size() - 17, original.size() - 1}) {
        overwrite(path, original.first(length));
        Result<std::unique_ptr<Database>> opened = Database::openSealed(path, secret(Passphrase));
        ASSERT_FALSE(opened) << "cut to " << length;
        EXPECT_EQ(contentsOf(path), original.first(length)) << length;
    }
}

TEST_F(SealedDatabaseTest, APlainSqliteFileIsNotTakenForASealedOne)
{
    const QString plainPath = folder.filePath(u"plain.sqlite"_s);
    {
        Result<std::unique_ptr<Database>> plain = Database::open(plainPath);
        ASSERT_TRUE(succeeded(plain));
    }
    const QByteArray before = contentsOf(plainPath);
    Result<std::unique_ptr<Database>> opened = Database::openSealed(plainPath, secret(Passphrase));
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message.contains(u"not a locked Tend file"_s));
    EXPECT_EQ(contentsOf(plainPath), before);
}

TEST_F(SealedDatabaseTest, CreatingNeverReplacesAFile)
{
    overwrite(path, QByteArray("keep me"));
    Result<std::unique_ptr<Database>> created =
        Database::createSealed(path, secret(Passphrase), KeyDerivation::fastForTests());
    ASSERT_FALSE(created);
    EXPECT_EQ(contentsOf(path), QByteArray("keep me"));
}

} // namespace
} // namespace tend
