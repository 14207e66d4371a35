#include "passphraseattempt.h"

#include "typography.h"
#include "wrappinglabel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>

namespace tend {

QLineEdit *passphraseField(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    field->setAccessibleName(accessibleName);
    return field;
}

QLabel *problemLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new WrappingLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    styleAsProblem(label);
    label->hide();
    return label;
}

Status attemptWithPassphrase(QLineEdit *field, QLabel *problem,
                             const std::function<Status(const SecureBytes &passphrase)> &attempt)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status result = attempt(SecureBytes::copyOf(field->text().toUtf8()));
    QApplication::restoreOverrideCursor();
    if (result) {
        field->clear();
        problem->hide();
        return result;
    }
    problem->setText(result.error().message);
    problem->show();
    if (QWidget *dialog = field->window())
        dialog->adjustSize(); // room for the reason, without squeezing the rest
    field->selectAll();
    field->setFocus();
    return result;
}

} // namespace tend
