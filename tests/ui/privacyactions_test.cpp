// Changing the passphrase, turning encryption off and on, backing up and restoring, from the
// File menu of the real window, with the data checked on disk afterwards.

#include "uitesthelpers.h"

#include "crypto/securebytes.h"
#include "mainwindow.h"
#include "storage/backups.h"
#include "storage/checkinrepository.h"
#include "storage/datafolder.h"
#include "windowsession.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QMessageBox>
#include <QTemporaryDir>

namespace tend::test {
namespace {

const QByteArray Passphrase = "quiet tea after the storm";
const QByteArray NewPassphrase = "slow mornings under one blanket";

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class PrivacyActionsTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        if (HasFatalFailure())
            return;
        Result<std::unique_ptr<Database>> created = Database::createSealed(
            vaultPathIn(dataFolder()), SecureBytes::copyOf(Passphrase), KeyDerivation::fastForTests());
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        std::unique_ptr<Database> database = std::move(created).value();
        m_partners = saveCouple(*database);
        saveCheckIn(*database, m_partners[0], CheckInKind::Daily, 4, 2, 5, QStringLiteral("the first walk by the river"));
        m_session = std::make_unique<WindowSession>(std::move(database), m_clock, m_partners, false);
        ASSERT_TRUE(showAndActivate(m_session->window()));
    }

    void TearDown() override { m_session.reset(); }

    void trigger(const QString &action)
    {
        auto *found = child<QAction>(m_session->window(), action);
        ASSERT_TRUE(found) << action.toStdString();
        ASSERT_TRUE(found->isEnabled()) << action.toStdString();
        found->trigger();
    }

    QStringList notes() const
    {
        QStringList found;
        Result<QList<CheckIn>> all = CheckInRepository(*m_session->database(), m_clock).all();
        if (!all.ok()) {
            ADD_FAILURE() << all.error().message.toStdString();
            return found;
        }
        for (const CheckIn &checkIn : all.value())
            found.append(checkIn.note);
        found.sort();
        return found;
    }

    QString statusMessage() const { return m_session->window()->statusBar()->currentMessage(); }

    static void type(QWidget *dialog, const QString &field, const QByteArray &text)
    {
        auto *edit = child<QLineEdit>(dialog, field);
        ASSERT_TRUE(edit) << field.toStdString();
        ASSERT_TRUE(focusOn(edit));
        edit->clear();
        typeText(QString::fromUtf8(text));
    }

    static void click(QWidget *dialog, const QString &button)
    {
        auto *found = child<QPushButton>(dialog, button);
        ASSERT_TRUE(found) << button.toStdString();
        ASSERT_TRUE(found->isEnabled()) << button.toStdString();
        QTest::mouseClick(found, Qt::LeftButton);
    }

    QList<Partner> m_partners;
    std::unique_ptr<WindowSession> m_session;
};

TEST_F(PrivacyActionsTest, ChangingThePassphraseAsksForTheCurrentOneFirst)
{
    const QString vault = vaultPathIn(dataFolder());
    ModalDialogDriver driver(QStringLiteral("changePassphraseDialog"), [&](QWidget *dialog) {
        type(dialog, QStringLiteral("currentPassphrase"), "a guess");
        type(dialog, QStringLiteral("newPassphrase"), NewPassphrase);
        type(dialog, QStringLiteral("repeatPassphrase"), NewPassphrase);
        const QByteArray before = fileBytes(vault);
        click(dialog, QStringLiteral("changePassphraseButton"));
        auto *problem = child<QLabel>(dialog, QStringLiteral("changeProblem"));
        ASSERT_TRUE(problem);
        EXPECT_TRUE(problem->isVisible());
        EXPECT_TRUE(dialog->isVisible()) << "A wrong current passphrase closed the dialog";
        EXPECT_EQ(fileBytes(vault), before) << "A wrong current passphrase changed the vault";

        type(dialog, QStringLiteral("currentPassphrase"), Passphrase);
        click(dialog, QStringLiteral("changePassphraseButton"));
    });
    trigger(QStringLiteral("changePassphraseAction"));
    ASSERT_TRUE(driver.ran());
    EXPECT_TRUE(statusMessage().contains(QStringLiteral("Backed up"))) << statusMessage().toStdString();

    Database &database = *m_session->database();
    database.lock();
    EXPECT_FALSE(database.unlock(SecureBytes::copyOf(Passphrase)).ok());
    EXPECT_TRUE(database.unlock(SecureBytes::copyOf(NewPassphrase)).ok());
    // Made right after the change, so the new passphrase opens a backup too.
    Backups backups(dataFolder(), m_clock);
    Result<QList<Backup>> made = backups.list();
    ASSERT_TRUE(made.ok());
    ASSERT_FALSE(made->isEmpty());
    EXPECT_TRUE(backups.verify(made->first(), SecureBytes::copyOf(NewPassphrase)).ok());
    EXPECT_EQ(notes(), QStringList{QStringLiteral("the first walk by the river")});
}

TEST_F(PrivacyActionsTest, StoppingAndStartingEncryptionLosesNothing)
{
    ModalDialogDriver stop(QStringLiteral("stopEncryptingDialog"), [&](QWidget *dialog) {
        auto *warning = child<QLabel>(dialog, QStringLiteral("plainWarning"));
        ASSERT_TRUE(warning);
        EXPECT_TRUE(warning->text().contains(QStringLiteral("read everything")));
        type(dialog, QStringLiteral("stopPassphrase"), "not it");
        click(dialog, QStringLiteral("stopEncryptingButton"));
        EXPECT_TRUE(child<QLabel>(dialog, QStringLiteral("stopProblem"))->isVisible());
        type(dialog, QStringLiteral("stopPassphrase"), Passphrase);
        click(dialog, QStringLiteral("stopEncryptingButton"));
    });
    MainWindow *before = m_session->window();
    trigger(QStringLiteral("stopEncryptingAction"));
    ASSERT_TRUE(stop.ran());
    ASSERT_TRUE(waitUntil([&] { return m_session->window() != before && m_session->window()->isVisible(); }));
    EXPECT_FALSE(m_session->database()->isSealed());
    EXPECT_TRUE(QFile::exists(databasePathIn(dataFolder())));
    EXPECT_FALSE(QFile::exists(vaultPathIn(dataFolder())));
    EXPECT_TRUE(statusMessage().contains(QStringLiteral("no longer encrypts"))) << statusMessage().toStdString();
    EXPECT_EQ(notes(), QStringList{QStringLiteral("the first walk by the river")});
    EXPECT_FALSE(child<QAction>(m_session->window(), QStringLiteral("lockNowAction"))->isEnabled());
    trigger(QStringLiteral("backUpNowAction"));
    const Backups backups(dataFolder(), m_clock);
    Result<QList<Backup>> whilePlain = backups.list();
    ASSERT_TRUE(whilePlain.ok());
    ASSERT_FALSE(whilePlain->isEmpty());
    ASSERT_FALSE(whilePlain->first().sealed);
    const QString plainBackup = whilePlain->first().path;

    ModalDialogDriver start(QStringLiteral("newPassphraseDialog"), [&](QWidget *dialog) {
        EXPECT_EQ(child<QPushButton>(dialog, QStringLiteral("keepUnencryptedButton")), nullptr);
        type(dialog, QStringLiteral("newPassphrase"), NewPassphrase);
        type(dialog, QStringLiteral("repeatPassphrase"), NewPassphrase);
        click(dialog, QStringLiteral("encryptButton"));
    });
    ModalDialogDriver removePlain(QStringLiteral("removePlainBackups"), [](QWidget *question) {
        QTest::mouseClick(child<QPushButton>(question, QStringLiteral("confirmRemovePlainBackups")), Qt::LeftButton);
    });
    before = m_session->window();
    ASSERT_TRUE(showAndActivate(before));
    trigger(QStringLiteral("startEncryptingAction"));
    ASSERT_TRUE(start.ran());
    ASSERT_TRUE(removePlain.ran());
    ASSERT_TRUE(waitUntil([&] { return m_session->window() != before && m_session->window()->isVisible(); }, 15000));
    EXPECT_TRUE(m_session->database()->isSealed());
    EXPECT_TRUE(QFile::exists(vaultPathIn(dataFolder())));
    EXPECT_FALSE(QFile::exists(databasePathIn(dataFolder())));
    EXPECT_EQ(notes(), QStringList{QStringLiteral("the first walk by the river")});
    m_session->database()->lock();
    EXPECT_TRUE(m_session->database()->unlock(SecureBytes::copyOf(NewPassphrase)).ok());
    // No backup left that anyone could read; an encrypted one of now instead.
    EXPECT_FALSE(QFile::exists(plainBackup));
    Result<QList<Backup>> afterwards = backups.list();
    ASSERT_TRUE(afterwards.ok());
    ASSERT_FALSE(afterwards->isEmpty());
    for (const Backup &backup : *afterwards)
        EXPECT_TRUE(backup.sealed) << backup.path.toStdString();
    EXPECT_TRUE(backups.verify(afterwards->first(), SecureBytes::copyOf(NewPassphrase)).ok());
    EXPECT_TRUE(statusMessage().contains(QStringLiteral("backups are encrypted"))) << statusMessage().toStdString();
}

TEST_F(PrivacyActionsTest, RestoringABackupKeepsWhatWasThereInABackupToo)
{
    trigger(QStringLiteral("backUpNowAction"));
    EXPECT_TRUE(statusMessage().contains(QStringLiteral("Backed up and checked")));
    for (const QMessageBox *error : m_session->window()->findChildren<QMessageBox *>(QStringLiteral("errorMessage")))
        ADD_FAILURE() << "Backing up failed: " << error->text().toStdString();
    saveCheckIn(*m_session->database(), m_partners[1], CheckInKind::Daily, 3, 3, 3, QStringLiteral("written after the backup"));
    m_clock.advanceSeconds(60);

    ModalDialogDriver driver(QStringLiteral("restoreDialog"), [&](QWidget *dialog) {
        auto *list = child<QListWidget>(dialog, QStringLiteral("backupList"));
        ASSERT_TRUE(list);
        int manual = -1;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().contains(QStringLiteral("made by hand")))
                manual = row;
        }
        ASSERT_GE(manual, 0);
        list->setCurrentRow(manual);
        EXPECT_TRUE(list->item(manual)->text().contains(QStringLiteral("encrypted")));

        type(dialog, QStringLiteral("backupPassphrase"), "wrong words");
        click(dialog, QStringLiteral("restoreButton"));
        EXPECT_TRUE(child<QLabel>(dialog, QStringLiteral("restoreProblem"))->isVisible());
        EXPECT_TRUE(dialog->isVisible());

        type(dialog, QStringLiteral("backupPassphrase"), Passphrase);
        ModalDialogDriver confirm(QStringLiteral("confirmRestore"), [](QWidget *question) {
            EXPECT_TRUE(child<QLabel>(question, QStringLiteral("qt_msgbox_label"))->text().contains(QStringLiteral("backed up first")));
            QTest::mouseClick(child<QPushButton>(question, QStringLiteral("confirmRestoreButton")), Qt::LeftButton);
        });
        click(dialog, QStringLiteral("restoreButton"));
        EXPECT_TRUE(confirm.ran());
    });
    driver.allowNested(QStringLiteral("confirmRestore"));
    MainWindow *before = m_session->window();
    trigger(QStringLiteral("restoreAction"));
    ASSERT_TRUE(driver.ran());
    ASSERT_TRUE(waitUntil([&] { return m_session->window() != before && m_session->window()->isVisible(); }));
    EXPECT_TRUE(statusMessage().contains(QStringLiteral("Restored"))) << statusMessage().toStdString();
    EXPECT_EQ(notes(), QStringList{QStringLiteral("the first walk by the river")});

    // What was there before the restore, check-in written after the backup included.
    Backups backups(dataFolder(), m_clock);
    Result<QList<Backup>> all = backups.list();
    ASSERT_TRUE(all.ok());
    const auto keptBefore = std::find_if(all->begin(), all->end(),
                                         [](const Backup &backup) { return backup.kind == BackupKind::BeforeRestore; });
    ASSERT_NE(keptBefore, all->end());
    QTemporaryDir elsewhere;
    const QString copy = vaultPathIn(elsewhere.path());
    ASSERT_TRUE(QFile::copy(keptBefore->path, copy));
    Result<std::unique_ptr<Database>> opened = Database::openSealed(copy, SecureBytes::copyOf(Passphrase));
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Result<QList<CheckIn>> kept = CheckInRepository(**opened, m_clock).all();
    ASSERT_TRUE(kept.ok());
    QStringList keptNotes;
    for (const CheckIn &checkIn : *kept)
        keptNotes.append(checkIn.note);
    keptNotes.sort();
    EXPECT_EQ(keptNotes, (QStringList{QStringLiteral("the first walk by the river"), QStringLiteral("written after the backup")}));
}

} // namespace
} // namespace tend::test
