#include "changepassphrasedialog.h"

#include "newpassphrasefields.h"
#include "passphraseattempt.h"
#include "typography.h"
#include "wrappinglabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tend {

ChangePassphraseDialog::ChangePassphraseDialog(Change change, QWidget *parent)
    : QDialog(parent), m_change(std::move(change)),
      m_current(passphraseField(this, QStringLiteral("currentPassphrase"), tr("Current passphrase"))),
      m_problem(problemLabel(this, QStringLiteral("changeProblem")))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change passphrase"));
    setMinimumWidth(560);

    auto *intro = new WrappingLabel(tr("<h2>Change the passphrase</h2>"
                                       "<p>From now on only the new passphrase opens Tend. Backups made "
                                       "until now still open with the passphrase they were made with; Tend "
                                       "makes a new one right after the change.</p>"),
                                    this);
    auto *warning = new WrappingLabel(tr("If you lose the new passphrase, your data is lost: nobody can open "
                                         "it again, not even Tend."),
                                      this);
    styleAsProblem(warning);


    auto *form = new QFormLayout;
    form->addRow(tr("&Current passphrase:"), m_current);
    m_fields = new NewPassphraseFields(this, form, tr("&New passphrase:"));

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("C&hange passphrase"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("changePassphraseButton"));
    m_ok->setDefault(true);
    styleAsPrimary(m_ok);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ok, &QPushButton::clicked, this, &ChangePassphraseDialog::tryChange);
    connect(cancel, &QPushButton::clicked, this, &ChangePassphraseDialog::reject);
    const auto enable = [this] { m_ok->setEnabled(!m_current->text().isEmpty() && m_fields->isAcceptable()); };
    connect(m_fields, &NewPassphraseFields::changed, this, enable);
    connect(m_current, &QLineEdit::textChanged, this, enable);
    enable();

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    m_current->setFocus();
}

void ChangePassphraseDialog::tryChange()
{
    const SecureBytes next = m_fields->passphrase();
    const Status changed = attemptWithPassphrase(
        m_current, m_problem, [this, &next](const SecureBytes &current) { return m_change(current, next); });
    if (changed)
        accept();
}

} // namespace tend
