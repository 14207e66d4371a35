#pragma once

#include <QCoreApplication>

namespace tend {

// Messages from the storage layer, in the "Storage" translation context.
inline QString storageText(const char *text)
{
    return QCoreApplication::translate("Storage", text);
}

} // namespace tend
