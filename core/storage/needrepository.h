#pragma once

#include "model/need.h"
#include "result.h"

#include <QList>

namespace tend {

class Clock;
class Database;

// The couple's shared list of needs.
class NeedRepository
{
public:
    NeedRepository(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    // Stores new needs in one transaction and fills in their ids and timestamps.
    Status addAll(QList<Need> &needs);
    // Needs in the couple's own order.
    Result<QList<Need>> all() const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace tend
