#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace tend {

// Everything in Tend that needs "now" asks a Clock, so time-based rules are testable.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    virtual QTimeZone timeZone() const = 0;

    QDateTime nowLocal() const { return nowUtc().toTimeZone(timeZone()); }
    QDate today() const { return nowLocal().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    QTimeZone timeZone() const override;
};

// A clock that only moves when told to; for tests, demos and benchmarks.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime nowUtc, QTimeZone zone = QTimeZone::utc())
        : m_now(nowUtc.toUTC()), m_zone(std::move(zone)) {}

    QDateTime nowUtc() const override { return m_now; }
    QTimeZone timeZone() const override { return m_zone; }

    void setNowUtc(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
    QTimeZone m_zone;
};

} // namespace tend
