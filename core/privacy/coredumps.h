#pragma once

#include "result.h"

namespace tend {

// What Tend holds in memory is private: no core file may take it to disk, not even through a
// crash handler such as systemd-coredump (which a zero size limit alone does not stop), and
// other programs of the same user may not read this process's memory.
Status keepMemoryOutOfCoreDumps();

} // namespace tend
