#pragma once

#include "crypto/securebytes.h"
#include "result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
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
    // Opening Tend, or coming back to a Tend that locked itself: then Escape and the window's
    // close button do nothing, since the only ways on are unlocking and quitting.
    enum class Purpose { Open, Relock };

    UnlockDialog(const QString &vaultPath, Unlock unlock, QWidget *parent = nullptr, Purpose purpose = Purpose::Open);

    void reject() override;
    // Another way on, beside Unlock and Quit (restoring a backup when the data will not open).
    void addAlternative(const QString &text, const QString &objectName, const std::function<void()> &chosen);
    void showProblem(const QString &problem);

signals:
    void quitRequested();

private:
    void tryUnlock();

    const Purpose m_purpose;

    Unlock m_unlock;
    QDialogButtonBox *m_buttons = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace tend
