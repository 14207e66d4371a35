#pragma once

#include "review/reviewdigest.h"

#include <QHash>

namespace tend {

class CheckInStore;
class NeedStore;
class PreferenceStore;

// What a review of one period is made of, with what it takes to put it into words.
struct ReviewContext
{
    ReviewDigest digest;
    std::array<Partner, 2> partners;
    QHash<QUuid, QString> actNames;
    QTimeZone zone;
};

// Reads the check-ins, needs and catalogue once and digests any period from them, so that
// moving the dates of the next review does not read the database again.
class ReviewSources
{
public:
    ReviewSources(CheckInStore &checkIns, NeedStore &needs, PreferenceStore &preferences);

    void setPartners(const std::array<Partner, 2> &partners) { m_partners = partners; }
    // The stores changed: read again before the next digest.
    void markStale() { m_stale = true; }
    // Reads the stores if they changed; false when one could not be read (it has said why).
    bool refresh();

    QDate today() const;
    // The day of the first check-in; invalid when there is none.
    QDate firstCheckInDay() const { return m_firstCheckInDay; }
    ReviewContext contextFor(const DayPeriod &period) const;

private:
    CheckInStore &m_checkInStore;
    NeedStore &m_needStore;
    PreferenceStore &m_preferenceStore;
    std::array<Partner, 2> m_partners;
    bool m_stale = true;

    QList<CheckIn> m_checkIns;
    QList<Need> m_needs;
    std::optional<Need> m_weeklyNeed;
    QList<AftercareAct> m_catalogue;
    QHash<QUuid, QString> m_actNames;
    QDate m_firstCheckInDay;
};

} // namespace tend
