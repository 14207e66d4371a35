#include "startupflow.h"

#include "clock.h"
#include "databaseerrordialog.h"
#include "newpassphrasedialog.h"
#include "partnersdialog.h"
#include "restoredialog.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/datafolder.h"
#include "storage/dataswitch.h"
#include "storage/partnerrepository.h"
#include "unlockdialog.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>

namespace tend {

namespace {

// What the person chose: a database, quitting, or (with an error) trying another folder.
struct Opened
{
    std::unique_ptr<Database> database;
    bool quit = false;
};

// When the data will not open (damaged, or the passphrase is forgotten), a backup can take its
// place; the data is set aside, not deleted.
void offerBackups(UnlockDialog &dialog, const QString &folder, Opened &opened)
{
    static const SystemClock clock;
    Result<QList<Backup>> found = Backups(folder, clock).list();
    if (!found || found->isEmpty())
        return;
    const QList<Backup> backups = *found;
    dialog.addAlternative(QCoreApplication::translate("Startup", "Restore from a &backup…"),
                          QStringLiteral("restoreFromBackupButton"), [&dialog, &opened, folder, backups] {
        Backups kept(folder, clock);
        RestoreDialog restore(backups, clock.timeZone(),
                              [&kept](const Backup &backup, const SecureBytes &passphrase) {
                                  return kept.verify(backup, passphrase);
                              },
                              &dialog);
        restore.setConfirmation(QCoreApplication::translate(
            "Startup", "Tend will open what it held on %1. The data that would not open is kept beside it, "
                       "renamed, not deleted."));
        if (restore.exec() != QDialog::Accepted || !restore.chosen())
            return;
        Result<std::unique_ptr<Database>> restored = kept.restoreOverUnopenable(*restore.chosen(), restore.passphrase());
        if (!restored) {
            dialog.showProblem(restored.error().message);
            return;
        }
        opened.database = std::move(restored).value();
        dialog.accept();
    });
}

// Only once the vault has opened, so that it is known to hold the data.
void offerToRemovePlainCopy(const QString &folder)
{
    QMessageBox question(QMessageBox::Warning, QCoreApplication::translate("Startup", "Tend"),
                         QCoreApplication::translate("Startup",
                                                     "An unencrypted copy of your data, %1, is beside the encrypted "
                                                     "data, probably left by a change between the two that was "
                                                     "interrupted. Tend uses the encrypted data; anyone who finds the "
                                                     "copy can read it.")
                             .arg(databasePathIn(folder)),
                         QMessageBox::NoButton);
    question.setObjectName(QStringLiteral("removePlainCopy"));
    QPushButton *remove = question.addButton(QCoreApplication::translate("Startup", "Remove the copy"),
                                             QMessageBox::AcceptRole);
    remove->setObjectName(QStringLiteral("confirmRemovePlainCopy"));
    question.addButton(QCoreApplication::translate("Startup", "Keep it"), QMessageBox::RejectRole);
    question.setDefaultButton(remove);
    question.exec();
    if (question.clickedButton() != remove)
        return;
    if (Status removed = removePlainCopy(folder); !removed)
        QMessageBox::warning(nullptr, QCoreApplication::translate("Startup", "Tend"), removed.error().message);
}

Result<Opened> unlockSealed(const QString &folder)
{
    const QString vault = vaultPathIn(folder);
    Opened opened;
    UnlockDialog dialog(vault, [&](const SecureBytes &passphrase) -> Status {
        Result<std::unique_ptr<Database>> unlocked = Database::openSealed(vault, passphrase);
        if (!unlocked)
            return unlocked.error();
        opened.database = std::move(unlocked).value();
        return {};
    });
    offerBackups(dialog, folder, opened);
    opened.quit = dialog.exec() != QDialog::Accepted;
    return opened;
}

Result<Opened> createNew(const QString &folder, NewData newData)
{
    if (newData == NewData::AskForPassphrase) {
        NewPassphraseDialog dialog;
        if (dialog.exec() != QDialog::Accepted)
            return Opened{nullptr, true};
        if (dialog.choice() == NewPassphraseDialog::Choice::Encrypt) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            Result<std::unique_ptr<Database>> created = Database::createSealed(vaultPathIn(folder), dialog.passphrase());
            QApplication::restoreOverrideCursor();
            if (!created)
                return created.error();
            return Opened{std::move(created).value(), false};
        }
    }
    Result<std::unique_ptr<Database>> plain = Database::open(databasePathIn(folder));
    if (!plain)
        return plain.error();
    return Opened{std::move(plain).value(), false};
}

Result<Opened> openIn(const QString &folder, NewData newData)
{
    if (Status prepared = prepareDataFolder(folder); !prepared)
        return prepared.error();
    if (QFile::exists(vaultPathIn(folder))) {
        Result<Opened> opened = unlockSealed(folder);
        if (opened && opened->database && QFile::exists(databasePathIn(folder)))
            offerToRemovePlainCopy(folder);
        return opened;
    }
    if (QFile::exists(databasePathIn(folder))) {
        Result<std::unique_ptr<Database>> plain = Database::open(databasePathIn(folder));
        if (!plain)
            return plain.error();
        return Opened{std::move(plain).value(), false};
    }
    return createNew(folder, newData);
}

} // namespace

std::unique_ptr<Database> openDatabaseInteractively(QString folder, NewData newData)
{
    while (true) {
        Result<Opened> opened = openIn(folder, newData);
        if (opened)
            return std::move(opened.value().database);
        const std::optional<QString> another = askForAnotherDataFolder(opened.error().message, folder);
        if (!another)
            return nullptr;
        folder = *another;
    }
}

std::optional<QList<Partner>> ensurePartners(Database &database, const Clock &clock)
{
    PartnerRepository repository(database, clock);
    Result<QList<Partner>> existing = repository.all();
    if (!existing) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Startup", "Tend"), existing.error().message);
        return std::nullopt;
    }
    QList<Partner> partners = existing.value();
    while (partners.size() < 2) {
        PartnersDialog dialog(PartnersDialog::Purpose::FirstRun, partners);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        QList<Partner> entered = dialog.partners();
        if (Status saved = repository.saveAll(entered); !saved) {
            QMessageBox::warning(nullptr, QCoreApplication::translate("Startup", "Tend"), saved.error().message);
            continue;
        }
        partners = entered;
    }
    return partners;
}

} // namespace tend
