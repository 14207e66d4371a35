#include "scale.h"

#include "texts.h"

namespace tend {

Status validateScale(int value, const QString &what)
{
    if (isOnScale(value))
        return {};
    return Error{ValidationText::tr("%1 must be between %2 and %3; it was %4.")
                     .arg(what)
                     .arg(ScaleMin)
                     .arg(ScaleMax)
                     .arg(value)};
}

} // namespace tend
