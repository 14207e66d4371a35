#include "windowencryption.h"

#include "changepassphrasedialog.h"
#include "newpassphrasedialog.h"
#include "stopencryptingdialog.h"
#include "storage/database.h"
#include "storage/dataconversion.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>

namespace tend {

WindowEncryption::WindowEncryption(Database &database, QWidget &window)
    : QObject(&window), m_database(database), m_window(window)
{
}

QString WindowEncryption::folder() const
{
    return QFileInfo(m_database.filePath()).absolutePath();
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
    const QString into = folder();
    emit dataChangeRequested(DataChange{[into, passphrase](std::unique_ptr<Database> &database) {
                                            return convertToSealed(database, into, *passphrase);
                                        },
                                        tr("Your data is encrypted now. Tend asks for the passphrase when it starts.")});
}

} // namespace tend
