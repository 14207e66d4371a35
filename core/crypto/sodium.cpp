#include "sodium.h"

#include "texts.h"

#include <sodium.h>

namespace tend {

Status initialiseSodium()
{
    // 0: done now, 1: done before, -1: the library cannot work (no source of randomness).
    if (sodium_init() < 0)
        return Error{CryptoText::tr("Tend cannot use its encryption library on this system.")};
    return {};
}

} // namespace tend
