#include "restoredialog.h"

#include "passphraseattempt.h"
#include "typography.h"
#include "wrappinglabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tend {

namespace {

QString kindText(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily:
        return RestoreDialog::tr("daily");
    case BackupKind::Manual:
        return RestoreDialog::tr("made by hand");
    case BackupKind::BeforeRestore:
        return RestoreDialog::tr("before a restore");
    }
    return {};
}

} // namespace

QString RestoreDialog::describe(const Backup &backup, const QTimeZone &zone)
{
    const QDateTime local = backup.madeUtc.toTimeZone(zone);
    return tr("%1, %2 — %3, %4, %5", "when, time — kind, encrypted or not, size")
        .arg(QLocale().toString(local.date(), QLocale::LongFormat), local.time().toString(QStringLiteral("HH:mm")),
             kindText(backup.kind), backup.sealed ? tr("encrypted") : tr("not encrypted"),
             QLocale().formattedDataSize(backup.bytes));
}

RestoreDialog::RestoreDialog(const QList<Backup> &backups, const QTimeZone &zone, Verify verify, QWidget *parent)
    : QDialog(parent), m_backups(backups),
      m_confirmation(tr("Tend will show what it held on %1. What it holds now is backed up first.")), m_zone(zone), m_verify(std::move(verify)), m_list(new QListWidget(this)),
      m_passphraseField(passphraseField(this, QStringLiteral("backupPassphrase"), tr("The backup's passphrase"))),
      m_problem(problemLabel(this, QStringLiteral("restoreProblem")))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from backup"));
    setMinimumWidth(620);

    auto *intro = new WrappingLabel(tr("<h2>Restore from a backup</h2>"
                                       "<p>What Tend holds now is backed up first, so you can always come back "
                                       "to it.</p>"),
                                    this);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    for (const Backup &backup : std::as_const(m_backups))
        m_list->addItem(describe(backup, m_zone));
    auto *empty = new WrappingLabel(tr("There are no backups yet. Tend makes one each day it is used."), this);
    empty->setObjectName(QStringLiteral("noBackups"));
    styleAsQuiet(empty);
    empty->setVisible(m_backups.isEmpty());
    m_list->setVisible(!m_backups.isEmpty());

    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase of that day:"), m_passphraseField);

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::tryRestore);
    connect(cancel, &QPushButton::clicked, this, &RestoreDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &RestoreDialog::updateFields);
    connect(m_passphraseField, &QLineEdit::textChanged, this, &RestoreDialog::updateFields);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(empty);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    if (!m_backups.isEmpty())
        m_list->setCurrentRow(0);
    updateFields();
    m_list->setFocus();
}

const Backup *RestoreDialog::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_backups.size() ? &m_backups[row] : nullptr;
}

void RestoreDialog::updateFields()
{
    const Backup *backup = selected();
    const bool needsPassphrase = backup && backup->sealed;
    m_passphraseField->setEnabled(needsPassphrase);
    m_passphraseField->setPlaceholderText(backup && !backup->sealed ? tr("Not needed: this backup is not encrypted")
                                                                    : QString());
    m_restore->setEnabled(backup && (!needsPassphrase || !m_passphraseField->text().isEmpty()));
}

void RestoreDialog::tryRestore()
{
    const Backup *backup = selected();
    if (!backup)
        return;
    SecureBytes checked;
    const Status verified = attemptWithPassphrase(m_passphraseField, m_problem, [&](const SecureBytes &passphrase) {
        Status status = m_verify(*backup, passphrase);
        if (status)
            checked = SecureBytes::copyOf(passphrase.view());
        return status;
    });
    if (!verified || !confirm(*backup))
        return;
    m_chosen = *backup;
    m_passphrase = std::move(checked);
    accept();
}

bool RestoreDialog::confirm(const Backup &backup)
{
    // Restoring brings back that day's encryption: say so, it is a change of privacy.
    const QString afterwards = backup.sealed ? tr("Afterwards the passphrase is the one of that day.")
                                             : tr("That backup is not encrypted: afterwards Tend no longer encrypts "
                                                  "your data.");
    QMessageBox question(QMessageBox::Question, tr("Restore this backup?"),
                         m_confirmation.arg(describe(backup, m_zone)) + QLatin1Char(' ') + afterwards,
                         QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("confirmRestore"));
    QPushButton *restore = question.addButton(tr("Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("confirmRestoreButton"));
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(restore);
    question.exec();
    return question.clickedButton() == restore;
}

} // namespace tend
