#pragma once

#include "result.h"
#include "review/reviewrepository.h"

#include <QObject>

namespace tend {

// The UI's door to the couple's reviews. Every write announces itself with changed(); every
// failure, read or write, is reported once through failed() and returned to the caller.
class ReviewStore : public QObject
{
    Q_OBJECT

public:
    ReviewStore(Database &database, const Clock &clock, QObject *parent = nullptr);

    Status add(Review &review);
    Status update(Review &review);
    Status remove(const QUuid &id);
    Status restore(const QUuid &id);
    // Erases what deleted reviews said, once undo can no longer bring them back. Nothing the
    // couple can see changes, so it announces no change.
    Status forgetDeletedBefore(const QDateTime &cutoffUtc);

    Result<QList<Review>> all();
    Result<std::optional<Review>> lastCompleted();
    const Clock &clock() const { return m_clock; }

signals:
    void changed();
    void failed(const QString &message);

private:
    Status announce(Status status);
    template <typename T>
    Result<T> report(Result<T> result)
    {
        if (!result)
            emit failed(result.error().message);
        return result;
    }

    ReviewRepository m_repository;
    const Clock &m_clock;
};

} // namespace tend
