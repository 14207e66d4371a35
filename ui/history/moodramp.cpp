#include "moodramp.h"

#include "model/scale.h"
#include "theme.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace tend {

namespace {
const std::array<QColor, 5> Fills{QColor(0x8f, 0x54, 0x24), QColor(0xdc, 0xbb, 0x7f), QColor(0xec, 0xe5, 0xd8),
                                  QColor(0x93, 0xcf, 0xc4), QColor(0x2b, 0x7a, 0x73)};

size_t indexOf(int step)
{
    return size_t(std::clamp(step, ScaleMin, ScaleMax) - ScaleMin);
}
} // namespace

double roundedMood(double averageMood)
{
    return std::round(averageMood * 10) / 10;
}

int moodStep(double averageMood)
{
    return std::clamp(int(std::floor(roundedMood(averageMood) + 0.5)), ScaleMin, ScaleMax);
}

QColor moodFill(int step)
{
    return Fills[indexOf(step)];
}

QColor moodInk(int step)
{
    const size_t index = indexOf(step);
    return index == 0 || index == Fills.size() - 1 ? QColor(Qt::white) : theme::Ink;
}

} // namespace tend
