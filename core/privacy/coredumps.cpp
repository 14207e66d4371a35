#include "coredumps.h"

#include "texts.h"

#include <cerrno>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace tend {

Status keepMemoryOutOfCoreDumps()
{
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0 || prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        return Error{PrivacyText::tr("Tend could not keep its memory out of crash reports: %1.")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)))};
    }
    return {};
}

} // namespace tend
