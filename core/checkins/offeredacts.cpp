#include "offeredacts.h"

#include <QHash>

#include <array>

namespace tend {

namespace {

// Where an act goes in the list offered to one partner, in the order the groups are shown.
enum OfferGroup { NeedIt, LikeIt, Rest, KeptArchived, GroupCount };

std::optional<OfferGroup> groupOf(const AftercareAct &act, std::optional<Rating> rating, const QList<QUuid> &alsoKeep)
{
    if (act.archived)
        return alsoKeep.contains(act.id) ? std::optional(KeptArchived) : std::nullopt;
    if (rating == Rating::NeedIt)
        return NeedIt;
    if (rating == Rating::LikeIt)
        return LikeIt;
    // "Not for me" stays offered: it may still have been received.
    return Rest;
}

QHash<QUuid, Rating> ratingsOf(const QUuid &partnerId, const QList<Preference> &preferences)
{
    QHash<QUuid, Rating> ratings;
    for (const Preference &preference : preferences) {
        if (preference.partnerId == partnerId && preference.rating)
            ratings.insert(preference.actId, *preference.rating);
    }
    return ratings;
}

} // namespace

QList<AftercareAct> actsOfferedTo(const QUuid &partnerId, const QList<AftercareAct> &catalogue,
                                  const QList<Preference> &preferences, const QList<QUuid> &alsoKeep)
{
    const QHash<QUuid, Rating> ratings = ratingsOf(partnerId, preferences);
    std::array<QList<AftercareAct>, GroupCount> groups;
    for (const AftercareAct &act : catalogue) {
        const auto rating = ratings.constFind(act.id);
        const std::optional<OfferGroup> group =
            groupOf(act, rating == ratings.constEnd() ? std::nullopt : std::optional(*rating), alsoKeep);
        if (group)
            groups[*group].append(act);
    }
    QList<AftercareAct> offered;
    for (const QList<AftercareAct> &group : groups)
        offered.append(group);
    return offered;
}

} // namespace tend
