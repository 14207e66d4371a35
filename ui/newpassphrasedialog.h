#pragma once

#include "crypto/securebytes.h"

#include <QDialog>

class QPushButton;

namespace tend {

class NewPassphraseFields;

// The first run's question: a passphrase that encrypts everything Tend keeps, said plainly
// that a lost passphrase means lost data; or, after a warning, no encryption at all. Asked
// again later when someone who chose no encryption turns it on (Purpose::EncryptNow).
class NewPassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Encrypt, KeepUnencrypted };
    enum class Purpose { FirstRun, EncryptNow };

    explicit NewPassphraseDialog(QWidget *parent = nullptr, Purpose purpose = Purpose::FirstRun);

    Choice choice() const { return m_choice; }
    // The passphrase as UTF-8, when the choice is Encrypt.
    SecureBytes passphrase() const;

private:
    void confirmUnencrypted();

    NewPassphraseFields *m_fields = nullptr;
    QPushButton *m_encrypt = nullptr;
    Choice m_choice = Choice::Encrypt;
};

} // namespace tend
