#pragma once

#include <QCoreApplication>

namespace tend {

// Messages from validation, in the "Validation" translation context.
inline QString validationText(const char *text)
{
    return QCoreApplication::translate("Validation", text);
}

} // namespace tend
