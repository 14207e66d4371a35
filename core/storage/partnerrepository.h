#pragma once

#include "model/partner.h"
#include "result.h"

#include <QList>

namespace tend {

class Clock;
class Database;

class PartnerRepository
{
public:
    PartnerRepository(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    // Both partners in seat order; empty before the first run is finished.
    Result<QList<Partner>> all() const;

    // Inserts the partner in its seat, or updates the one already sitting there.
    // Fills in id and timestamps.
    Status save(Partner &partner);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace tend
