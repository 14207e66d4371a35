#pragma once

#include "crypto/securebytes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tend {

// The first run's question: a passphrase that encrypts everything Tend keeps, said plainly
// that a lost passphrase means lost data; or, after a warning, no encryption at all.
class NewPassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Encrypt, KeepUnencrypted };

    explicit NewPassphraseDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The passphrase as UTF-8, when the choice is Encrypt.
    SecureBytes passphrase() const;

private:
    void updateHint();
    void confirmUnencrypted();

    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_encrypt = nullptr;
    Choice m_choice = Choice::Encrypt;
};

} // namespace tend
