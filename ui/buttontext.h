#pragma once

#include <QString>

namespace tend {

// Text people typed (a name, say), shown on a button as typed: a lone & would mark a shortcut.
inline QString asButtonText(QString typed)
{
    return typed.replace(u'&', QStringLiteral("&&"));
}

} // namespace tend
