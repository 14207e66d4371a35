#include "unlockdialog.h"

#include "typography.h"
#include "wrappinglabel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tend {

UnlockDialog::UnlockDialog(const QString &vaultPath, Unlock unlock, QWidget *parent, Purpose purpose)
    : QDialog(parent), m_purpose(purpose), m_unlock(std::move(unlock)), m_passphrase(new QLineEdit(this)),
      m_problem(new WrappingLabel(this))
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

    m_passphrase->setObjectName(QStringLiteral("unlockPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_problem->setObjectName(QStringLiteral("unlockProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    styleAsProblem(m_problem);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);

    auto *buttons = new QDialogButtonBox(this);
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

void UnlockDialog::tryUnlock()
{
    Status unlocked;
    {
        // Deriving the key takes a noticeable moment, on purpose.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        unlocked = m_unlock(SecureBytes::copyOf(m_passphrase->text().toUtf8()));
        QApplication::restoreOverrideCursor();
    }
    if (unlocked) {
        m_passphrase->clear();
        accept();
        return;
    }
    m_problem->setText(unlocked.error().message);
    m_problem->show();
    adjustSize(); // room for the reason, without squeezing the rest
    m_passphrase->selectAll();
    m_passphrase->setFocus();
}

} // namespace tend
