#pragma once

#include "model/formstatus.h"
#include "model/preference.h"
#include "result.h"

#include <QList>

namespace tend {

class Clock;
class Database;

// Each partner's answers about the aftercare catalogue: one row per partner and act.
class PreferenceRepository
{
public:
    PreferenceRepository(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    // Both partners' answers, archived acts included.
    Result<QList<Preference>> all() const;
    // Inserts or replaces the answer of `preference.partnerId` about `preference.actId`,
    // and fills in its id and timestamps.
    Status save(Preference &preference);
    // Saves many in one transaction: all or none.
    Status saveAll(QList<Preference> &preferences);

    // One entry per partner who ever marked their form; the others are not done.
    Result<QList<FormStatus>> formStatuses() const;
    Status setFormDone(const QUuid &partnerId, bool done);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace tend
