#pragma once

#include "crypto/securebytes.h"
#include "result.h"

#include <functional>

class QLabel;
class QLineEdit;
class QString;
class QWidget;

namespace tend {

// A field for a passphrase, its characters hidden.
QLineEdit *passphraseField(QWidget *parent, const QString &objectName, const QString &accessibleName);
// Where a failed attempt says why; hidden until one does.
QLabel *problemLabel(QWidget *parent, const QString &objectName);

// Tries what `field` holds as a passphrase with `attempt` (a key is derived: it takes a moment,
// under a wait cursor). On failure the reason shows in `problem` and the passphrase is selected
// for typing again; on success the field is emptied.
Status attemptWithPassphrase(QLineEdit *field, QLabel *problem,
                             const std::function<Status(const SecureBytes &passphrase)> &attempt);

} // namespace tend
