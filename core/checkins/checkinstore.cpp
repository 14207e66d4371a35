#include "checkinstore.h"

#include "checkins/checkintime.h"
#include "checkins/newestfirst.h"
#include "clock.h"

#include <tuple>

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

void CheckInStore::rememberStored(const QUuid &id)
{
    if (!m_all)
        return;
    Result<std::optional<CheckIn>> stored = m_repository.find(id);
    if (!stored) {
        m_all.reset(); // all() reads everything again, and reports if that fails too
        return;
    }
    if (*stored)
        placeNewestFirst(*m_all, **stored);
    else
        removeById(*m_all, id);
}

Status CheckInStore::add(CheckIn &checkIn)
{
    if (Status time = validateTime(checkIn, m_clock.nowUtc()); !time)
        return announce(time);
    Status added = m_repository.add(checkIn);
    if (added)
        rememberStored(checkIn.id);
    return announce(added);
}

Status CheckInStore::update(CheckIn &checkIn)
{
    if (Status time = validateTime(checkIn, m_clock.nowUtc()); !time)
        return announce(time);
    Status updated = m_repository.update(checkIn);
    if (updated)
        rememberStored(checkIn.id);
    return announce(updated);
}

Status CheckInStore::remove(const QUuid &id)
{
    Status removed = m_repository.remove(id);
    if (removed && m_all)
        removeById(*m_all, id);
    return announce(removed);
}

Status CheckInStore::restore(const QUuid &id)
{
    Status restored = m_repository.restore(id);
    if (restored)
        rememberStored(id);
    return announce(restored);
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
    if (m_all)
        return *m_all;
    Result<QList<CheckIn>> checkIns = m_repository.all();
    if (!checkIns) {
        emit failed(checkIns.error().message);
        return checkIns;
    }
    m_all = *checkIns;
    return checkIns;
}

void CheckInStore::readAhead()
{
    std::ignore = all();
}

} // namespace tend
