#pragma once

#include "result.h"

namespace tend {

// Mood, stress, closeness and "felt cared for" are all answered on the same 1–5 scale.
inline constexpr int ScaleMin = 1;
inline constexpr int ScaleMax = 5;

constexpr bool isOnScale(int value)
{
    return value >= ScaleMin && value <= ScaleMax;
}

Status validateScale(int value, const QString &what);

} // namespace tend
