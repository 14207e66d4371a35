#include "democheckins.h"

#include "demoacts.h"
#include "demomood.h"
#include "demophrases.h"
#include "demorandom.h"
#include "demotime.h"

#include <algorithm>
#include <optional>

namespace tend::demo {

namespace {

constexpr int Minute = 60;

// Which days of a week (Monday first) hold a moment of intimacy, and at what time: one to
// three a week, more likely towards the weekend.
std::array<std::optional<int>, 7> intimateMoments(DemoRandom &random)
{
    QList<double> weights{1, 1, 1, 1.2, 1.8, 2, 1.6};
    std::array<std::optional<int>, 7> moments;
    for (int count = random.between(1, 3); count > 0; --count) {
        const qsizetype day = random.weighted(weights);
        weights[day] = 0;
        const bool weekend = day >= 5;
        moments[day] = weekend && random.chance(0.3) ? random.between(14 * SecondsPerHour, 17 * SecondsPerHour)
                                                     : random.between(21 * SecondsPerHour, 23 * SecondsPerHour);
    }
    return moments;
}

// Closeness for the partner who feels far away on an out-of-step day: two steps from the other.
int apartFrom(int other)
{
    return other >= 3 ? other - 2 : other + 2;
}

struct DayValues
{
    int mood = 3;
    int stress = 3;
    int closeness = 3;
};

class CheckInGenerator
{
public:
    CheckInGenerator(const CheckInPlan &plan, const DemoCalendar &calendar, DemoRandom &random)
        : m_plan(plan), m_calendar(calendar), m_random(random), m_mood(random),
          m_tastes{ActTaste(plan.catalogue, random), ActTaste(plan.catalogue, random)}
    {
    }

    void addDay(const QDate &day, QList<CheckIn> &checkIns);

private:
    std::optional<int> intimateMomentOn(const QDate &day);
    bool missesEveningCheckIn(int seat, const QDate &day);
    CheckIn checkIn(int seat, const QDate &day, int secondOfDay, CheckInKind kind, const DayValues &values) const;
    CheckIn evening(int seat, const QDate &day, const DayValues &values, bool outOfStep, bool distant);
    CheckIn afterIntimacy(int seat, const QDate &day, int moment, const Feeling &feeling);
    QList<CheckIn> extras(int seat, const QDate &day, const DayValues &values, int count);

    const CheckInPlan &m_plan;
    const DemoCalendar &m_calendar;
    DemoRandom &m_random;
    MoodModel m_mood;
    std::array<ActTaste, 2> m_tastes;
    QDate m_week;
    std::array<std::optional<int>, 7> m_moments;
    std::array<int, 2> m_daysAway{};
};

std::optional<int> CheckInGenerator::intimateMomentOn(const QDate &day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    if (monday != m_week) {
        m_week = monday;
        m_moments = intimateMoments(m_random);
    }
    return m_moments[day.dayOfWeek() - 1];
}

bool CheckInGenerator::missesEveningCheckIn(int seat, const QDate &day)
{
    if (m_daysAway[seat] > 0) {
        --m_daysAway[seat];
        return true;
    }
    if (m_random.chance(1.0 / 120)) { // a few days away, or simply too busy
        m_daysAway[seat] = m_random.between(1, 4);
        return true;
    }
    return m_random.chance(day.dayOfWeek() >= Qt::Saturday ? 0.12 : 0.06);
}

CheckIn CheckInGenerator::checkIn(int seat, const QDate &day, int secondOfDay, CheckInKind kind,
                                  const DayValues &values) const
{
    CheckIn checkIn;
    checkIn.partnerId = m_plan.partners[seat];
    checkIn.atUtc = m_calendar.at(day, secondOfDay);
    checkIn.localDay = m_calendar.dayOf(checkIn.atUtc);
    checkIn.kind = kind;
    checkIn.mood = values.mood;
    checkIn.stress = values.stress;
    checkIn.closeness = values.closeness;
    return checkIn;
}

CheckIn CheckInGenerator::evening(int seat, const QDate &day, const DayValues &values, bool outOfStep, bool distant)
{
    // Seat 1 tends to check in a little earlier than seat 2.
    const int usual = seat == 0 ? 20 * SecondsPerHour + 45 * Minute : 21 * SecondsPerHour + 30 * Minute;
    CheckIn result = checkIn(seat, day, usual + m_random.between(-40 * Minute, 40 * Minute), CheckInKind::Daily, values);
    if (outOfStep && distant && m_random.chance(0.6)) {
        result.note = demoNote(NoteTone::OutOfStep, m_random);
    } else if (m_random.chance(0.1)) {
        const NoteTone tone = values.mood >= 4 ? NoteTone::GoodDay
                              : values.mood <= 2 ? NoteTone::HeavyDay
                                                 : NoteTone::QuietDay;
        result.note = demoNote(tone, m_random);
    }
    return result;
}

CheckIn CheckInGenerator::afterIntimacy(int seat, const QDate &day, int moment, const Feeling &feeling)
{
    const DayValues values{toScale(feeling.mood + 0.4), toScale(feeling.stress - 0.6), toScale(feeling.closeness + 0.8)};
    CheckIn result = checkIn(seat, day, moment + m_random.between(10 * Minute, 45 * Minute), CheckInKind::AfterIntimacy,
                             values);
    const Aftercare care = demoAftercare(m_tastes[seat], m_tastes[1 - seat], values.closeness, m_random);
    result.actsWished = care.wished;
    result.actsReceived = care.received;
    result.feltCaredFor = care.feltCaredFor;
    if (m_random.chance(0.3))
        result.note = demoNote(care.feltCaredFor >= 4 ? NoteTone::CloseAfterwards : NoteTone::TenderAfterwards, m_random);
    return result;
}

// Check-ins spread over the daytime, 07:00 to 19:00, each close to the day's values.
QList<CheckIn> CheckInGenerator::extras(int seat, const QDate &day, const DayValues &values, int count)
{
    QList<CheckIn> result;
    const int span = 12 * SecondsPerHour / count;
    for (int i = 0; i < count; ++i) {
        const int second = 7 * SecondsPerHour + i * span + span / 2 + m_random.between(-span / 4, span / 4);
        const DayValues nearby{toScale(values.mood + m_random.gaussian(0.5)),
                               toScale(values.stress + m_random.gaussian(0.5)), values.closeness};
        result.append(checkIn(seat, day, second, CheckInKind::Daily, nearby));
    }
    return result;
}

void CheckInGenerator::addDay(const QDate &day, QList<CheckIn> &checkIns)
{
    const std::array<Feeling, 2> feelings = m_mood.next(day);
    const std::optional<int> moment = intimateMomentOn(day);
    const bool outOfStep = !moment && m_random.chance(0.04);
    const int distantSeat = m_random.between(0, 1);

    std::array<DayValues, 2> values;
    for (int seat = 0; seat < 2; ++seat)
        values[seat] = {toScale(feelings[seat].mood), toScale(feelings[seat].stress), toScale(feelings[seat].closeness)};
    if (outOfStep) {
        DayValues &distant = values[distantSeat];
        distant.closeness = apartFrom(values[1 - distantSeat].closeness);
        distant.mood = toScale(feelings[distantSeat].mood - 0.5);
    }

    QList<CheckIn> ofDay;
    for (int seat = 0; seat < 2; ++seat) {
        QList<CheckIn> mine;
        if (!missesEveningCheckIn(seat, day))
            mine.append(evening(seat, day, values[seat], outOfStep, seat == distantSeat));
        if (moment && m_random.chance(0.92))
            mine.append(afterIntimacy(seat, day, *moment, feelings[seat]));
        if (mine.size() < m_plan.minimumPerPartnerPerDay)
            mine.append(extras(seat, day, values[seat], m_plan.minimumPerPartnerPerDay - static_cast<int>(mine.size())));
        ofDay.append(mine);
    }
    std::stable_sort(ofDay.begin(), ofDay.end(), [](const CheckIn &a, const CheckIn &b) { return a.atUtc < b.atUtc; });
    checkIns.append(ofDay);
}

} // namespace

QList<CheckIn> demoCheckIns(const CheckInPlan &plan, const DemoCalendar &calendar, DemoRandom &random)
{
    CheckInGenerator generator(plan, calendar, random);
    QList<CheckIn> checkIns;
    checkIns.reserve(qsizetype(plan.days) * 2 * std::max(2, plan.minimumPerPartnerPerDay));
    const QDate today = calendar.today();
    for (QDate day = today.addDays(1 - plan.days); day <= today; day = day.addDays(1))
        generator.addDay(day, checkIns);
    return checkIns;
}

} // namespace tend::demo
