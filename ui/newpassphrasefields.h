#pragma once

#include "crypto/securebytes.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace tend {

// A new passphrase typed twice, with the hint on its strength, as rows of a form: shared by
// every dialog that chooses one.
class NewPassphraseFields : public QObject
{
    Q_OBJECT

public:
    NewPassphraseFields(QWidget *owner, QFormLayout *form, const QString &firstLabel);

    // Long enough, and typed the same twice.
    bool isAcceptable() const;
    // As UTF-8.
    SecureBytes passphrase() const;
    QLineEdit *firstField() const { return m_passphrase; }

signals:
    void changed();

private:
    void updateHint();

    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace tend
