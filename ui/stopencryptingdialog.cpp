#include "stopencryptingdialog.h"

#include "passphraseattempt.h"
#include "typography.h"
#include "wrappinglabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tend {

StopEncryptingDialog::StopEncryptingDialog(Check check, QWidget *parent)
    : QDialog(parent), m_check(std::move(check)),
      m_passphrase(passphraseField(this, QStringLiteral("stopPassphrase"), tr("Passphrase"))),
      m_problem(problemLabel(this, QStringLiteral("stopProblem")))
{
    setObjectName(QStringLiteral("stopEncryptingDialog"));
    setWindowTitle(tr("Stop encrypting"));
    setMinimumWidth(560);

    auto *intro = new WrappingLabel(tr("<h2>Stop encrypting your data?</h2>"
                                       "<p>Tend will keep everything in a plain file instead, and will no longer "
                                       "ask for a passphrase or lock itself.</p>"),
                                    this);
    auto *warning = new WrappingLabel(tr("Anyone who can open this computer's files, or finds a copy of them, "
                                         "will be able to read everything the two of you wrote. Backups made "
                                         "from now on are not encrypted either."),
                                      this);
    warning->setObjectName(QStringLiteral("plainWarning"));
    styleAsProblem(warning);


    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *stop = buttons->addButton(tr("&Stop encrypting"), QDialogButtonBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("stopEncryptingButton"));
    QPushButton *keep = buttons->addButton(tr("&Keep encrypting"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEncryptingButton"));
    keep->setDefault(true);
    styleAsPrimary(keep);
    connect(stop, &QPushButton::clicked, this, &StopEncryptingDialog::tryStop);
    connect(keep, &QPushButton::clicked, this, &StopEncryptingDialog::reject);
    stop->setEnabled(false);
    connect(m_passphrase, &QLineEdit::textChanged, stop, [stop](const QString &text) { stop->setEnabled(!text.isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(intro);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_passphrase->setFocus();
}

void StopEncryptingDialog::tryStop()
{
    if (attemptWithPassphrase(m_passphrase, m_problem, m_check))
        accept();
}

} // namespace tend
