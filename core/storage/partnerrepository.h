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
    // Saves both partners in one transaction: both are stored, or neither changes.
    Status saveAll(QList<Partner> &partners);

private:
    Status write(Partner &partner, const QDateTime &now);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace tend
