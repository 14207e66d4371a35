#include "reviewsources.h"

#include "checkins/checkinstore.h"
#include "clock.h"
#include "needs/needstore.h"
#include "needs/weeklyneed.h"
#include "preferences/preferencestore.h"

namespace tend {

ReviewSources::ReviewSources(CheckInStore &checkIns, NeedStore &needs, PreferenceStore &preferences)
    : m_checkInStore(checkIns), m_needStore(needs), m_preferenceStore(preferences)
{
}

QDate ReviewSources::today() const
{
    return m_checkInStore.clock().today();
}

bool ReviewSources::refresh()
{
    if (!m_stale)
        return true;
    const Clock &clock = m_needStore.clock();
    Result<QList<CheckIn>> checkIns = m_checkInStore.all();
    Result<QList<Need>> needs = m_needStore.needs();
    Result<QUuid> picked = m_needStore.pickedForWeek(weekStart(clock.today()));
    Result<QList<AftercareAct>> catalogue = m_preferenceStore.acts(ActRepository::Archived::Include);
    if (!checkIns || !needs || !picked || !catalogue)
        return false;
    m_checkIns = std::move(checkIns).value();
    m_needs = std::move(needs).value();
    const std::optional<WeeklyNeed> weekly = weeklyNeed(m_needs, picked.value(), clock.today(), clock.timeZone());
    m_weeklyNeed = weekly ? std::optional(weekly->need) : std::nullopt;
    m_catalogue = std::move(catalogue).value();
    m_actNames.clear();
    for (const AftercareAct &act : m_catalogue)
        m_actNames.insert(act.id, act.label);
    m_firstCheckInDay = QDate();
    for (const CheckIn &checkIn : m_checkIns) {
        if (!m_firstCheckInDay.isValid() || checkIn.localDay < m_firstCheckInDay)
            m_firstCheckInDay = checkIn.localDay;
    }
    m_stale = false;
    return true;
}

ReviewContext ReviewSources::contextFor(const DayPeriod &period) const
{
    const QTimeZone zone = m_needStore.clock().timeZone();
    const ReviewInputs inputs{m_checkIns, m_partners, m_catalogue, m_needs, m_weeklyNeed, period, zone};
    return {digestReview(inputs), m_partners, m_actNames, zone};
}

} // namespace tend
