#include "demorandom.h"

#include <numeric>

namespace tend::demo {

double DemoRandom::gaussian(double spread)
{
    // Irwin–Hall: six uniforms have variance 1/2, so the centred sum times √2 has variance 1.
    double sum = 0;
    for (int i = 0; i < 6; ++i)
        sum += uniform();
    return (sum - 3.0) * M_SQRT2 * spread;
}

qsizetype DemoRandom::weighted(const QList<double> &weights)
{
    const double total = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    double point = uniform() * total;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        if (point < weights.at(i))
            return i;
        point -= weights.at(i);
    }
    return weights.size() - 1;
}

} // namespace tend::demo
