// Opting out of encryption and back in: every row comes through, only the expected private
// files are left, and whatever goes wrong leaves the data in use as it was.

#include "sealedfolderfixture.h"

#include "storage/dataconversion.h"
#include "storage/sealedfile.h"

#include <QDir>

namespace tend {
namespace {

using namespace Qt::StringLiterals;
using test::secret;

class DataConversionTest : public test::SealedFolderFixture
{
protected:
    // A sealed database with a history, the last check-in still in the journal.
    std::unique_ptr<Database> createWithHistory()
    {
        std::unique_ptr<Database> database = createSealed();
        if (database)
            fillWithHistory(*database);
        return database;
    }

    // `database` still saves, and once closed, opening the data folder's file of its kind again
    // reads back what it held.
    void expectSavingGoesOn(std::unique_ptr<Database> &database)
    {
        const bool sealed = database->isSealed();
        ASSERT_TRUE(succeeded(addCheckIn(*database, u"still saving"_s)));
        const test::Contents saved = contentsOf(*database);
        database.reset();
        database = sealed ? openSealed() : openPlain();
        ASSERT_TRUE(database);
        EXPECT_EQ(contentsOf(*database), saved);
    }
};

TEST_F(DataConversionTest, OptingOutAndBackInKeepsEveryRow)
{
    std::unique_ptr<Database> database = createWithHistory();
    ASSERT_TRUE(database);
    const test::Contents before = contentsOf(*database);
    ASSERT_GT(before.checkIns.size(), 50);
    ASSERT_FALSE(before.needs.isEmpty());
    ASSERT_FALSE(before.preferences.isEmpty());

    ASSERT_TRUE(succeeded(convertToPlain(database, folder.path())));
    EXPECT_FALSE(database->isSealed());
    EXPECT_EQ(database->filePath(), plainPath());
    EXPECT_EQ(contentsOf(*database), before);
    EXPECT_EQ(entriesWithModes(),
              (QStringList{u"tend.sqlite 600"_s, u"tend.sqlite-shm 600"_s, u"tend.sqlite-wal 600"_s}));
    EXPECT_TRUE(test::readAll(plainPath()).contains(Canary)) << "plain, as asked";

    ASSERT_TRUE(succeeded(convertToSealed(database, folder.path(), secret(NewPassphrase), KeyDerivation::fastForTests())));
    EXPECT_TRUE(database->isSealed());
    EXPECT_EQ(database->filePath(), vaultPath());
    EXPECT_EQ(contentsOf(*database), before);
    EXPECT_EQ(entriesWithModes(), QStringList{u"tend.vault 600"_s});
    EXPECT_FALSE(test::readAll(vaultPath()).contains(Canary));
    database.reset();

    std::unique_ptr<Database> reopened = openSealed(NewPassphrase);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(contentsOf(*reopened), before);
}

TEST_F(DataConversionTest, SavesGoOnInTheNewFileAndTheOldOneNeverComesBack)
{
    std::unique_ptr<Database> database = createWithHistory();
    ASSERT_TRUE(database);
    ASSERT_TRUE(QFile::exists(SealedFile::journalPath(vaultPath()))) << "the old database has a journal to fold";
    ASSERT_TRUE(succeeded(convertToPlain(database, folder.path())));
    expectSavingGoesOn(database);
    database.reset();
    EXPECT_EQ(test::entriesOf(folder.path()), QStringList{u"tend.sqlite"_s});
}

TEST_F(DataConversionTest, APlainCopyIsPrivateWholeAndNeverReplacesAFile)
{
    std::unique_ptr<Database> database = createWithHistory();
    ASSERT_TRUE(database);
    const QString copy = folder.filePath(u"copy.sqlite"_s);
    {
        test::UmaskGuard umask(0);
        ASSERT_TRUE(succeeded(database->savePlainCopy(copy)));
    }
    EXPECT_EQ(test::permissionBits(copy), 0600);
    EXPECT_EQ(test::readOnPlainConnection(copy, u"PRAGMA quick_check"_s).toString(), u"ok"_s);
    EXPECT_EQ(test::readOnPlainConnection(copy, u"SELECT count(*) FROM check_ins"_s).toInt(),
              contentsOf(*database).checkIns.size());

    ASSERT_TRUE(test::writeFile(copy, "keep me"));
    EXPECT_TRUE(refusedMentioning(database->savePlainCopy(copy), {u"will not replace"_s}));
    EXPECT_EQ(test::readAll(copy), QByteArray("keep me"));
    EXPECT_EQ(test::entriesOf(folder.path()), (QStringList{u"copy.sqlite"_s, u"tend.vault"_s, u"tend.vault-journal"_s}));

    database->lock();
    EXPECT_TRUE(refusedMentioning(database->savePlainCopy(folder.filePath(u"while locked.sqlite"_s)), {u"locked"_s}));
    EXPECT_FALSE(QFile::exists(folder.filePath(u"while locked.sqlite"_s)));
}

TEST_F(DataConversionTest, AFileInTheWayIsLeftAloneAndTheDataStaysAsItWas)
{
    std::unique_ptr<Database> database = createWithHistory();
    ASSERT_TRUE(database);
    const test::Contents before = contentsOf(*database);
    const QByteArray vault = test::readAll(vaultPath());
    for (const QString &inTheWay : QStringList{plainPath(), plainPath() + u"-wal"_s}) {
        ASSERT_TRUE(test::writeFile(inTheWay, "someone else's"));
        EXPECT_TRUE(refusedMentioning(convertToPlain(database, folder.path()),
                                      {u"in the way"_s, inTheWay, u"as it was, still encrypted"_s}));
        EXPECT_TRUE(database->isSealed());
        EXPECT_EQ(test::readAll(inTheWay), QByteArray("someone else's"));
        EXPECT_EQ(test::readAll(vaultPath()), vault);
        ASSERT_TRUE(QFile::remove(inTheWay));
    }
    EXPECT_EQ(test::entriesOf(folder.path()), (QStringList{u"tend.vault"_s, u"tend.vault-journal"_s}));
    EXPECT_EQ(contentsOf(*database), before);
    expectSavingGoesOn(database);
}

// A folder in the way of SQLite's shared-memory file: the copy is written, but it cannot be
// opened, so it is removed again and the sealed data stays in use.
TEST_F(DataConversionTest, ACopyThatCannotBeOpenedIsRemovedAndTheSealedDataStays)
{
    std::unique_ptr<Database> database = createWithHistory();
    ASSERT_TRUE(database);
    const QByteArray vault = test::readAll(vaultPath());
    ASSERT_TRUE(QDir().mkdir(plainPath() + u"-shm"_s)); // nothing can be written there, not even by root

    Status refused = convertToPlain(database, folder.path());
    EXPECT_TRUE(refusedMentioning(refused, {u"as it was, still encrypted"_s}));
    EXPECT_FALSE(QFile::exists(plainPath()));
    EXPECT_FALSE(QFile::exists(plainPath() + u"-wal"_s));
    EXPECT_TRUE(database->isSealed());
    EXPECT_EQ(test::readAll(vaultPath()), vault);
    ASSERT_TRUE(QDir().rmdir(plainPath() + u"-shm"_s));
    EXPECT_EQ(test::entriesOf(folder.path()), (QStringList{u"tend.vault"_s, u"tend.vault-journal"_s}));
    expectSavingGoesOn(database);
}

// A folder in the way of the new vault's journal: the vault is written but does not open, so it
// is removed again and the plain data stays in use.
TEST_F(DataConversionTest, AVaultThatCannotBeOpenedIsRemovedAndThePlainDataStays)
{
    std::unique_ptr<Database> database = openPlain();
    ASSERT_TRUE(database);
    fillWithHistory(*database);
    const test::Contents before = contentsOf(*database);
    const QString journal = SealedFile::journalPath(vaultPath());
    ASSERT_TRUE(QDir().mkdir(journal));

    Status refused = convertToSealed(database, folder.path(), secret(NewPassphrase), KeyDerivation::fastForTests());
    EXPECT_TRUE(refusedMentioning(refused, {u"as it was, not encrypted"_s}));
    EXPECT_FALSE(QFile::exists(vaultPath()));
    EXPECT_FALSE(database->isSealed());
    ASSERT_TRUE(QDir().rmdir(journal));
    EXPECT_EQ(test::entriesOf(folder.path()),
              (QStringList{u"tend.sqlite"_s, u"tend.sqlite-shm"_s, u"tend.sqlite-wal"_s}));
    EXPECT_EQ(contentsOf(*database), before);
    expectSavingGoesOn(database);
}

TEST_F(DataConversionTest, ALockedOrAlreadyConvertedDatabaseIsRefused)
{
    std::unique_ptr<Database> database = createWithHistory();
    ASSERT_TRUE(database);
    EXPECT_TRUE(refusedMentioning(
        convertToSealed(database, folder.path(), secret(NewPassphrase), KeyDerivation::fastForTests()),
        {u"encrypted already"_s}));
    database->lock();
    EXPECT_TRUE(refusedMentioning(convertToPlain(database, folder.path()), {u"locked"_s}));
    EXPECT_TRUE(database->isSealed());
    EXPECT_EQ(test::entriesOf(folder.path()), (QStringList{u"tend.vault"_s, u"tend.vault-journal"_s}));
}

} // namespace
} // namespace tend
