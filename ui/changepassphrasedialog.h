#pragma once

#include "crypto/securebytes.h"
#include "result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tend {

class NewPassphraseFields;

// Changes the passphrase: the current one, then the new one twice. `change` does it and says
// why it could not (a wrong current passphrase); the dialog stays open until it works or the
// person cancels.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    using Change = std::function<Status(const SecureBytes &current, const SecureBytes &next)>;

    explicit ChangePassphraseDialog(Change change, QWidget *parent = nullptr);

private:
    void tryChange();

    Change m_change;
    QLineEdit *m_current = nullptr;
    NewPassphraseFields *m_fields = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace tend
