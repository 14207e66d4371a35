#include "reviewstore.h"

namespace tend {

ReviewStore::ReviewStore(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent), m_repository(database, clock), m_clock(clock)
{
}

Status ReviewStore::announce(Status status)
{
    if (status)
        emit changed();
    else
        emit failed(status.error().message);
    return status;
}

Status ReviewStore::add(Review &review)
{
    return announce(m_repository.add(review));
}

Status ReviewStore::update(Review &review)
{
    return announce(m_repository.update(review));
}

Status ReviewStore::remove(const QUuid &id)
{
    return announce(m_repository.remove(id));
}

Status ReviewStore::restore(const QUuid &id)
{
    return announce(m_repository.restore(id));
}

Status ReviewStore::forgetDeletedBefore(const QDateTime &cutoffUtc)
{
    return report(m_repository.forgetDeletedBefore(cutoffUtc));
}

Result<QList<Review>> ReviewStore::all()
{
    return report(m_repository.all());
}

Result<std::optional<Review>> ReviewStore::lastCompleted()
{
    return report(m_repository.lastCompleted());
}

} // namespace tend
