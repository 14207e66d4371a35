#include "statistics.h"

#include <algorithm>
#include <cmath>

namespace tend::bench {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double percentile(QList<double> values, double percent)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(percent / 100.0 * static_cast<double>(values.size())));
    return values[std::clamp<qsizetype>(rank, 1, values.size()) - 1];
}

} // namespace tend::bench
