#pragma once

#include "history/scaleseries.h"

#include <QStringList>

namespace tend {

// "Mood", "Stress", "Closeness": a scale's name as a heading or axis title.
QString scaleTitle(CheckInScale scale);
// "mood", "stress", "closeness": within a sentence.
QString scaleWord(CheckInScale scale);
// One word per step from 1 to 5, as the check-in form shows them ("Low" … "Great").
QStringList scaleSteps(CheckInScale scale);

} // namespace tend
