#pragma once

#include "model/aftercareact.h"
#include "result.h"

#include <QList>

namespace tend {

class Clock;
class Database;

// The aftercare catalogue: built-in acts and the couple's own.
class ActRepository
{
public:
    ActRepository(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    enum class Archived { Exclude, Include };
    // Grouped by form, then in each form's own order.
    Result<QList<AftercareAct>> all(Archived archived = Archived::Exclude) const;

    // A new act of the couple's own, last in its form; fills in id, order and timestamps.
    Status add(AftercareAct &act);
    // Saves a changed label, description, form, order or archived state.
    Status update(AftercareAct &act);
    // Puts the act last in another form.
    Status moveToForm(AftercareAct &act, CareForm form);
    // The order that puts an act last in `form`.
    Result<int> nextSortOrder(CareForm form) const;

private:
    Status write(AftercareAct &act, bool isNew);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace tend
