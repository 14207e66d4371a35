#pragma once

#include <QDate>

#include <array>

namespace tend::demo {

class DemoRandom;

// How one partner is doing on a day, before it is rounded onto the 1–5 scales.
struct Feeling
{
    double mood = 3;
    double stress = 3;
    double closeness = 3;
};

// How the two partners feel, day after day. A climate the couple shares and each person's
// own mood and pressures drift slowly; weekends are calmer and Mondays a little heavier;
// now and then a hard week pulls the shared climate down for a while.
class MoodModel
{
public:
    explicit MoodModel(DemoRandom &random);

    // Moves on to `day` (call it once per day, in order); index 0 is seat 1.
    std::array<Feeling, 2> next(const QDate &day);

private:
    DemoRandom &m_random;
    double m_together = 0;
    std::array<double, 2> m_own{};
    std::array<double, 2> m_pressure{};
};

// Rounds onto the 1–5 scale every check-in value uses.
int toScale(double value);

} // namespace tend::demo
