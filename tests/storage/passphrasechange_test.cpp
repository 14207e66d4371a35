// Changing the passphrase of a sealed database: the new one opens everything, the old one
// nothing; a wrong current passphrase changes no byte; a journal of the old key that outlives a
// crash is never read.

#include "sealedfolderfixture.h"

#include "storage/sealedfile.h"

#include <QDir>

namespace tend {
namespace {

using namespace Qt::StringLiterals;
using test::saltOf;
using test::secret;

class PassphraseChangeTest : public test::SealedFolderFixture
{
protected:
    QString journalPath() const { return SealedFile::journalPath(vaultPath()); }

    // A sealed database with a history, and a check-in saved after it to the journal.
    std::unique_ptr<Database> createWithJournal()
    {
        std::unique_ptr<Database> database = createSealed();
        if (!database)
            return nullptr;
        fillWithHistory(*database);
        EXPECT_TRUE(succeeded(addCheckIn(*database, u"in the journal"_s)));
        EXPECT_TRUE(QFile::exists(journalPath()));
        return database;
    }

    void expectRefused(const char *passphrase)
    {
        Result<std::unique_ptr<Database>> opened = Database::openSealed(vaultPath(), secret(passphrase));
        EXPECT_TRUE(refusedMentioning(opened, {u"passphrase does not open"_s})) << passphrase;
    }
};

TEST_F(PassphraseChangeTest, TheNewPassphraseOpensEverythingAndTheOldOneNoLonger)
{
    std::unique_ptr<Database> database = createWithJournal();
    ASSERT_TRUE(database);
    const test::Contents before = contentsOf(*database);
    const QByteArray saltBefore = saltOf(test::readAll(vaultPath()));

    ASSERT_TRUE(succeeded(database->changePassphrase(secret(Passphrase), secret(NewPassphrase),
                                                     KeyDerivation::fastForTests())));
    EXPECT_FALSE(QFile::exists(journalPath())) << "the journal is folded into the new snapshot";
    EXPECT_NE(saltOf(test::readAll(vaultPath())), saltBefore) << "a new passphrase gets a new salt";
    EXPECT_EQ(test::permissionBits(vaultPath()), 0600);
    EXPECT_EQ(contentsOf(*database), before);
    database.reset();

    expectRefused(Passphrase);
    std::unique_ptr<Database> reopened = openSealed(NewPassphrase);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(contentsOf(*reopened), before);
    EXPECT_EQ(test::entriesOf(folder.path()), QStringList{u"tend.vault"_s});
}

TEST_F(PassphraseChangeTest, SavingGoesOnUnderTheNewKeyAndLockingAsksForTheNewPassphrase)
{
    std::unique_ptr<Database> database = createWithJournal();
    ASSERT_TRUE(database);
    ASSERT_TRUE(succeeded(database->changePassphrase(secret(Passphrase), secret(NewPassphrase),
                                                     KeyDerivation::fastForTests())));
    ASSERT_TRUE(succeeded(addCheckIn(*database, u"after the change"_s)));

    database->lock();
    EXPECT_FALSE(database->unlock(secret(Passphrase)));
    ASSERT_TRUE(succeeded(database->unlock(secret(NewPassphrase))));
    ASSERT_TRUE(succeeded(addCheckIn(*database, u"after unlocking"_s)));
    const test::Contents saved = contentsOf(*database);
    database.release(); // NOLINT: as if killed, so the saves since the change are read from the journal

    std::unique_ptr<Database> reopened = openSealed(NewPassphrase);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(contentsOf(*reopened), saved);
}

TEST_F(PassphraseChangeTest, AWrongCurrentPassphraseChangesNoByte)
{
    std::unique_ptr<Database> database = createWithJournal();
    ASSERT_TRUE(database);
    const QByteArray vault = test::readAll(vaultPath());
    const QByteArray journal = test::readAll(journalPath());
    const QDateTime vaultModified = QFileInfo(vaultPath()).lastModified();
    const QDateTime journalModified = QFileInfo(journalPath()).lastModified();

    for (const char *wrong : {"blanket fort on a rainy monday", "", NewPassphrase}) {
        Status refused = database->changePassphrase(secret(wrong), secret(NewPassphrase), KeyDerivation::fastForTests());
        EXPECT_TRUE(refusedMentioning(refused, {u"passphrase does not open"_s, u"nothing was changed"_s})) << wrong;
    }
    EXPECT_EQ(test::readAll(vaultPath()), vault);
    EXPECT_EQ(test::readAll(journalPath()), journal);
    EXPECT_EQ(QFileInfo(vaultPath()).lastModified(), vaultModified);
    EXPECT_EQ(QFileInfo(journalPath()).lastModified(), journalModified);
    EXPECT_EQ(test::entriesOf(folder.path()), (QStringList{u"tend.vault"_s, u"tend.vault-journal"_s}));

    ASSERT_TRUE(succeeded(addCheckIn(*database, u"still saving"_s)));
    database.reset();
    expectRefused(NewPassphrase);
    EXPECT_TRUE(openSealed(Passphrase));
}

// A crash after the new snapshot was renamed into place and before the old journal was removed
// leaves that journal beside the new vault.
TEST_F(PassphraseChangeTest, AJournalOfTheOldKeyPutBackAfterACrashIsIgnored)
{
    std::unique_ptr<Database> database = createWithJournal();
    ASSERT_TRUE(database);
    const QByteArray oldJournal = test::readAll(journalPath());
    ASSERT_FALSE(oldJournal.isEmpty());
    ASSERT_TRUE(succeeded(database->changePassphrase(secret(Passphrase), secret(NewPassphrase),
                                                     KeyDerivation::fastForTests())));
    const test::Contents changed = contentsOf(*database);
    database.release(); // NOLINT: killed right after the change
    ASSERT_TRUE(test::writeFile(journalPath(), oldJournal));

    std::unique_ptr<Database> reopened = openSealed(NewPassphrase);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(contentsOf(*reopened), changed);
    EXPECT_EQ(test::readAll(journalPath()), oldJournal) << "opening writes nothing";
    ASSERT_TRUE(succeeded(addCheckIn(*reopened, u"after the crash"_s)));
    const test::Contents saved = contentsOf(*reopened);
    reopened.release(); // NOLINT: the new save is in a journal of the new snapshot only

    std::unique_ptr<Database> again = openSealed(NewPassphrase);
    ASSERT_TRUE(again);
    EXPECT_EQ(contentsOf(*again), saved);
    again.reset();
    expectRefused(Passphrase);
}

TEST_F(PassphraseChangeTest, APlainOrLockedDatabaseRefusesAndChangesNothing)
{
    std::unique_ptr<Database> plain = openPlain();
    ASSERT_TRUE(plain);
    EXPECT_TRUE(refusedMentioning(plain->changePassphrase(secret(""), secret(NewPassphrase), KeyDerivation::fastForTests()),
                                  {u"not encrypted"_s}));
    plain.reset();
    ASSERT_TRUE(QFile::remove(plainPath()));

    std::unique_ptr<Database> sealed = createSealed();
    ASSERT_TRUE(sealed);
    const QByteArray vault = test::readAll(vaultPath());
    sealed->lock();
    EXPECT_TRUE(refusedMentioning(
        sealed->changePassphrase(secret(Passphrase), secret(NewPassphrase), KeyDerivation::fastForTests()), {u"locked"_s}));
    EXPECT_EQ(test::readAll(vaultPath()), vault);
}

} // namespace
} // namespace tend
