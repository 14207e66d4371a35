#include "demomood.h"

#include "demorandom.h"
#include "model/scale.h"

#include <algorithm>
#include <cmath>

namespace tend::demo {

namespace {

// One step of a slow drift back towards 0: `persistence` close to 1 means it moves slowly.
double drift(double value, double persistence, double step, DemoRandom &random)
{
    return persistence * value + random.gaussian(step);
}

struct WeekRhythm
{
    double mood = 0;
    double stress = 0;
    double closeness = 0;
};

WeekRhythm rhythmOf(const QDate &day)
{
    switch (day.dayOfWeek()) {
    case Qt::Monday:
        return {-0.15, 0.35, -0.05};
    case Qt::Friday:
        return {0.15, -0.2, 0.1};
    case Qt::Saturday:
    case Qt::Sunday:
        return {0.35, -0.7, 0.3};
    default:
        return {};
    }
}

} // namespace

MoodModel::MoodModel(DemoRandom &random) : m_random(random)
{
    // Start somewhere inside the drifts' usual range rather than at their centre.
    m_together = m_random.gaussian(0.4);
    for (int seat = 0; seat < 2; ++seat) {
        m_own[seat] = m_random.gaussian(0.35);
        m_pressure[seat] = m_random.gaussian(0.4);
    }
}

std::array<Feeling, 2> MoodModel::next(const QDate &day)
{
    m_together = drift(m_together, 0.98, 0.1, m_random);
    if (m_random.chance(1.0 / 120))
        m_together -= 0.6; // a hard week: illness, a move, a loss
    const WeekRhythm week = rhythmOf(day);

    std::array<Feeling, 2> feelings;
    for (int seat = 0; seat < 2; ++seat) {
        m_own[seat] = drift(m_own[seat], 0.93, 0.15, m_random);
        m_pressure[seat] = drift(m_pressure[seat], 0.9, 0.2, m_random);
        Feeling &feeling = feelings[seat];
        feeling.mood = 3.5 + 0.9 * m_together + 0.8 * m_own[seat] + week.mood + m_random.gaussian(0.35);
        feeling.stress = 2.6 + m_pressure[seat] - 0.3 * m_together + week.stress + m_random.gaussian(0.35);
        feeling.closeness = 3.6 + 0.9 * m_together + 0.25 * m_own[seat] - 0.15 * (feeling.stress - 2.6) +
                            week.closeness + m_random.gaussian(0.3);
    }
    return feelings;
}

int toScale(double value)
{
    return std::clamp(static_cast<int>(std::lround(value)), ScaleMin, ScaleMax);
}

} // namespace tend::demo
