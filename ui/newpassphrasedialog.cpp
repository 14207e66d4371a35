#include "newpassphrasedialog.h"

#include "crypto/passphrasestrength.h"
#include "typography.h"
#include "wrappinglabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tend {

NewPassphraseDialog::NewPassphraseDialog(QWidget *parent)
    : QDialog(parent), m_passphrase(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("newPassphraseDialog"));
    setWindowTitle(tr("Keep Tend private"));
    setMinimumWidth(560);

    auto *intro = new WrappingLabel(tr("<h2>Choose a passphrase</h2>"
                                       "<p>Everything the two of you write in Tend is encrypted with it, so "
                                       "nobody who copies the file or opens this computer can read it. Tend "
                                       "asks for it each time it starts.</p>"
                                       "<p>A few words you both remember, with spaces, make a good one.</p>"),
                                    this);
    auto *warning = new WrappingLabel(tr("If you lose this passphrase, your data is lost: nobody can open it "
                                         "again, not even Tend. Write it down and keep it somewhere safe."),
                                      this);
    warning->setObjectName(QStringLiteral("lostPassphraseWarning"));
    styleAsProblem(warning);

    for (QLineEdit *field : {m_passphrase, m_repeat}) {
        field->setEchoMode(QLineEdit::Password);
        field->setMinimumWidth(300);
        connect(field, &QLineEdit::textChanged, this, &NewPassphraseDialog::updateHint);
    }
    m_passphrase->setObjectName(QStringLiteral("newPassphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_repeat->setObjectName(QStringLiteral("repeatPassphrase"));
    m_repeat->setAccessibleName(tr("Passphrase again"));
    m_hint->setObjectName(QStringLiteral("passphraseHint"));
    m_hint->setWordWrap(true);
    styleAsQuiet(m_hint);

    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Again:"), m_repeat);
    form->addRow(QString(), m_hint);

    auto *buttons = new QDialogButtonBox(this);
    m_encrypt = buttons->addButton(tr("&Encrypt and start"), QDialogButtonBox::AcceptRole);
    m_encrypt->setObjectName(QStringLiteral("encryptButton"));
    m_encrypt->setDefault(true);
    styleAsPrimary(m_encrypt);
    QPushButton *plain = buttons->addButton(tr("Keep it &unencrypted…"), QDialogButtonBox::ActionRole);
    plain->setObjectName(QStringLiteral("keepUnencryptedButton"));
    plain->setAutoDefault(false);
    QPushButton *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAutoDefault(false);
    connect(m_encrypt, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Encrypt;
        accept();
    });
    connect(plain, &QPushButton::clicked, this, &NewPassphraseDialog::confirmUnencrypted);
    connect(quit, &QPushButton::clicked, this, &NewPassphraseDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    updateHint();
    m_passphrase->setFocus();
}

SecureBytes NewPassphraseDialog::passphrase() const
{
    return SecureBytes::copyOf(m_passphrase->text().toUtf8());
}

void NewPassphraseDialog::updateHint()
{
    const PassphraseStrength strength = passphraseStrength(m_passphrase->text());
    QString hint = passphraseStrengthText(strength);
    const bool same = m_passphrase->text() == m_repeat->text();
    if (strength != PassphraseStrength::TooShort && !same)
        hint += QLatin1Char(' ') + tr("Type it again below, the same.");
    m_hint->setText(hint);
    m_encrypt->setEnabled(strength != PassphraseStrength::TooShort && same);
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
