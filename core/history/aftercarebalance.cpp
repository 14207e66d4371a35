#include "aftercarebalance.h"

#include "checkinspan.h"

#include <QHash>

#include <algorithm>

namespace tend {

namespace {

// Whether `acts[index]` is the first time its act is named in `acts`.
bool firstMention(const QList<QUuid> &acts, qsizetype index)
{
    return acts.indexOf(acts.at(index)) == index;
}

} // namespace

std::array<QList<ActBalance>, 2> aftercareBalance(const QList<CheckIn> &checkIns, const PartnerIds &partners,
                                                  const QList<AftercareAct> &catalogue, const DayPeriod &period)
{
    QHash<QUuid, qsizetype> positionOf;
    positionOf.reserve(catalogue.size());
    std::array<QList<ActBalance>, 2> balances;
    for (const AftercareAct &act : catalogue) {
        positionOf.insert(act.id, balances[0].size());
        for (QList<ActBalance> &balance : balances)
            balance.append({act.id});
    }
    const CheckInSpan span = checkInsAround(checkIns, period);
    for (qsizetype position = span.begin; position < span.end; ++position) {
        const CheckIn &checkIn = checkIns.at(position);
        const int place = placeOf(partners, checkIn.partnerId);
        if (place < 0 || !span.days.contains(checkIn.localDay))
            continue;
        QList<ActBalance> &balance = balances[size_t(place)];
        for (qsizetype index = 0; index < checkIn.actsReceived.size(); ++index) {
            const auto act = positionOf.constFind(checkIn.actsReceived.at(index));
            if (act != positionOf.cend() && firstMention(checkIn.actsReceived, index))
                ++balance[*act].received;
        }
        for (qsizetype index = 0; index < checkIn.actsWished.size(); ++index) {
            const auto act = positionOf.constFind(checkIn.actsWished.at(index));
            if (act == positionOf.cend() || !firstMention(checkIn.actsWished, index))
                continue;
            ++balance[*act].wished;
            if (!checkIn.actsReceived.contains(checkIn.actsWished.at(index)))
                ++balance[*act].wishedNotReceived;
        }
    }
    for (QList<ActBalance> &balance : balances)
        balance.removeIf([](const ActBalance &act) { return act.received == 0 && act.wished == 0; });
    return balances;
}

QList<ActBalance> mostWishedNotReceived(const QList<ActBalance> &balance, int count)
{
    QList<ActBalance> missed;
    for (const ActBalance &act : balance) {
        if (act.wishedNotReceived > 0)
            missed.append(act);
    }
    std::stable_sort(missed.begin(), missed.end(),
                     [](const ActBalance &a, const ActBalance &b) { return a.wishedNotReceived > b.wishedNotReceived; });
    if (missed.size() > count)
        missed.resize(std::max(count, 0));
    return missed;
}

} // namespace tend
