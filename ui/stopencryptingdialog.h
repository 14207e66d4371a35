#pragma once

#include "crypto/securebytes.h"
#include "result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace tend {

// Turning encryption off: says plainly what that means, and asks for the passphrase, so that
// only someone who knows it can. `check` says whether the passphrase is right.
class StopEncryptingDialog : public QDialog
{
    Q_OBJECT

public:
    using Check = std::function<Status(const SecureBytes &passphrase)>;

    explicit StopEncryptingDialog(Check check, QWidget *parent = nullptr);

private:
    void tryStop();

    Check m_check;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace tend
