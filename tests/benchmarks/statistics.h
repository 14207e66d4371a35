#pragma once

#include <QList>

namespace tend::bench {

// The middle value (the mean of the two middle ones for an even count); 0 for none.
double median(QList<double> values);

// The nearest-rank percentile, `percent` in (0, 100]: the smallest value with at least that
// share of the values at or below it; 0 for none.
double percentile(QList<double> values, double percent);

} // namespace tend::bench
