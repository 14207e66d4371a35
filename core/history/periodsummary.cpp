#include "periodsummary.h"

#include "checkinspan.h"

namespace tend {

namespace {

struct Sums
{
    int count = 0;
    int mood = 0;
    int stress = 0;
    int closeness = 0;
    int feltCaredForCount = 0;
    int feltCaredFor = 0;

    void add(const CheckIn &checkIn)
    {
        ++count;
        mood += checkIn.mood;
        stress += checkIn.stress;
        closeness += checkIn.closeness;
        if (checkIn.feltCaredFor) {
            ++feltCaredForCount;
            feltCaredFor += *checkIn.feltCaredFor;
        }
    }
};

std::optional<double> average(int sum, int count)
{
    return count > 0 ? std::optional<double>(static_cast<double>(sum) / count) : std::nullopt;
}

ScaleAverages averagesOf(const Sums &sums)
{
    return {.count = sums.count,
            .mood = average(sums.mood, sums.count),
            .stress = average(sums.stress, sums.count),
            .closeness = average(sums.closeness, sums.count),
            .feltCaredForCount = sums.feltCaredForCount,
            .feltCaredFor = average(sums.feltCaredFor, sums.feltCaredForCount)};
}

std::optional<double> difference(const std::optional<double> &now, const std::optional<double> &before)
{
    return now && before ? std::optional<double>(*now - *before) : std::nullopt;
}

PeriodSummary summaryOf(const Sums &current, const Sums &previous)
{
    PeriodSummary summary{averagesOf(current), averagesOf(previous), {}};
    summary.change = {difference(summary.current.mood, summary.previous.mood),
                      difference(summary.current.stress, summary.previous.stress),
                      difference(summary.current.closeness, summary.previous.closeness),
                      difference(summary.current.feltCaredFor, summary.previous.feltCaredFor)};
    return summary;
}

} // namespace

std::array<PeriodSummary, 2> summarisePeriod(const QList<CheckIn> &checkIns, const PartnerIds &partners,
                                             const DayPeriod &period)
{
    if (!period.isValid())
        return {};
    const DayPeriod previous = period.previous();
    const CheckInSpan span = checkInsAround(checkIns, {previous.from, period.to});
    std::array<Sums, 2> currentSums;
    std::array<Sums, 2> previousSums;
    for (qsizetype position = span.begin; position < span.end; ++position) {
        const CheckIn &checkIn = checkIns.at(position);
        const int place = placeOf(partners, checkIn.partnerId);
        if (place < 0)
            continue;
        if (period.contains(checkIn.localDay))
            currentSums[size_t(place)].add(checkIn);
        else if (previous.contains(checkIn.localDay))
            previousSums[size_t(place)].add(checkIn);
    }
    return {summaryOf(currentSums[0], previousSums[0]), summaryOf(currentSums[1], previousSums[1])};
}

} // namespace tend
