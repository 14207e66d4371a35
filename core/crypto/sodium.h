#pragma once

#include "result.h"

namespace tend {

// libsodium must be initialised once before any other call; safe to call again.
Status initialiseSodium();

} // namespace tend
