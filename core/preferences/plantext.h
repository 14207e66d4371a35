#pragma once

#include <QCoreApplication>

namespace tend {

// Words of the plan and its document, in the "Plan" translation context.
inline QString planText(const char *text)
{
    return QCoreApplication::translate("Plan", text);
}

} // namespace tend
