#include "needstore.h"

namespace tend {

NeedStore::NeedStore(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent), m_repository(database, clock), m_clock(clock)
{
}

Status NeedStore::announce(Status status)
{
    if (status)
        emit changed();
    else
        emit failed(status.error().message);
    return status;
}

Result<QList<Need>> NeedStore::needs()
{
    return report(m_repository.all());
}

Result<QUuid> NeedStore::pickedForWeek(const QDate &weekStart)
{
    return report(m_repository.pickedForWeek(weekStart));
}

Status NeedStore::add(Need &need)
{
    return announce(m_repository.add(need));
}

Status NeedStore::update(Need &need)
{
    return announce(m_repository.update(need));
}

Status NeedStore::remove(const QUuid &id)
{
    return announce(m_repository.remove(id));
}

Status NeedStore::restore(const QUuid &id)
{
    return announce(m_repository.restore(id));
}

Status NeedStore::saveOrder(const QList<QUuid> &ids)
{
    return announce(m_repository.saveOrder(ids));
}

Status NeedStore::pickForWeek(const QDate &weekStart, const QUuid &needId)
{
    return announce(m_repository.pickForWeek(weekStart, needId));
}

} // namespace tend
