#pragma once

#include "result.h"
#include "storage/needrepository.h"

#include <QObject>

namespace tend {

// The UI's door to the needs list. Every write announces itself with changed(); every
// failure, read or write, is reported once through failed() and returned to the caller.
class NeedStore : public QObject
{
    Q_OBJECT

public:
    NeedStore(Database &database, const Clock &clock, QObject *parent = nullptr);

    Result<QList<Need>> needs();
    Result<QUuid> pickedForWeek(const QDate &weekStart);

    Status add(Need &need);
    Status update(Need &need);
    Status remove(const QUuid &id);
    Status restore(const QUuid &id);
    Status saveOrder(const QList<QUuid> &ids);
    Status pickForWeek(const QDate &weekStart, const QUuid &needId);

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

    NeedRepository m_repository;
    const Clock &m_clock;
};

} // namespace tend
