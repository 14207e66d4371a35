#include "idlelock.h"

#include "clock.h"

#include <algorithm>

namespace tend {

IdleLock::IdleLock(const Clock &clock, std::optional<std::chrono::minutes> timeout)
    : m_clock(clock), m_timeout(timeout), m_lastActivityUtc(clock.nowUtc())
{
}

void IdleLock::setTimeout(std::optional<std::chrono::minutes> timeout)
{
    m_timeout = timeout;
}

void IdleLock::noteActivity()
{
    m_lastActivityUtc = m_clock.nowUtc();
}

bool IdleLock::isDue() const
{
    const std::optional<std::chrono::milliseconds> left = untilDue();
    return left && left->count() == 0;
}

std::optional<std::chrono::milliseconds> IdleLock::untilDue() const
{
    if (!m_timeout)
        return std::nullopt;
    const qint64 idleMs = m_lastActivityUtc.msecsTo(m_clock.nowUtc());
    const qint64 timeoutMs = std::chrono::duration_cast<std::chrono::milliseconds>(*m_timeout).count();
    // A clock set back (idleMs < 0) counts as no idle time, never as a lock long overdue.
    return std::chrono::milliseconds(std::max<qint64>(0, timeoutMs - std::max<qint64>(0, idleMs)));
}

} // namespace tend
