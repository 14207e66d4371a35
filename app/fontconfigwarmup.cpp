#include "fontconfigwarmup.h"

#include <fontconfig/fontconfig.h>

namespace tend {

FontconfigWarmUp::FontconfigWarmUp()
    : m_thread([] { FcInit(); })
{
}

FontconfigWarmUp::~FontconfigWarmUp()
{
    wait();
}

void FontconfigWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace tend
