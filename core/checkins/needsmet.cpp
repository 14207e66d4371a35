#include "needsmet.h"


namespace tend {

std::optional<double> NeedsMet::ratio() const
{
    if (wished == 0)
        return std::nullopt;
    return static_cast<double>(met) / wished;
}

NeedsMet needsMet(const CheckIn &checkIn)
{
    // A check-in names a handful of acts at most: looking through the short lists is faster than
    // building sets, and the history charts ask this of every check-in.
    NeedsMet result;
    const QList<QUuid> &wished = checkIn.actsWished;
    for (qsizetype i = 0; i < wished.size(); ++i) {
        if (wished.indexOf(wished[i]) != i)
            continue; // named twice, counted once
        ++result.wished;
        if (checkIn.actsReceived.contains(wished[i]))
            ++result.met;
    }
    return result;
}

} // namespace tend
