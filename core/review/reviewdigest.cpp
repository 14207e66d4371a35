#include "reviewdigest.h"

#include "history/checkinspan.h"

#include <algorithm>
#include <vector>

namespace tend {

namespace {

struct BothCheckedIn
{
    int days = 0;
    int longestRun = 0;
};

BothCheckedIn bothCheckedIn(const QList<CheckIn> &checkIns, const PartnerIds &partners, const DayPeriod &period)
{
    const CheckInSpan span = checkInsAround(checkIns, period);
    if (span.isEmpty())
        return {};
    std::vector<std::array<bool, 2>> checkedIn(size_t(span.days.days()));
    for (qsizetype position = span.begin; position < span.end; ++position) {
        const CheckIn &checkIn = checkIns.at(position);
        const int place = placeOf(partners, checkIn.partnerId);
        if (place >= 0 && span.days.contains(checkIn.localDay))
            checkedIn[size_t(span.days.from.daysTo(checkIn.localDay))][size_t(place)] = true;
    }
    BothCheckedIn both;
    int run = 0;
    for (const auto &day : checkedIn) {
        const bool bothThatDay = day[0] && day[1];
        both.days += bothThatDay ? 1 : 0;
        run = bothThatDay ? run + 1 : 0;
        both.longestRun = std::max(both.longestRun, run);
    }
    return both;
}

} // namespace

PartnerIds partnerIdsOf(const std::array<Partner, 2> &partners)
{
    return {partners[0].id, partners[1].id};
}

ReviewDigest digestReview(const ReviewInputs &inputs)
{
    const PartnerIds partners = partnerIdsOf(inputs.partners);
    ReviewDigest digest;
    digest.period = inputs.period;
    digest.zone = inputs.zone;
    if (!inputs.period.isValid())
        return digest;
    digest.summaries = summarisePeriod(inputs.checkIns, partners, inputs.period);
    digest.divergentDays = divergentDays(inputs.checkIns, partners, inputs.period);
    const auto balance = aftercareBalance(inputs.checkIns, partners, inputs.catalogue, inputs.period);
    for (size_t place = 0; place < 2; ++place) {
        digest.wishedNotReceived[place] = mostWishedNotReceived(balance[place], ReviewWishedNotReceivedCount);
        digest.checkInCounts[place] = digest.summaries[place].current.count;
    }
    digest.needs = needActivity(inputs.needs, inputs.period, inputs.zone);
    digest.weeklyNeed = inputs.weeklyNeed;
    const BothCheckedIn both = bothCheckedIn(inputs.checkIns, partners, inputs.period);
    digest.daysBothCheckedIn = both.days;
    digest.longestRunBothCheckedIn = both.longestRun;
    return digest;
}

} // namespace tend
