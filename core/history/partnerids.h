#pragma once

#include <QUuid>

#include <array>

namespace tend {

// The couple's two partner ids, seat 1 first. Statistics per partner come back in this order.
using PartnerIds = std::array<QUuid, 2>;

// 0 or 1: where `partnerId` sits in `partners`; -1 for anyone else.
inline int placeOf(const PartnerIds &partners, const QUuid &partnerId)
{
    if (partnerId.isNull())
        return -1;
    if (partnerId == partners[0])
        return 0;
    return partnerId == partners[1] ? 1 : -1;
}

} // namespace tend
