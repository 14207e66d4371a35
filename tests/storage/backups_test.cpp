// Backups: private files named for when and why they were made, checked before they count,
// rotated, verified without a byte changed, and restored only after the data of now is backed up.

#include "sealedfolderfixture.h"

#include "storage/backupname.h"
#include "storage/backups.h"
#include "storage/dataconversion.h"
#include "storage/sealedfile.h"

#include <QDir>

namespace tend {
namespace {

using namespace Qt::StringLiterals;
using test::saltOf;
using test::secret;

constexpr qsizetype NonceAt = 52; // in the vault header (crypto/vaultformat.h)

QStringList fileNames(const QList<Backup> &backups)
{
    QStringList names;
    for (const Backup &backup : backups)
        names.append(QFileInfo(backup.path).fileName());
    return names;
}

class BackupsTest : public test::SealedFolderFixture
{
protected:
    void SetUp() override
    {
        SealedFolderFixture::SetUp();
        database = createSealed();
        ASSERT_TRUE(database);
        fillWithHistory(*database);
    }

    QList<Backup> listed() const
    {
        Result<QList<Backup>> all = backups.list();
        EXPECT_TRUE(succeeded(all));
        return all ? *all : QList<Backup>();
    }

    Backup backUp(BackupKind kind)
    {
        Result<Backup> made = backups.backUp(*database, kind);
        EXPECT_TRUE(succeeded(made));
        return made ? *made : Backup();
    }

    // The data folder's files, the backups folder left out.
    QStringList dataFiles() const
    {
        QStringList files = test::entriesOf(folder.path());
        files.removeAll(u"backups"_s);
        return files;
    }

    std::unique_ptr<Database> database;
    Backups backups{folder.path(), clock};
};

TEST_F(BackupsTest, NamesSayWhenAndWhatKindAndOthersAreNotBackups)
{
    const QDateTime made(QDate(2026, 11, 27), QTime(14, 23, 10), QTimeZone::utc());
    EXPECT_EQ(backupFileName({made, BackupKind::Daily, true, 1}), u"tend-20261127T142310Z-daily.vault"_s);
    EXPECT_EQ(backupFileName({made, BackupKind::BeforeRestore, false, 1}),
              u"tend-20261127T142310Z-before-restore.sqlite"_s);
    EXPECT_EQ(backupFileName({made.toTimeZone(QTimeZone("Asia/Tokyo")), BackupKind::Manual, true, 3}),
              u"tend-20261127T142310Z-manual-3.vault"_s);
    for (const BackupName &name : {BackupName{made, BackupKind::Manual, false, 1}, BackupName{made, BackupKind::Daily, true, 12}}) {
        const std::optional<BackupName> parsed = parseBackupFileName(backupFileName(name));
        ASSERT_TRUE(parsed);
        EXPECT_EQ(parsed->madeUtc, made);
        EXPECT_EQ(parsed->kind, name.kind);
        EXPECT_EQ(parsed->sealed, name.sealed);
        EXPECT_EQ(parsed->sequence, name.sequence);
    }
    for (const QString &other : {u"tend.vault"_s, u"tend-20261127T142310Z-daily.vault.saving-a1B2c3"_s,
                                 u"tend-20261127T142310Z-weekly.vault"_s, u"tend-20261327T142310Z-daily.vault"_s,
                                 u"tend-20261127T142310Z-daily-1.vault"_s, u"tend-20261127T142310Z-daily.txt"_s}) {
        EXPECT_FALSE(parseBackupFileName(other)) << other.toStdString();
    }
}

TEST_F(BackupsTest, BackupsArePrivateAndListedNewestFirst)
{
    EXPECT_TRUE(listed().isEmpty()) << "no folder yet";
    backUp(BackupKind::Manual);
    clock.advanceSeconds(90);
    backUp(BackupKind::Daily);
    backUp(BackupKind::Manual); // the same second as the daily one
    backUp(BackupKind::Manual);
    ASSERT_TRUE(test::writeFile(QDir(backups.folder()).filePath(u"notes.txt"_s), "not a backup"));
    ASSERT_TRUE(QDir(backups.folder()).mkdir(u"tend-20270101T000000Z-manual.vault"_s));

    const QList<Backup> all = listed();
    EXPECT_EQ(fileNames(all), (QStringList{u"tend-20261127T142441Z-manual-2.vault"_s, u"tend-20261127T142441Z-manual.vault"_s,
                                           u"tend-20261127T142441Z-daily.vault"_s, u"tend-20261127T142311Z-manual.vault"_s}));
    EXPECT_EQ(test::permissionBits(backups.folder()), 0700);
    for (const Backup &backup : all) {
        EXPECT_EQ(test::permissionBits(backup.path), 0600);
        EXPECT_TRUE(backup.sealed);
        EXPECT_EQ(backup.bytes, QFileInfo(backup.path).size());
        EXPECT_GT(backup.bytes, 4096);
        EXPECT_TRUE(succeeded(backups.verify(backup, secret(Passphrase))));
    }
    EXPECT_EQ(all.last().madeUtc, QDateTime(QDate(2026, 11, 27), QTime(14, 23, 11), QTimeZone::utc()));
    EXPECT_EQ(all.last().kind, BackupKind::Manual);
    EXPECT_EQ(dataFiles(), (QStringList{u"tend.vault"_s, u"tend.vault-journal"_s}));
}

TEST_F(BackupsTest, ASealedBackupHoldsNoPlaintextAndTheSameKey)
{
    const Backup backup = backUp(BackupKind::Manual);
    const QByteArray sealed = test::readAll(backup.path);
    ASSERT_TRUE(looksLikeVault(sealed));
    EXPECT_FALSE(sealed.contains(Canary));
    EXPECT_FALSE(sealed.contains("SQLite format 3"));
    const QByteArray vault = test::readAll(vaultPath());
    EXPECT_EQ(sealed.first(NonceAt), vault.first(NonceAt)) << "same salt, settings and key check";
    EXPECT_NE(sealed.mid(NonceAt, VaultHeader::NonceSize), vault.mid(NonceAt, VaultHeader::NonceSize));
    EXPECT_EQ(saltOf(sealed), saltOf(vault));
    EXPECT_TRUE(refusedMentioning(backups.verify(backup, secret(NewPassphrase)), {u"passphrase does not open"_s}));
}

TEST_F(BackupsTest, OneDailyBackupALocalDayAndTheNewestSevenAreKept)
{
    // 23:30 in Brisbane (UTC+10, no summer time) is 13:30 UTC: an hour later it is another day there.
    ManualClock brisbane(QDateTime(QDate(2026, 11, 27), QTime(13, 30), QTimeZone::utc()), QTimeZone("Australia/Brisbane"));
    Backups daily(folder.path(), brisbane);
    const Backup manual = backUp(BackupKind::Manual);

    Result<std::optional<Backup>> first = daily.backUpDailyIfDue(*database);
    ASSERT_TRUE(succeeded(first));
    ASSERT_TRUE(first->has_value());
    EXPECT_EQ((*first)->kind, BackupKind::Daily);
    brisbane.advanceSeconds(20 * 60);
    Result<std::optional<Backup>> sameDay = daily.backUpDailyIfDue(*database);
    ASSERT_TRUE(succeeded(sameDay));
    EXPECT_FALSE(sameDay->has_value());
    brisbane.advanceSeconds(20 * 60); // 00:10 the next day in Brisbane, still the 27th in UTC
    Result<std::optional<Backup>> nextDay = daily.backUpDailyIfDue(*database);
    ASSERT_TRUE(succeeded(nextDay));
    ASSERT_TRUE(nextDay->has_value());
    brisbane.advanceSeconds(20 * 3600 + 50 * 60); // 21:00 that day in Brisbane, the 28th in UTC too
    Result<std::optional<Backup>> laterThatDay = daily.backUpDailyIfDue(*database);
    ASSERT_TRUE(succeeded(laterThatDay));
    EXPECT_FALSE(laterThatDay->has_value());

    QStringList made{QFileInfo((*nextDay)->path).fileName()};
    for (int day = 0; day < 9; ++day) {
        brisbane.advanceDays(1);
        Result<std::optional<Backup>> due = daily.backUpDailyIfDue(*database);
        ASSERT_TRUE(succeeded(due));
        ASSERT_TRUE(due->has_value()) << day;
        made.prepend(QFileInfo((*due)->path).fileName());
    }
    QList<Backup> dailies = listed();
    dailies.removeIf([](const Backup &backup) { return backup.kind != BackupKind::Daily; });
    EXPECT_EQ(fileNames(dailies), made.first(7));
    EXPECT_TRUE(QFile::exists(manual.path)) << "the daily rotation leaves other kinds alone";
}

TEST_F(BackupsTest, TheNewestTenManualBackupsAreKept)
{
    QStringList made;
    for (int i = 0; i < 12; ++i) {
        clock.advanceSeconds(60);
        made.prepend(QFileInfo(backUp(BackupKind::Manual).path).fileName());
    }
    EXPECT_EQ(fileNames(listed()), made.first(10));
}

TEST_F(BackupsTest, AFailedBackupRemovesNothingAndLeavesNothing)
{
    for (int i = 0; i < 10; ++i) {
        clock.advanceSeconds(60);
        backUp(BackupKind::Manual);
    }
    const QStringList before = test::entriesOf(backups.folder());
    database->lock(); // the key is gone: a sealed backup cannot be made
    clock.advanceSeconds(60);
    Result<Backup> failed = backups.backUp(*database, BackupKind::Manual);
    EXPECT_TRUE(refusedMentioning(failed, {u"could not make a backup"_s, u"locked"_s, u"other backups are as they were"_s}));
    EXPECT_EQ(test::entriesOf(backups.folder()), before);
}

TEST_F(BackupsTest, ADamagedBackupFailsVerificationAndIsNeverRestored)
{
    const Backup backup = backUp(BackupKind::Manual);
    ASSERT_TRUE(succeeded(backups.verify(backup, secret(Passphrase))));
    QByteArray bytes = test::readAll(backup.path);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    ASSERT_TRUE(test::writeFile(backup.path, bytes));
    const QDateTime modified = QFileInfo(backup.path).lastModified();

    EXPECT_TRUE(refusedMentioning(backups.verify(backup, secret(Passphrase)), {u"damaged"_s}));
    EXPECT_EQ(test::readAll(backup.path), bytes);
    EXPECT_EQ(QFileInfo(backup.path).lastModified(), modified);

    ASSERT_TRUE(succeeded(addCheckIn(*database, u"after the backup"_s)));
    const test::Contents now = contentsOf(*database);
    const QByteArray vault = test::readAll(vaultPath());
    EXPECT_TRUE(refusedMentioning(backups.restore(database, backup, secret(Passphrase)), {u"damaged"_s, u"as it was"_s}));
    EXPECT_EQ(contentsOf(*database), now);
    EXPECT_EQ(test::readAll(vaultPath()), vault);
    EXPECT_EQ(listed().size(), 1) << "no backup before a restore that never started";
}

TEST_F(BackupsTest, RestoringBringsBackExactlyTheBackupAndKeepsTheDataOfBefore)
{
    const Backup backup = backUp(BackupKind::Manual);
    const test::Contents backedUp = contentsOf(*database);
    ASSERT_TRUE(succeeded(addCheckIn(*database, u"after the backup"_s)));
    const test::Contents later = contentsOf(*database);
    ASSERT_NE(later, backedUp);

    clock.advanceSeconds(60);
    ASSERT_TRUE(succeeded(backups.restore(database, backup, secret(Passphrase))));
    EXPECT_TRUE(database->isSealed());
    EXPECT_EQ(contentsOf(*database), backedUp);
    EXPECT_EQ(dataFiles(), QStringList{u"tend.vault"_s});
    EXPECT_EQ(test::permissionBits(vaultPath()), 0600);

    const QList<Backup> all = listed();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.first().kind, BackupKind::BeforeRestore);
    EXPECT_TRUE(QFile::exists(backup.path));
    database.reset();
    database = openSealed();
    ASSERT_TRUE(database);
    EXPECT_EQ(contentsOf(*database), backedUp);

    ASSERT_TRUE(succeeded(backups.restore(database, all.first(), secret(Passphrase))));
    EXPECT_EQ(contentsOf(*database), later);
}

TEST_F(BackupsTest, RestoringWithAWrongPassphraseChangesNothing)
{
    const Backup backup = backUp(BackupKind::Manual);
    ASSERT_TRUE(succeeded(addCheckIn(*database, u"after the backup"_s)));
    const test::Contents now = contentsOf(*database);
    const QByteArray vault = test::readAll(vaultPath());
    const QByteArray journal = test::readAll(SealedFile::journalPath(vaultPath()));
    const QStringList backupFiles = test::entriesOf(backups.folder());

    EXPECT_TRUE(refusedMentioning(backups.restore(database, backup, secret(NewPassphrase)),
                                  {u"passphrase does not open"_s, u"as it was"_s}));
    EXPECT_EQ(contentsOf(*database), now);
    EXPECT_EQ(test::readAll(vaultPath()), vault);
    EXPECT_EQ(test::readAll(SealedFile::journalPath(vaultPath())), journal);
    EXPECT_EQ(test::entriesOf(backups.folder()), backupFiles);
    ASSERT_TRUE(succeeded(addCheckIn(*database, u"still saving"_s)));
}

TEST_F(BackupsTest, ABackupFromBeforeAPassphraseChangeOpensWithThePassphraseOfThen)
{
    const Backup backup = backUp(BackupKind::Manual);
    const test::Contents backedUp = contentsOf(*database);
    ASSERT_TRUE(succeeded(
        database->changePassphrase(secret(Passphrase), secret(NewPassphrase), KeyDerivation::fastForTests())));
    EXPECT_TRUE(refusedMentioning(backups.verify(backup, secret(NewPassphrase)), {u"passphrase does not open"_s}));
    ASSERT_TRUE(succeeded(backups.verify(backup, secret(Passphrase))));

    clock.advanceSeconds(60);
    const Backup newer = backUp(BackupKind::Manual);
    EXPECT_TRUE(succeeded(backups.verify(newer, secret(NewPassphrase))));

    ASSERT_TRUE(succeeded(backups.restore(database, backup, secret(Passphrase))));
    EXPECT_EQ(contentsOf(*database), backedUp);
    database.reset();
    EXPECT_TRUE(openSealed(Passphrase)) << "the restored data opens with the passphrase of the backup";
}

TEST_F(BackupsTest, APlainDatabaseIsBackedUpPlainAndVerifiedWithoutAByteChanged)
{
    ASSERT_TRUE(succeeded(convertToPlain(database, folder.path())));
    const Backup backup = backUp(BackupKind::Manual);
    const test::Contents backedUp = contentsOf(*database);
    EXPECT_FALSE(backup.sealed);
    EXPECT_TRUE(backup.path.endsWith(u"-manual.sqlite"_s));
    EXPECT_EQ(test::permissionBits(backup.path), 0600);
    const QByteArray bytes = test::readAll(backup.path);
    const QDateTime modified = QFileInfo(backup.path).lastModified();

    ASSERT_TRUE(succeeded(backups.verify(backup, SecureBytes())));
    EXPECT_EQ(test::readAll(backup.path), bytes);
    EXPECT_EQ(QFileInfo(backup.path).lastModified(), modified);
    EXPECT_EQ(test::entriesOf(backups.folder()), QStringList{QFileInfo(backup.path).fileName()});

    ASSERT_TRUE(succeeded(addCheckIn(*database, u"after the backup"_s)));
    ASSERT_TRUE(succeeded(backups.restore(database, backup, SecureBytes())));
    EXPECT_FALSE(database->isSealed());
    EXPECT_EQ(contentsOf(*database), backedUp);
    database.reset();
    EXPECT_EQ(dataFiles(), QStringList{u"tend.sqlite"_s});

    ASSERT_TRUE(test::writeFile(backup.path, bytes.first(bytes.size() / 2)));
    EXPECT_FALSE(backups.verify(backup, SecureBytes()));
}

// A b-tree page whose type byte is changed: the header still reads well, and only SQLite's check
// of every page finds it.
TEST_F(BackupsTest, ADamagedPageDeepInAPlainBackupIsFound)
{
    ASSERT_TRUE(succeeded(convertToPlain(database, folder.path())));
    const Backup backup = backUp(BackupKind::Manual);
    QByteArray bytes = test::readAll(backup.path);
    const qsizetype pageSize = (quint8(bytes[16]) << 8) | quint8(bytes[17]);
    ASSERT_GT(bytes.size(), 4 * pageSize);
    bytes[bytes.size() - pageSize] = '\0';
    ASSERT_TRUE(test::writeFile(backup.path, bytes));

    EXPECT_TRUE(refusedMentioning(backups.verify(backup, SecureBytes()), {u"damaged"_s, backup.path}));
    ASSERT_TRUE(succeeded(addCheckIn(*database, u"after the backup"_s)));
    const test::Contents now = contentsOf(*database);
    EXPECT_FALSE(backups.restore(database, backup, SecureBytes()));
    EXPECT_EQ(contentsOf(*database), now);
}

TEST_F(BackupsTest, ABackupFromANewerTendOrAnotherApplicationIsRefused)
{
    ASSERT_TRUE(succeeded(convertToPlain(database, folder.path())));
    const Backup newer = backUp(BackupKind::Manual);
    test::runOnPlainConnection(newer.path, {u"PRAGMA user_version = 999"_s});
    EXPECT_TRUE(refusedMentioning(backups.verify(newer, SecureBytes()), {u"newer version of Tend"_s, u"999"_s}));

    clock.advanceSeconds(60);
    Backup other = backUp(BackupKind::Manual);
    test::runOnPlainConnection(other.path, {u"PRAGMA application_id = 42"_s});
    EXPECT_TRUE(refusedMentioning(backups.verify(other, SecureBytes()), {u"another application"_s}));
    EXPECT_EQ(test::entriesOf(backups.folder()),
              (QStringList{QFileInfo(newer.path).fileName(), QFileInfo(other.path).fileName()}));
}

TEST_F(BackupsTest, ABackupMadeAfterTheClockWentBackIsKept)
{
    for (int i = 0; i < 10; ++i) {
        clock.advanceSeconds(60);
        backUp(BackupKind::Manual);
    }
    clock.advanceDays(-1);
    const Backup made = backUp(BackupKind::Manual);
    EXPECT_TRUE(QFile::exists(made.path));
    const QList<Backup> all = listed();
    EXPECT_EQ(all.size(), 11);
    EXPECT_EQ(all.last().path, made.path);
}

TEST_F(BackupsTest, RestoringASealedBackupIntoPlainDataSealsItAgain)
{
    const Backup backup = backUp(BackupKind::Manual);
    const test::Contents backedUp = contentsOf(*database);
    ASSERT_TRUE(succeeded(convertToPlain(database, folder.path())));
    ASSERT_TRUE(succeeded(addCheckIn(*database, u"while plain"_s)));
    const test::Contents plain = contentsOf(*database);

    ASSERT_TRUE(succeeded(backups.restore(database, backup, secret(Passphrase))));
    EXPECT_TRUE(database->isSealed());
    EXPECT_EQ(contentsOf(*database), backedUp);
    EXPECT_EQ(dataFiles(), QStringList{u"tend.vault"_s});

    const QList<Backup> all = listed();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.first().kind, BackupKind::BeforeRestore);
    EXPECT_FALSE(all.first().sealed) << "the plain data was backed up as it was";
    ASSERT_TRUE(succeeded(backups.restore(database, all.first(), SecureBytes())));
    EXPECT_FALSE(database->isSealed());
    EXPECT_EQ(contentsOf(*database), plain);
    database.reset();
    EXPECT_EQ(dataFiles(), QStringList{u"tend.sqlite"_s});
}

TEST_F(BackupsTest, UnencryptedBackupsCanBeRemovedOnceTheDataIsEncryptedAgain)
{
    const Backup sealedBefore = backUp(BackupKind::Manual);
    ASSERT_TRUE(succeeded(convertToPlain(database, folder.path())));
    const Backup plainDaily = backUp(BackupKind::Daily);
    const Backup plainManual = backUp(BackupKind::Manual);
    ASSERT_FALSE(plainDaily.sealed);
    ASSERT_TRUE(succeeded(convertToSealed(database, folder.path(), secret(Passphrase), KeyDerivation::fastForTests())));
    const Backup sealedAfter = backUp(BackupKind::Manual);

    Result<int> removed = backups.removeUnencrypted();
    ASSERT_TRUE(succeeded(removed));
    EXPECT_EQ(*removed, 2);
    const QList<Backup> left = listed();
    ASSERT_EQ(left.size(), 2);
    for (const Backup &backup : left)
        EXPECT_TRUE(backup.sealed) << backup.path.toStdString();
    EXPECT_FALSE(QFile::exists(plainDaily.path));
    EXPECT_FALSE(QFile::exists(plainManual.path));
    EXPECT_TRUE(QFile::exists(sealedBefore.path));
    EXPECT_TRUE(QFile::exists(sealedAfter.path));
    EXPECT_EQ(*backups.removeUnencrypted(), 0);
}

TEST_F(BackupsTest, DataThatWillNotOpenIsSetAsideAndTheBackupOpensInItsPlace)
{
    const Backup backup = backUp(BackupKind::Daily);
    const test::Contents backedUp = contentsOf(*database);
    ASSERT_TRUE(succeeded(addCheckIn(*database, u"after the backup"_s)));
    database.reset();
    const QString vault = vaultPathIn(folder.path());
    QByteArray damaged = test::readAll(vault);
    damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x20);
    ASSERT_TRUE(test::writeFile(vault, damaged));
    ASSERT_FALSE(Database::openSealed(vault, secret(Passphrase)).ok());

    EXPECT_FALSE(backups.restoreOverUnopenable(backup, secret("not the passphrase")).ok());
    EXPECT_EQ(test::readAll(vault), damaged) << "a wrong passphrase moved nothing";

    Result<std::unique_ptr<Database>> restored = backups.restoreOverUnopenable(backup, secret(Passphrase));
    ASSERT_TRUE(succeeded(restored));
    std::unique_ptr<Database> opened = std::move(restored).value();
    EXPECT_EQ(contentsOf(*opened), backedUp);
    opened.reset();
    const QString setAside = vault + u".set-aside-"_s + clock.nowUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    EXPECT_EQ(test::readAll(setAside), damaged) << "the data that would not open is kept, as it was";
    EXPECT_TRUE(dataFiles().contains(u"tend.vault"_s));
    Result<std::unique_ptr<Database>> again = Database::openSealed(vault, secret(Passphrase));
    ASSERT_TRUE(succeeded(again));
    EXPECT_EQ(contentsOf(**again), backedUp);
}

} // namespace
} // namespace tend
