#include "needsmet.h"

#include <QSet>

namespace tend {

std::optional<double> NeedsMet::ratio() const
{
    if (wished == 0)
        return std::nullopt;
    return static_cast<double>(met) / wished;
}

NeedsMet needsMet(const CheckIn &checkIn)
{
    const QSet<QUuid> wished(checkIn.actsWished.cbegin(), checkIn.actsWished.cend());
    const QSet<QUuid> received(checkIn.actsReceived.cbegin(), checkIn.actsReceived.cend());
    NeedsMet result;
    result.wished = static_cast<int>(wished.size());
    for (const QUuid &act : wished) {
        if (received.contains(act))
            ++result.met;
    }
    return result;
}

} // namespace tend
