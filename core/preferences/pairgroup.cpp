#include "pairgroup.h"

namespace tend {

namespace {

bool wants(Rating rating)
{
    return rating == Rating::NeedIt || rating == Rating::LikeIt;
}

// The classification with the stronger wish first.
PairGroup classifyOrdered(Rating stronger, Rating weaker)
{
    if (wants(stronger) && wants(weaker))
        return PairGroup::BothWant;
    if (!wants(stronger))
        return PairGroup::NeitherWants;
    const bool needs = stronger == Rating::NeedIt;
    if (weaker == Rating::Neutral)
        return needs ? PairGroup::OneNeeds : PairGroup::OneLikes;
    return needs ? PairGroup::RealDifference : PairGroup::TasteDifference;
}

} // namespace

PairGroup classifyPair(std::optional<Rating> first, std::optional<Rating> second)
{
    if (!first || !second)
        return PairGroup::AwaitingAnswer;
    // Rating's order runs from the strongest wish (Need it) to the weakest (Not for me).
    return *first <= *second ? classifyOrdered(*first, *second) : classifyOrdered(*second, *first);
}

} // namespace tend
