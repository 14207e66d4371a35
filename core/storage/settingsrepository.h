#pragma once

#include "result.h"

#include <QString>

namespace tend {

class Clock;
class Database;

// The couple's settings that live with their data (not with one computer's window layout).
class SettingsRepository
{
public:
    SettingsRepository(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    Result<bool> flag(const QString &key, bool fallback) const;
    Status setFlag(const QString &key, bool value);

private:
    Database &m_database;
    const Clock &m_clock;
};

namespace setting {
// Each partner's answers stay hidden from the other's view until both have finished.
inline const QString RevealTogether = QStringLiteral("reveal_together");
} // namespace setting

} // namespace tend
