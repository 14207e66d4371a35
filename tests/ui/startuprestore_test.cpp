// When the encrypted data will not open, the start offers its backups: the chosen one opens in
// its place, and the data that would not open is kept beside it.

#include "uitesthelpers.h"

#include "crypto/securebytes.h"
#include "startupflow.h"
#include "storage/backups.h"
#include "storage/checkinrepository.h"
#include "storage/datafolder.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tend::test {
namespace {

const QByteArray Passphrase = "the long way home along the dunes";

class StartupRestoreTest : public UiTest
{
protected:
    // Encrypted data in the data folder: the couple and one check-in with `note`.
    std::unique_ptr<Database> createWithCheckIn(const QString &note)
    {
        Result<std::unique_ptr<Database>> created = Database::createSealed(
            vaultPathIn(dataFolder()), SecureBytes::copyOf(Passphrase), KeyDerivation::fastForTests());
        if (!created.ok()) {
            ADD_FAILURE() << created.error().message.toStdString();
            return nullptr;
        }
        std::unique_ptr<Database> database = std::move(created).value();
        m_couple = saveCouple(*database);
        saveCheckIn(*database, m_couple[0], CheckInKind::Daily, 4, 2, 4, note);
        return database;
    }

    QList<Partner> m_couple;
};

void typeInto(QWidget *dialog, const QString &field, const QByteArray &text)
{
    auto *edit = child<QLineEdit>(dialog, field);
    ASSERT_TRUE(edit) << field.toStdString();
    ASSERT_TRUE(focusOn(edit));
    typeText(QString::fromUtf8(text));
}

TEST_F(StartupRestoreTest, ADamagedVaultCanBeReplacedByABackupAndIsKept)
{
    const QString vault = vaultPathIn(dataFolder());
    {
        std::unique_ptr<Database> database = createWithCheckIn(QStringLiteral("in the backup"));
        ASSERT_TRUE(database);
        ASSERT_TRUE(Backups(dataFolder(), m_clock).backUp(*database, BackupKind::Daily).ok());
        saveCheckIn(*database, m_couple[1], CheckInKind::Daily, 3, 3, 3, QStringLiteral("after the backup"));
    }
    QFile file(vault);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray damaged = file.readAll();
    damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x04);
    ASSERT_TRUE(file.seek(0));
    ASSERT_EQ(file.write(damaged), damaged.size());
    file.close();

    ModalDialogDriver unlock(QStringLiteral("unlockDialog"), [](QWidget *dialog) {
        typeInto(dialog, QStringLiteral("unlockPassphrase"), Passphrase);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("unlockButton")), Qt::LeftButton);
        auto *problem = child<QLabel>(dialog, QStringLiteral("unlockProblem"));
        ASSERT_TRUE(problem);
        EXPECT_TRUE(problem->isVisible()) << "The damaged vault opened";

        ModalDialogDriver restore(QStringLiteral("restoreDialog"), [](QWidget *restoreDialog) {
            typeInto(restoreDialog, QStringLiteral("backupPassphrase"), Passphrase);
            ModalDialogDriver confirm(QStringLiteral("confirmRestore"), [](QWidget *question) {
                EXPECT_TRUE(child<QLabel>(question, QStringLiteral("qt_msgbox_label"))->text().contains(QStringLiteral("not deleted")));
                QTest::mouseClick(child<QPushButton>(question, QStringLiteral("confirmRestoreButton")), Qt::LeftButton);
            });
            QTest::mouseClick(child<QPushButton>(restoreDialog, QStringLiteral("restoreButton")), Qt::LeftButton);
            EXPECT_TRUE(confirm.ran());
        });
        restore.allowNested(QStringLiteral("confirmRestore"));
        auto *fromBackup = child<QPushButton>(dialog, QStringLiteral("restoreFromBackupButton"));
        ASSERT_TRUE(fromBackup) << "No way to a backup when the data will not open";
        QTest::mouseClick(fromBackup, Qt::LeftButton);
        EXPECT_TRUE(restore.ran());
    });
    unlock.allowNested(QStringLiteral("restoreDialog"));
    unlock.allowNested(QStringLiteral("confirmRestore"));
    std::unique_ptr<Database> opened = openDatabaseInteractively(dataFolder());
    ASSERT_TRUE(unlock.ran());
    ASSERT_TRUE(opened);

    Result<QList<CheckIn>> checkIns = CheckInRepository(*opened, m_clock).all();
    ASSERT_TRUE(checkIns.ok());
    ASSERT_EQ(checkIns->size(), 1);
    EXPECT_EQ(checkIns->first().note, QStringLiteral("in the backup"));
    const QStringList setAside = QDir(dataFolder()).entryList({QStringLiteral("tend.vault.set-aside-*")}, QDir::Files);
    ASSERT_EQ(setAside.size(), 1);
    QFile kept(QDir(dataFolder()).filePath(setAside.first()));
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), damaged) << "The data that would not open is kept as it was";
}

TEST_F(StartupRestoreTest, APlainCopyLeftBesideTheVaultIsOfferedForRemoval)
{
    {
        std::unique_ptr<Database> database = createWithCheckIn(QStringLiteral("both copies"));
        ASSERT_TRUE(database);
        // As a change to plain that was cut short leaves it.
        ASSERT_TRUE(database->savePlainCopy(databasePathIn(dataFolder())).ok());
    }
    ModalDialogDriver unlock(QStringLiteral("unlockDialog"), [](QWidget *dialog) {
        typeInto(dialog, QStringLiteral("unlockPassphrase"), Passphrase);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("unlockButton")), Qt::LeftButton);
    });
    ModalDialogDriver remove(QStringLiteral("removePlainCopy"), [](QWidget *question) {
        QTest::mouseClick(child<QPushButton>(question, QStringLiteral("confirmRemovePlainCopy")), Qt::LeftButton);
    });
    std::unique_ptr<Database> opened = openDatabaseInteractively(dataFolder());
    ASSERT_TRUE(unlock.ran());
    ASSERT_TRUE(remove.ran()) << "The plain copy was not mentioned";
    ASSERT_TRUE(opened);
    EXPECT_TRUE(opened->isSealed());
    EXPECT_FALSE(QFile::exists(databasePathIn(dataFolder())));
    Result<QList<CheckIn>> checkIns = CheckInRepository(*opened, m_clock).all();
    ASSERT_TRUE(checkIns.ok());
    ASSERT_EQ(checkIns->size(), 1);
    EXPECT_EQ(checkIns->first().note, QStringLiteral("both copies"));
}

TEST_F(StartupRestoreTest, WithoutBackupsThereIsNoSuchButton)
{
    {
        Result<std::unique_ptr<Database>> created = Database::createSealed(
            vaultPathIn(dataFolder()), SecureBytes::copyOf(Passphrase), KeyDerivation::fastForTests());
        ASSERT_TRUE(created.ok());
    }
    ModalDialogDriver unlock(QStringLiteral("unlockDialog"), [](QWidget *dialog) {
        EXPECT_EQ(child<QPushButton>(dialog, QStringLiteral("restoreFromBackupButton")), nullptr);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("quitButton")), Qt::LeftButton);
    });
    EXPECT_EQ(openDatabaseInteractively(dataFolder()), nullptr);
    EXPECT_TRUE(unlock.ran());
}

} // namespace
} // namespace tend::test
