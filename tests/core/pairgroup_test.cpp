#include "preferences/pairgroup.h"

#include <QSet>

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace tend {
namespace {

constexpr std::optional<Rating> Unanswered = std::nullopt;
constexpr std::optional<Rating> Need = Rating::NeedIt;
constexpr std::optional<Rating> Like = Rating::LikeIt;
constexpr std::optional<Rating> Neutral = Rating::Neutral;
constexpr std::optional<Rating> NotForMe = Rating::NotForMe;

std::string nameOf(std::optional<Rating> rating)
{
    return rating ? ratingName(*rating).toStdString() : std::string("(unanswered)");
}

std::string nameOf(PairGroup group)
{
    switch (group) {
    case PairGroup::BothWant:
        return "BothWant";
    case PairGroup::OneNeeds:
        return "OneNeeds";
    case PairGroup::OneLikes:
        return "OneLikes";
    case PairGroup::RealDifference:
        return "RealDifference";
    case PairGroup::TasteDifference:
        return "TasteDifference";
    case PairGroup::NeitherWants:
        return "NeitherWants";
    case PairGroup::AwaitingAnswer:
        return "AwaitingAnswer";
    }
    return "(unknown group)";
}

struct PairCase
{
    std::optional<Rating> first;
    std::optional<Rating> second;
    PairGroup expected;
};

// Every combination of two answers, each group written out by hand rather than derived.
constexpr PairCase AllPairs[] = {
    {Unanswered, Unanswered, PairGroup::AwaitingAnswer},
    {Unanswered, Need, PairGroup::AwaitingAnswer},
    {Unanswered, Like, PairGroup::AwaitingAnswer},
    {Unanswered, Neutral, PairGroup::AwaitingAnswer},
    {Unanswered, NotForMe, PairGroup::AwaitingAnswer},

    {Need, Unanswered, PairGroup::AwaitingAnswer},
    {Need, Need, PairGroup::BothWant},
    {Need, Like, PairGroup::BothWant},
    {Need, Neutral, PairGroup::OneNeeds},
    {Need, NotForMe, PairGroup::RealDifference},

    {Like, Unanswered, PairGroup::AwaitingAnswer},
    {Like, Need, PairGroup::BothWant},
    {Like, Like, PairGroup::BothWant},
    {Like, Neutral, PairGroup::OneLikes},
    {Like, NotForMe, PairGroup::TasteDifference},

    {Neutral, Unanswered, PairGroup::AwaitingAnswer},
    {Neutral, Need, PairGroup::OneNeeds},
    {Neutral, Like, PairGroup::OneLikes},
    {Neutral, Neutral, PairGroup::NeitherWants},
    {Neutral, NotForMe, PairGroup::NeitherWants},

    {NotForMe, Unanswered, PairGroup::AwaitingAnswer},
    {NotForMe, Need, PairGroup::RealDifference},
    {NotForMe, Like, PairGroup::TasteDifference},
    {NotForMe, Neutral, PairGroup::NeitherWants},
    {NotForMe, NotForMe, PairGroup::NeitherWants},
};

TEST(PairGroup, TheTableCoversEveryCombinationOnce)
{
    QSet<std::pair<int, int>> seen;
    for (const PairCase &pair : AllPairs)
        seen.insert({pair.first ? int(*pair.first) : -1, pair.second ? int(*pair.second) : -1});
    EXPECT_EQ(std::size(AllPairs), 25u);
    EXPECT_EQ(seen.size(), 25);
}

TEST(PairGroup, ClassifiesEveryCombinationOfTwoAnswers)
{
    for (const PairCase &pair : AllPairs) {
        const PairGroup actual = classifyPair(pair.first, pair.second);
        EXPECT_EQ(actual, pair.expected) << nameOf(pair.first) << " / " << nameOf(pair.second) << ": got "
                                         << nameOf(actual) << ", expected " << nameOf(pair.expected);
    }
}

TEST(PairGroup, TheOrderOfTheTwoAnswersDoesNotMatter)
{
    for (const PairCase &pair : AllPairs) {
        const PairGroup swapped = classifyPair(pair.second, pair.first);
        EXPECT_EQ(swapped, classifyPair(pair.first, pair.second))
            << nameOf(pair.second) << " / " << nameOf(pair.first) << ": got " << nameOf(swapped);
        EXPECT_EQ(swapped, pair.expected) << nameOf(pair.second) << " / " << nameOf(pair.first);
    }
}

} // namespace
} // namespace tend
