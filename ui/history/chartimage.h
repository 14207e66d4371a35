#pragma once

#include "result.h"

#include <QString>

class QChartView;

namespace tend {

// How much sharper than on screen a saved chart is: crisp when zoomed or printed.
inline constexpr qreal ChartImageScale = 2;

// Writes what `view` shows as a PNG of ChartImageScale times its size, on white, atomically
// and readable by its owner only.
Status saveChartImage(QChartView *view, const QString &path);

} // namespace tend
