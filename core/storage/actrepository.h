#pragma once

#include "model/aftercareact.h"
#include "result.h"

#include <QList>

namespace tend {

class Database;

// The aftercare catalogue: built-in acts and the couple's own.
class ActRepository
{
public:
    explicit ActRepository(Database &database) : m_database(database) {}

    enum class Archived { Exclude, Include };
    // Grouped by form, then in each form's own order.
    Result<QList<AftercareAct>> all(Archived archived = Archived::Exclude) const;

private:
    Database &m_database;
};

} // namespace tend
