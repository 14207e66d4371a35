#include "databasefixture.h"

#include "storage/checkinrepository.h"
#include "storage/databasefile.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

class DatabaseFile : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        path = folder.filePath(u"tend.sqlite"_s);
    }

    // Tend must refuse the file with a message that mentions `words`, and leave it and its
    // folder exactly as they were.
    void expectRefusedAndUntouched(const QStringList &words)
    {
        const QByteArray before = test::sha256Of(path);
        const QStringList entriesBefore = test::entriesOf(folder.path());
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        EXPECT_TRUE(refusedMentioning(opened, words));
        EXPECT_TRUE(opened.error().message.contains(path)) << "the message should name the file";
        EXPECT_EQ(test::sha256Of(path), before) << "the file was changed";
        EXPECT_EQ(test::entriesOf(folder.path()), entriesBefore) << "files were left next to it";
    }

    // A Tend database with some rows, closed, so that all of it is in the main file.
    QByteArray tendDatabaseBytes()
    {
        {
            Result<std::unique_ptr<Database>> opened = Database::open(path);
            EXPECT_TRUE(succeeded(opened));
            if (!opened)
                return {};
            ManualClock clock(QDateTime(QDate(2026, 2, 1), QTime(9, 0), QTimeZone::utc()));
            Partner partner;
            partner.name = u"Kim"_s;
            partner.colour = u"#445566"_s;
            EXPECT_TRUE(succeeded(PartnerRepository(*opened.value(), clock).save(partner)));
        }
        const QByteArray bytes = test::readAll(path);
        EXPECT_TRUE(QFile::remove(path));
        EXPECT_EQ(test::entriesOf(folder.path()), QStringList());
        return bytes;
    }

    QTemporaryDir folder;
    QString path;
};

TEST_F(DatabaseFile, ANewDatabaseIsReadableByItsOwnerOnly)
{
    for (mode_t mask : {mode_t(022), mode_t(0)}) {
        SCOPED_TRACE(mask);
        QFile::remove(path);
        test::UmaskGuard umask(mask);
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        ASSERT_TRUE(succeeded(opened));
        // Force a write so SQLite creates its WAL and shared-memory files too.
        ASSERT_TRUE(QSqlQuery(opened.value()->connection()).exec(u"CREATE TABLE written (x)"_s));
        EXPECT_EQ(test::permissionBits(path), 0600);
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
            if (QFile::exists(path + suffix)) {
                EXPECT_EQ(test::permissionBits(path + suffix), 0600) << suffix.toStdString();
            }
        }
    }
}

TEST_F(DatabaseFile, CreatePrivateFileIsExactly0600AndNeverOverwrites)
{
    test::UmaskGuard umask(0);
    ASSERT_TRUE(succeeded(createPrivateFile(path)));
    EXPECT_EQ(test::permissionBits(path), 0600);
    EXPECT_EQ(QFileInfo(path).size(), 0);

    ASSERT_TRUE(test::writeFile(path, "keep me"));
    EXPECT_TRUE(refusedMentioning(createPrivateFile(path), {path}));
    EXPECT_EQ(test::readAll(path), QByteArray("keep me"));
}

TEST_F(DatabaseFile, AnEmptyFileIsAcceptedAsANewDatabase)
{
    ASSERT_TRUE(test::writeFile(path, {}));
    ASSERT_EQ(inspectDatabaseFile(path).value(), FileState::Empty);
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    ASSERT_TRUE(succeeded(opened));
    EXPECT_EQ(opened.value()->schemaVersion(), latestVersion(builtInMigrations()));
}

TEST_F(DatabaseFile, AnEmptyFileOthersCouldReadIsMadePrivateBeforeUse)
{
    ASSERT_TRUE(test::writeFile(path, {}));
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                | QFileDevice::ReadOther));
    ASSERT_TRUE(succeeded(Database::open(path)));
    EXPECT_EQ(test::permissionBits(path), 0600);
}

TEST_F(DatabaseFile, AMissingFileIsCreated)
{
    ASSERT_EQ(inspectDatabaseFile(path).value(), FileState::Missing);
    ASSERT_TRUE(succeeded(Database::open(path)));
    EXPECT_TRUE(QFile::exists(path));
}

TEST_F(DatabaseFile, AFileInAMissingFolderIsRefused)
{
    const QString inMissingFolder = folder.filePath(u"no/such/folder/tend.sqlite"_s);
    EXPECT_TRUE(refusedMentioning(Database::open(inMissingFolder), {inMissingFolder}));
    EXPECT_FALSE(QFile::exists(inMissingFolder));
}

TEST_F(DatabaseFile, AFolderIsRefused)
{
    ASSERT_TRUE(QDir(folder.path()).mkdir(u"tend.sqlite"_s));
    EXPECT_TRUE(refusedMentioning(Database::open(path), {u"not a regular file"_s}));
    EXPECT_TRUE(QFileInfo(path).isDir());
}

TEST_F(DatabaseFile, RandomBytesAreRefusedAndLeftUntouched)
{
    QByteArray bytes(8192, Qt::Uninitialized);
    QRandomGenerator generator(20260314);
    for (char &byte : bytes)
        byte = static_cast<char>(generator.bounded(256));
    ASSERT_TRUE(test::writeFile(path, bytes));
    expectRefusedAndUntouched({u"not a Tend database"_s, u"untouched"_s});
}

TEST_F(DatabaseFile, ATextFileIsRefusedAndLeftUntouched)
{
    ASSERT_TRUE(test::writeFile(path, "Our shopping list:\n- tea\n- blankets\n"));
    expectRefusedAndUntouched({u"not a Tend database"_s});
}

TEST_F(DatabaseFile, RandomBytesAfterAnSqliteMagicAreRefused)
{
    QByteArray bytes("SQLite format 3", 16);
    QRandomGenerator generator(7);
    while (bytes.size() < 4096)
        bytes.append(static_cast<char>(generator.bounded(256)));
    ASSERT_TRUE(test::writeFile(path, bytes));
    expectRefusedAndUntouched({u"not a Tend database"_s});
}

TEST_F(DatabaseFile, ATruncatedTendDatabaseIsRefusedAndLeftUntouched)
{
    const QByteArray whole = tendDatabaseBytes();
    ASSERT_GT(whole.size(), 4 * 4096) << "expected a database of several pages";
    const int pageSize = 4096;
    for (qsizetype size : {qsizetype(10), qsizetype(50), qsizetype(99), qsizetype(100), qsizetype(1000),
                           qsizetype(pageSize), whole.size() / 2, whole.size() - pageSize, whole.size() - 1}) {
        SCOPED_TRACE("truncated to " + std::to_string(size) + " of " + std::to_string(whole.size()) + " bytes");
        ASSERT_TRUE(test::writeFile(path, whole.left(size)));
        expectRefusedAndUntouched({u"not a Tend database"_s, u"untouched"_s});
    }
}

TEST_F(DatabaseFile, ADamagedTendDatabaseIsRefusedAndLeftUntouched)
{
    QByteArray damaged = tendDatabaseBytes();
    ASSERT_GT(damaged.size(), 2 * 4096);
    // Overwrite everything after the first page (the schema's page included) with a pattern.
    for (qsizetype i = 4096; i < damaged.size(); ++i)
        damaged[i] = static_cast<char>(0xA5);
    ASSERT_TRUE(test::writeFile(path, damaged));
    expectRefusedAndUntouched({u"damaged"_s, u"untouched"_s});
}

TEST_F(DatabaseFile, AnotherApplicationsDatabaseIsRefusedAndLeftUntouched)
{
    test::runOnPlainConnection(path, {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s,
                                      u"INSERT INTO notes (text) VALUES ('not Tend''s')"_s});
    ASSERT_EQ(test::entriesOf(folder.path()), QStringList({u"tend.sqlite"_s}));
    expectRefusedAndUntouched({u"another application"_s, u"untouched"_s});
}

TEST_F(DatabaseFile, AnotherApplicationsEmptyTableIsEnoughToRefuse)
{
    test::runOnPlainConnection(path, {u"CREATE TABLE settings (key TEXT)"_s});
    expectRefusedAndUntouched({u"another application"_s});
}

TEST_F(DatabaseFile, ADatabaseWithAnotherApplicationIdIsRefusedAndLeftUntouched)
{
    test::runOnPlainConnection(path, {u"PRAGMA application_id = 305419896"_s,
                                      u"CREATE TABLE partners (id TEXT PRIMARY KEY)"_s});
    ASSERT_EQ(test::readOnPlainConnection(path, u"PRAGMA application_id"_s).toInt(), 305419896);
    expectRefusedAndUntouched({u"another application"_s, u"untouched"_s});
}

TEST_F(DatabaseFile, AnotherApplicationIdIsRefusedEvenWithoutTables)
{
    test::runOnPlainConnection(path, {u"PRAGMA application_id = 1"_s});
    ASSERT_GT(QFileInfo(path).size(), 0);
    expectRefusedAndUntouched({u"another application"_s});
}

TEST_F(DatabaseFile, InspectionTellsMissingEmptyAndSqliteApart)
{
    EXPECT_EQ(inspectDatabaseFile(path).value(), FileState::Missing);
    ASSERT_TRUE(test::writeFile(path, {}));
    EXPECT_EQ(inspectDatabaseFile(path).value(), FileState::Empty);
    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(succeeded(Database::open(path)));
    EXPECT_EQ(inspectDatabaseFile(path).value(), FileState::LooksLikeSqlite);
}

} // namespace
} // namespace tend

namespace tend {
namespace {

using namespace Qt::StringLiterals;

// Damage deep inside a large table is not seen by open()'s quick probe; checkIntegrity() finds
// it, says so plainly, and changes nothing.
TEST(DatabaseIntegrity, DamageDeepInATableIsReportedWithoutChangingTheFile)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(u"tend.sqlite"_s);
    {
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        ASSERT_TRUE(succeeded(opened));
        ASSERT_TRUE(succeeded(opened.value()->checkIntegrity()));
        ManualClock clock(QDateTime(QDate(2026, 2, 1), QTime(9, 0), QTimeZone::utc()));
        Partner partner;
        partner.name = u"Kim"_s;
        partner.colour = u"#445566"_s;
        ASSERT_TRUE(succeeded(PartnerRepository(*opened.value(), clock).save(partner)));
        QList<CheckIn> many;
        for (int i = 0; i < 3000; ++i) {
            CheckIn checkIn;
            checkIn.partnerId = partner.id;
            checkIn.atUtc = clock.nowUtc().addSecs(i * 3600);
            checkIn.localDay = checkIn.atUtc.date();
            checkIn.note = u"A quiet evening together, number %1."_s.arg(i);
            many.append(checkIn);
        }
        ASSERT_TRUE(succeeded(CheckInRepository(*opened.value(), clock).addAll(many)));
    }
    QByteArray bytes = test::readAll(path);
    const qsizetype pageSize = 4096;
    ASSERT_GT(bytes.size(), 40 * pageSize);
    // A page in the middle of the check-ins: not a root, not on the leftmost path.
    const qsizetype middle = (bytes.size() / pageSize / 2) * pageSize;
    for (qsizetype i = middle; i < middle + pageSize; ++i)
        bytes[i] = static_cast<char>(0x5A);
    ASSERT_TRUE(test::writeFile(path, bytes));

    Result<std::unique_ptr<Database>> opened = Database::open(path);
    ASSERT_TRUE(succeeded(opened)) << "the quick probe at open should not read every page";
    const QByteArray before = test::sha256Of(path);
    const Status integrity = opened.value()->checkIntegrity();
    EXPECT_TRUE(refusedMentioning(integrity, {u"damage"_s, path, u"Nothing has been changed"_s}));
    EXPECT_EQ(test::sha256Of(path), before);
}

} // namespace
} // namespace tend
