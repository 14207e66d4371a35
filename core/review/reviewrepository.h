#pragma once

#include "model/review.h"
#include "result.h"
#include "storage/sqlquery.h"

#include <QList>

#include <optional>

namespace tend {

class Clock;
class Database;

// The reviews the couple held, with what they answered to each review's questions.
class ReviewRepository
{
public:
    ReviewRepository(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    // Stores a new review with its answers and fills in its id and timestamps.
    Status add(Review &review);
    // Saves the period, notes, agreements and completion; the answers are replaced by the given ones.
    Status update(Review &review);
    // Deletes are soft, so that undo can bring a review back exactly as it was.
    Status remove(const QUuid &id);
    Status restore(const QUuid &id);
    // Once undo can no longer bring them back, what deleted reviews said is erased: notes,
    // agreements and answers. The period and the id stay, so copies can still be merged.
    Status forgetDeletedBefore(const QDateTime &cutoffUtc);

    // Every review, the newest period first, deleted ones left out.
    Result<QList<Review>> all() const;
    // The done review whose period ends latest; none when no review has been done yet.
    Result<std::optional<Review>> lastCompleted() const;

private:
    Status writeAnswers(const Review &review);
    Status setDeleted(const QUuid &id, bool deleted, const QString &action);
    Result<QList<Review>> select(const QString &where, const QVariantList &values) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace tend
