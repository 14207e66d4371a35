#include "windowencryption.h"

#include "changepassphrasedialog.h"
#include "newpassphrasedialog.h"
#include "stopencryptingdialog.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/datafolder.h"
#include "storage/dataconversion.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace tend {

WindowEncryption::WindowEncryption(Database &database, const Clock &clock, QWidget &window)
    : QObject(&window), m_database(database), m_clock(clock), m_window(window)
{
}

QString WindowEncryption::folder() const
{
    return dataFolderOf(m_database.filePath());
}

void WindowEncryption::addActionsTo(QMenu *menu)
{
    if (m_database.isSealed()) {
        QAction *change = menu->addAction(tr("&Change passphrase…"), this, &WindowEncryption::changePassphrase);
        change->setObjectName(QStringLiteral("changePassphraseAction"));
        QAction *stop = menu->addAction(tr("&Stop encrypting…"), this, &WindowEncryption::stopEncrypting);
        stop->setObjectName(QStringLiteral("stopEncryptingAction"));
        return;
    }
    QAction *start = menu->addAction(tr("&Encrypt your data…"), this, &WindowEncryption::startEncrypting);
    start->setObjectName(QStringLiteral("startEncryptingAction"));
    start->setStatusTip(tr("Your data is not encrypted: anyone who can open this computer's files can read it."));
}

void WindowEncryption::changePassphrase()
{
    ChangePassphraseDialog dialog(
        [this](const SecureBytes &current, const SecureBytes &next) { return m_database.changePassphrase(current, next); },
        &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("The passphrase is changed."));
    emit passphraseChanged();
}

void WindowEncryption::stopEncrypting()
{
    // Checking the passphrase takes the key again from it; a wrong one changes nothing.
    StopEncryptingDialog dialog([this](const SecureBytes &passphrase) { return m_database.unlock(passphrase); },
                                &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString into = folder();
    emit dataChangeRequested(DataChange{[into](std::unique_ptr<Database> &database) { return convertToPlain(database, into); },
                                        tr("Tend no longer encrypts your data.")});
}

void WindowEncryption::startEncrypting()
{
    NewPassphraseDialog dialog(&m_window, NewPassphraseDialog::Purpose::EncryptNow);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto passphrase = std::make_shared<SecureBytes>(dialog.passphrase());
    const bool removePlainBackups = mayRemovePlainBackups();
    const QString into = folder();
    const Clock &clock = m_clock;
    const auto encrypt = [into, passphrase, removePlainBackups, &clock](std::unique_ptr<Database> &database) -> Status {
        if (Status sealed = convertToSealed(database, into, *passphrase); !sealed)
            return sealed;
        if (!removePlainBackups)
            return {};
        // An encrypted backup first, so that removing the plain ones never leaves none.
        Backups backups(into, clock);
        Result<Backup> fresh = backups.backUp(*database, BackupKind::Manual);
        Result<int> removed = fresh ? backups.removeUnencrypted() : Result<int>(fresh.error());
        if (!removed) {
            return Error{tr("Your data is encrypted now, but its unencrypted backups are still there: %1")
                             .arg(removed.error().message)};
        }
        return {};
    };
    emit dataChangeRequested(DataChange{encrypt, removePlainBackups
                                                     ? tr("Your data and its backups are encrypted now.")
                                                     : tr("Your data is encrypted now. Tend asks for the passphrase "
                                                          "when it starts.")});
}

bool WindowEncryption::mayRemovePlainBackups()
{
    Result<QList<Backup>> existing = Backups(folder(), m_clock).list();
    if (!existing)
        return false;
    const auto plain = std::count_if(existing->cbegin(), existing->cend(), [](const Backup &backup) { return !backup.sealed; });
    if (plain == 0)
        return false;
    QMessageBox question(QMessageBox::Question, tr("Remove the unencrypted backups?"),
                         tr("Tend has %n backup(s) made while your data was not encrypted. Anyone who finds them "
                            "can read them. Once your data is encrypted, Tend makes an encrypted backup and can "
                            "remove these.",
                            nullptr, int(plain)),
                         QMessageBox::NoButton, &m_window);
    question.setObjectName(QStringLiteral("removePlainBackups"));
    QPushButton *remove = question.addButton(tr("Remove them"), QMessageBox::AcceptRole);
    remove->setObjectName(QStringLiteral("confirmRemovePlainBackups"));
    question.addButton(tr("Keep them"), QMessageBox::RejectRole);
    question.setDefaultButton(remove);
    question.exec();
    return question.clickedButton() == remove;
}

} // namespace tend
