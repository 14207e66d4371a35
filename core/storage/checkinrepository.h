#pragma once

#include "model/checkin.h"
#include "result.h"
#include "storage/sqlquery.h"

#include <QList>

#include <optional>

namespace tend {

class Clock;
class Database;

class CheckInRepository
{
public:
    CheckInRepository(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    // Stores a new check-in and fills in its id and timestamps.
    Status add(CheckIn &checkIn);
    // Stores many in one transaction: for generated histories.
    Status addAll(QList<CheckIn> &checkIns);
    Status update(CheckIn &checkIn);

    // Deletes are soft, so that undo can bring a check-in back exactly as it was.
    Status remove(const QUuid &id);
    Status restore(const QUuid &id);

    // Deleted check-ins are kept only so undo can bring them back. Once that is no longer
    // possible (the session that deleted them is over), what was written in them is erased:
    // the note and the aftercare; the id and deletion time stay, so copies can still be merged.
    Status forgetDeletedBefore(const QDateTime &cutoffUtc);

    // Every check-in of both partners, newest first (by time, then by when it was written).
    Result<QList<CheckIn>> all() const;
    // Both partners' check-ins on a calendar day, oldest first.
    Result<QList<CheckIn>> onDay(const QDate &day) const;
    Result<std::optional<CheckIn>> find(const QUuid &id) const;
    Result<int> count() const;

private:
    sql::PreparedStatement actInsertion() const;
    Status writeActs(const CheckIn &checkIn, sql::PreparedStatement &insertAct);
    Status setDeleted(const QUuid &id, bool deleted, const QString &action);
    // Which aftercare rows select() reads: only those of the check-ins it picked, or simply all
    // of them, which is much faster when (nearly) all check-ins are picked; the rest are skipped.
    enum class ActRows { OfPicked, All };
    // `condition` (on check_ins' columns) picks the check-ins; `order` sorts them.
    Result<QList<CheckIn>> select(const QString &condition, const QString &order, const QVariantList &values,
                                  ActRows actRows = ActRows::OfPicked) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace tend
