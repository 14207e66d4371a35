#pragma once

#include <QDateTime>

#include <chrono>
#include <optional>

namespace tend {

class Clock;

// When Tend locks itself: once nothing has been done in its windows for the chosen time.
// It reads time from the injected clock, so tests move time instead of waiting.
class IdleLock
{
public:
    static constexpr std::chrono::minutes DefaultTimeout{10};

    explicit IdleLock(const Clock &clock, std::optional<std::chrono::minutes> timeout = DefaultTimeout);

    // Nothing: never lock on idle.
    void setTimeout(std::optional<std::chrono::minutes> timeout);
    std::optional<std::chrono::minutes> timeout() const { return m_timeout; }

    // A key pressed, the mouse used: the idle time starts again.
    void noteActivity();
    // Whether it is time to lock.
    bool isDue() const;
    // How long until it is, from now (zero when due; nothing when it never will be).
    std::optional<std::chrono::milliseconds> untilDue() const;

private:
    const Clock &m_clock;
    std::optional<std::chrono::minutes> m_timeout;
    QDateTime m_lastActivityUtc;
};

} // namespace tend
