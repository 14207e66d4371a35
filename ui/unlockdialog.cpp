#include "unlockdialog.h"

#include "passphraseattempt.h"
#include "typography.h"
#include "wrappinglabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tend {

UnlockDialog::UnlockDialog(const QString &vaultPath, Unlock unlock, QWidget *parent, Purpose purpose)
    : QDialog(parent), m_purpose(purpose), m_unlock(std::move(unlock)),
      m_passphrase(passphraseField(this, QStringLiteral("unlockPassphrase"), tr("Passphrase"))),
      m_problem(problemLabel(this, QStringLiteral("unlockProblem")))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock Tend"));
    setMinimumWidth(480);

    auto *intro = new WrappingLabel(purpose == Purpose::Open
                                        ? tr("<h2>Tend is locked</h2><p>Type your passphrase to open what the two "
                                             "of you keep here.</p>")
                                        : tr("<h2>Tend locked itself</h2><p>Everything was saved. Type your "
                                             "passphrase to carry on where you left off.</p>"),
                                    this);
    auto *where = new WrappingLabel(vaultPath, this);
    where->setTextFormat(Qt::PlainText);
    styleAsQuiet(where);


    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);

    auto *buttons = m_buttons = new QDialogButtonBox(this);
    QPushButton *open = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("unlockButton"));
    open->setDefault(true);
    styleAsPrimary(open);
    QPushButton *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAutoDefault(false);
    connect(open, &QPushButton::clicked, this, &UnlockDialog::tryUnlock);
    connect(quit, &QPushButton::clicked, this, [this] {
        emit quitRequested();
        done(Rejected);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_passphrase->setFocus();
}

void UnlockDialog::reject()
{
    if (m_purpose == Purpose::Relock)
        return;
    emit quitRequested();
    QDialog::reject();
}

void UnlockDialog::addAlternative(const QString &text, const QString &objectName, const std::function<void()> &chosen)
{
    QPushButton *button = m_buttons->addButton(text, QDialogButtonBox::ActionRole);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, chosen);
}

void UnlockDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->show();
    adjustSize();
}

void UnlockDialog::tryUnlock()
{
    if (attemptWithPassphrase(m_passphrase, m_problem, m_unlock))
        accept();
}

} // namespace tend
