#pragma once

#include <thread>

namespace tend {

// Fontconfig reads its whole configuration and font cache the first time any text is measured,
// several milliseconds that Tend would otherwise wait for after opening the database. This starts
// that reading on a second thread at once; Qt's own FcInit() later finds it done. Fontconfig is
// thread-safe, so a dialog that measures text before the warm-up ends is merely slower.
class FontconfigWarmUp
{
public:
    FontconfigWarmUp();
    ~FontconfigWarmUp();
    FontconfigWarmUp(const FontconfigWarmUp &) = delete;
    FontconfigWarmUp &operator=(const FontconfigWarmUp &) = delete;

    void wait();

private:
    std::thread m_thread;
};

} // namespace tend
