#pragma once

#include "crypto/securebytes.h"
#include "result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace tend {

// Asks for the passphrase of the encrypted data at `vaultPath` and tries it with `unlock`,
// which says why it failed; the dialog stays open, with the reason, until one works or the
// person quits.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    using Unlock = std::function<Status(const SecureBytes &passphrase)>;

    UnlockDialog(const QString &vaultPath, Unlock unlock, QWidget *parent = nullptr);

private:
    void tryUnlock();

    Unlock m_unlock;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace tend
