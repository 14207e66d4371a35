#include "checkinstore.h"

#include "checkins/checkintime.h"
#include "clock.h"

namespace tend {

CheckInStore::CheckInStore(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent), m_repository(database, clock), m_clock(clock)
{
}

Status CheckInStore::announce(Status status)
{
    if (status)
        emit changed();
    else
        emit failed(status.error().message);
    return status;
}

Status CheckInStore::add(CheckIn &checkIn)
{
    if (Status time = validateTime(checkIn, m_clock.nowUtc()); !time)
        return announce(time);
    return announce(m_repository.add(checkIn));
}

Status CheckInStore::update(CheckIn &checkIn)
{
    if (Status time = validateTime(checkIn, m_clock.nowUtc()); !time)
        return announce(time);
    return announce(m_repository.update(checkIn));
}

Status CheckInStore::remove(const QUuid &id)
{
    return announce(m_repository.remove(id));
}

Status CheckInStore::restore(const QUuid &id)
{
    return announce(m_repository.restore(id));
}

Status CheckInStore::forgetDeletedBefore(const QDateTime &cutoffUtc)
{
    Status status = m_repository.forgetDeletedBefore(cutoffUtc);
    if (!status)
        emit failed(status.error().message);
    return status;
}

Result<QList<CheckIn>> CheckInStore::onDay(const QDate &day)
{
    Result<QList<CheckIn>> checkIns = m_repository.onDay(day);
    if (!checkIns)
        emit failed(checkIns.error().message);
    return checkIns;
}

Result<QList<CheckIn>> CheckInStore::all()
{
    Result<QList<CheckIn>> checkIns = m_repository.all();
    if (!checkIns)
        emit failed(checkIns.error().message);
    return checkIns;
}

} // namespace tend
