#pragma once

#include "model/need.h"
#include "result.h"
#include "storage/sqlquery.h"

#include <QDate>
#include <QList>

namespace tend {

class Clock;
class Database;

// The couple's shared list of needs, and which need they picked for a week.
class NeedRepository
{
public:
    NeedRepository(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    // Adds a need last in the couple's order and fills in its id, order and timestamps.
    // Refuses one whose text (ignoring case and spacing) is already on the list and not resolved.
    Status add(Need &need);
    // Stores new needs in one transaction and fills in their ids and timestamps: for generated histories.
    Status addAll(QList<Need> &needs);
    // Saves changed text, priority, status, resolution, discussed time or order.
    Status update(Need &need);
    // Deletes are soft, so that undo can bring a need back exactly as it was.
    Status remove(const QUuid &id);
    Status restore(const QUuid &id);
    // Once undo can no longer bring them back, what deleted needs said is erased.
    Status forgetDeletedBefore(const QDateTime &cutoffUtc);
    // Puts the needs in this order (1, 2, 3, …) in one transaction; ids not listed keep theirs.
    Status saveOrder(const QList<QUuid> &ids);

    // Needs in the couple's own order, deleted ones left out.
    Result<QList<Need>> all() const;

    // The need the couple picked for the week starting `weekStart` (a Monday); null when none.
    Result<QUuid> pickedForWeek(const QDate &weekStart) const;
    // Picks a live need for that week, replacing an earlier pick; a null id takes the pick back.
    Status pickForWeek(const QDate &weekStart, const QUuid &needId);

private:
    Status refuseDuplicate(const Need &need, const QString &action) const;
    sql::PreparedStatement insertion(const QString &action) const;
    static QVariantList rowValues(const Need &need);
    Status setDeleted(const QUuid &id, bool deleted, const QString &action);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace tend
