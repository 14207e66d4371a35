#pragma once

#include <QColor>

namespace tend {

// An average mood to one decimal, as it is written.
double roundedMood(double averageMood);
// The step, 1 to 5, an average mood falls on: as written, rounded half up, so 3.5 reads as 4
// ("Good") and 2.46, written 2.5, as 3.
int moodStep(double averageMood);

// A calm five-step ramp for mood, from a muted brown (1) through a warm neutral (3) to teal (5):
// the two ends differ in hue and lightness, so it stays readable with any colour vision.
QColor moodFill(int step);
// The colour a digit drawn on moodFill(step) stays readable in (contrast of at least 4.5:1).
QColor moodInk(int step);

} // namespace tend
