#pragma once

#include "crypto/securebytes.h"
#include "result.h"
#include "storage/backup.h"

#include <QDialog>
#include <QTimeZone>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tend {

// Picks a backup to restore: newest first, each with its day, kind and whether it is
// encrypted. An encrypted one needs the passphrase of the day it was made; `verify` checks the
// backup with it (reading only) before the person is asked to confirm.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    using Verify = std::function<Status(const Backup &backup, const SecureBytes &passphrase)>;

    RestoreDialog(const QList<Backup> &backups, const QTimeZone &zone, Verify verify, QWidget *parent = nullptr);

    // After acceptance: the backup, checked, and its passphrase.
    std::optional<Backup> chosen() const { return m_chosen; }
    const SecureBytes &passphrase() const { return m_passphrase; }

    static QString describe(const Backup &backup, const QTimeZone &zone);
    // What the confirmation says will happen; %1 is the backup's description.
    void setConfirmation(const QString &text) { m_confirmation = text; }

private:
    const Backup *selected() const;
    void updateFields();
    void tryRestore();
    bool confirm(const Backup &backup);

    QList<Backup> m_backups;
    QString m_confirmation;
    QTimeZone m_zone;
    Verify m_verify;
    QListWidget *m_list = nullptr;
    QLineEdit *m_passphraseField = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_restore = nullptr;
    std::optional<Backup> m_chosen;
    SecureBytes m_passphrase;
};

} // namespace tend
