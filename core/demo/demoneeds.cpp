#include "demoneeds.h"

#include "demophrases.h"
#include "demorandom.h"
#include "demotime.h"

#include <algorithm>

namespace tend::demo {

namespace {

constexpr int RecentDays = 60;

NeedStatus statusForAge(int ageInDays, DemoRandom &random)
{
    const QList<double> weights = ageInDays > RecentDays ? QList<double>{0.15, 0.15, 0.7} : QList<double>{0.4, 0.4, 0.2};
    return static_cast<NeedStatus>(random.weighted(weights));
}

NeedPriority demoPriority(DemoRandom &random)
{
    return static_cast<NeedPriority>(static_cast<int>(NeedPriority::Low) + random.weighted({0.25, 0.5, 0.25}));
}

// Open needs first, most pressing on top, oldest first within a priority; then the
// resolved ones, most recently resolved first.
bool listedBefore(const Need &a, const Need &b)
{
    const bool aResolved = a.status == NeedStatus::Resolved;
    const bool bResolved = b.status == NeedStatus::Resolved;
    if (aResolved != bResolved)
        return bResolved;
    if (aResolved)
        return a.resolvedUtc > b.resolvedUtc;
    if (a.priority != b.priority)
        return a.priority > b.priority;
    return a.createdUtc < b.createdUtc;
}

} // namespace

QList<Need> demoNeeds(const std::array<QUuid, 2> &partners, int days, int count, const DemoCalendar &calendar,
                      DemoRandom &random)
{
    QList<Need> needs;
    const QDate first = calendar.today().addDays(1 - days);
    const int storyOffset = random.index(needStoryCount());
    for (int i = 0; i < count; ++i) {
        // Spread over the whole period, one per slice of it.
        const int dayIndex = std::min(days - 1, static_cast<int>((i + random.uniform()) * days / count));
        const QDate raisedOn = first.addDays(dayIndex);
        const NeedStory story = needStory(storyOffset + i);

        Need need;
        need.raisedBy = partners[random.between(0, 1)];
        need.text = story.text;
        need.priority = demoPriority(random);
        need.createdUtc = calendar.at(raisedOn, random.between(18 * SecondsPerHour, 22 * SecondsPerHour));
        need.status = statusForAge(days - 1 - dayIndex, random);
        if (need.status == NeedStatus::Resolved) {
            const qint64 after = qint64(random.between(2, 40)) * SecondsPerDay +
                                 random.between(-SecondsPerHour, SecondsPerHour);
            need.resolvedUtc = std::min(need.createdUtc.addSecs(after), calendar.nowUtc());
            need.resolutionNote = story.resolution;
            // Most resolved needs were talked through as a week's need on the day they were resolved.
            if (random.chance(0.6))
                need.discussedUtc = need.resolvedUtc;
        } else if (need.status == NeedStatus::TalkingAboutIt) {
            const qint64 after = qint64(random.between(1, 10)) * SecondsPerDay;
            need.discussedUtc = std::min(need.createdUtc.addSecs(after), calendar.nowUtc());
        }
        needs.append(need);
    }
    std::stable_sort(needs.begin(), needs.end(), listedBefore);
    for (qsizetype i = 0; i < needs.size(); ++i)
        needs[i].sortOrder = static_cast<int>(i);
    return needs;
}

} // namespace tend::demo
