#include "newpassphrasedialog.h"

#include "newpassphrasefields.h"
#include "typography.h"
#include "wrappinglabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tend {

NewPassphraseDialog::NewPassphraseDialog(QWidget *parent, Purpose purpose) : QDialog(parent)
{
    setObjectName(QStringLiteral("newPassphraseDialog"));
    setWindowTitle(tr("Keep Tend private"));
    setMinimumWidth(560);

    const QString why = tr("<p>Everything the two of you write in Tend is encrypted with it, so nobody who "
                           "copies the file or opens this computer can read it. Tend asks for it each time "
                           "it starts.</p><p>A few words you both remember, with spaces, make a good one.</p>");
    auto *intro = new WrappingLabel(tr("<h2>Choose a passphrase</h2>") + why, this);
    auto *warning = new WrappingLabel(tr("If you lose this passphrase, your data is lost: nobody can open it "
                                         "again, not even Tend. Write it down and keep it somewhere safe."),
                                      this);
    warning->setObjectName(QStringLiteral("lostPassphraseWarning"));
    styleAsProblem(warning);

    auto *form = new QFormLayout;
    m_fields = new NewPassphraseFields(this, form, tr("&Passphrase:"));

    auto *buttons = new QDialogButtonBox(this);
    const bool firstRun = purpose == Purpose::FirstRun;
    m_encrypt = buttons->addButton(firstRun ? tr("&Encrypt and start") : tr("&Encrypt"), QDialogButtonBox::AcceptRole);
    m_encrypt->setObjectName(QStringLiteral("encryptButton"));
    m_encrypt->setDefault(true);
    styleAsPrimary(m_encrypt);
    connect(m_encrypt, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Encrypt;
        accept();
    });
    if (firstRun) {
        QPushButton *plain = buttons->addButton(tr("Keep it &unencrypted…"), QDialogButtonBox::ActionRole);
        plain->setObjectName(QStringLiteral("keepUnencryptedButton"));
        plain->setAutoDefault(false);
        connect(plain, &QPushButton::clicked, this, &NewPassphraseDialog::confirmUnencrypted);
    }
    QPushButton *leave = buttons->addButton(firstRun ? tr("&Quit") : tr("Cancel"), QDialogButtonBox::RejectRole);
    leave->setObjectName(firstRun ? QStringLiteral("quitButton") : QStringLiteral("cancelButton"));
    leave->setAutoDefault(false);
    connect(leave, &QPushButton::clicked, this, &NewPassphraseDialog::reject);
    connect(m_fields, &NewPassphraseFields::changed, this,
            [this] { m_encrypt->setEnabled(m_fields->isAcceptable()); });
    m_encrypt->setEnabled(m_fields->isAcceptable());

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    m_fields->firstField()->setFocus();
}

SecureBytes NewPassphraseDialog::passphrase() const
{
    return m_fields->passphrase();
}

void NewPassphraseDialog::confirmUnencrypted()
{
    QMessageBox question(QMessageBox::Warning, tr("Keep Tend unencrypted?"),
                         tr("Without a passphrase, anyone who can open this computer's files, or finds a copy "
                            "of them, can read everything you write in Tend."),
                         QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("confirmUnencrypted"));
    QPushButton *keep = question.addButton(tr("Keep it unencrypted"), QMessageBox::DestructiveRole);
    keep->setObjectName(QStringLiteral("confirmKeepUnencrypted"));
    QPushButton *back = question.addButton(tr("Choose a passphrase"), QMessageBox::RejectRole);
    question.setDefaultButton(back);
    question.exec();
    if (question.clickedButton() != keep)
        return;
    m_choice = Choice::KeepUnencrypted;
    accept();
}

} // namespace tend
