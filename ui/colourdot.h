#pragma once

#include <QIcon>
#include <QString>

namespace tend {

// A small filled circle in a partner's colour, for lists and choices.
QIcon colourDot(const QString &colour);

} // namespace tend
