#include "newpassphrasefields.h"

#include "crypto/passphrasestrength.h"
#include "typography.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace tend {

NewPassphraseFields::NewPassphraseFields(QWidget *owner, QFormLayout *form, const QString &firstLabel)
    : QObject(owner), m_passphrase(new QLineEdit(owner)), m_repeat(new QLineEdit(owner)), m_hint(new QLabel(owner))
{
    for (QLineEdit *field : {m_passphrase, m_repeat}) {
        field->setEchoMode(QLineEdit::Password);
        field->setMinimumWidth(300);
        connect(field, &QLineEdit::textChanged, this, &NewPassphraseFields::updateHint);
    }
    m_passphrase->setObjectName(QStringLiteral("newPassphrase"));
    m_passphrase->setAccessibleName(tr("New passphrase"));
    m_repeat->setObjectName(QStringLiteral("repeatPassphrase"));
    m_repeat->setAccessibleName(tr("New passphrase again"));
    m_hint->setObjectName(QStringLiteral("passphraseHint"));
    m_hint->setWordWrap(true);
    styleAsQuiet(m_hint);

    form->addRow(firstLabel, m_passphrase);
    form->addRow(tr("&Again:"), m_repeat);
    form->addRow(QString(), m_hint);
    updateHint();
}

bool NewPassphraseFields::isAcceptable() const
{
    return passphraseStrength(m_passphrase->text()) != PassphraseStrength::TooShort
           && m_passphrase->text() == m_repeat->text();
}

SecureBytes NewPassphraseFields::passphrase() const
{
    return SecureBytes::copyOf(m_passphrase->text().toUtf8());
}

void NewPassphraseFields::updateHint()
{
    const PassphraseStrength strength = passphraseStrength(m_passphrase->text());
    QString hint = passphraseStrengthText(strength);
    if (strength != PassphraseStrength::TooShort && m_passphrase->text() != m_repeat->text())
        hint += QLatin1Char(' ') + tr("Type it again below, the same.");
    m_hint->setText(hint);
    emit changed();
}

} // namespace tend
