#include "preferences/ourplan.h"

#include "handmadeplanfixture.h"
#include "printers.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <optional>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

QStringList labelsOf(const QList<PlanItem> &items)
{
    QStringList labels;
    for (const PlanItem &item : items)
        labels.append(item.act.label);
    return labels;
}

QList<int> aboutOf(const QList<PlanItem> &items)
{
    QList<int> about;
    for (const PlanItem &item : items)
        about.append(item.about);
    return about;
}

using OurPlanTest = test::HandMadePlanFixture;

TEST_F(OurPlanTest, SortsEveryActIntoTheGroupOfItsTwoAnswers)
{
    rated(u"Cuddling"_s, Rating::NeedIt, Rating::LikeIt);
    rated(u"Holding hands"_s, Rating::LikeIt, Rating::LikeIt);
    rated(u"Talk about how it felt"_s, Rating::Neutral, Rating::NeedIt, CareForm::Talking);
    rated(u"Listening to music"_s, Rating::LikeIt, Rating::Neutral, CareForm::SharedActivities);
    rated(u"A bath together"_s, Rating::NotForMe, Rating::LikeIt, CareForm::SharedActivities);
    rated(u"Quiet time alone"_s, Rating::NeedIt, Rating::NotForMe, CareForm::SpaceAndRest);
    rated(u"A gentle massage"_s, Rating::Neutral, Rating::NotForMe);
    rated(u"Water or a snack"_s, Rating::Neutral, Rating::Neutral);

    const OurPlan result = plan();
    EXPECT_EQ(result.partners[0].id, robin.id);
    EXPECT_EQ(result.partners[1].id, kai.id);

    EXPECT_EQ(labelsOf(result.easyWins), QStringList({u"Cuddling"_s, u"Holding hands"_s}));
    EXPECT_EQ(aboutOf(result.easyWins), QList<int>({-1, -1}));
    EXPECT_EQ(labelsOf(result.neededByOne), QStringList({u"Talk about how it felt"_s}));
    EXPECT_EQ(aboutOf(result.neededByOne), QList<int>({1}));
    // A taste difference ("like" against "not for me") is only nice for one, not a real difference.
    EXPECT_EQ(labelsOf(result.likedByOne), QStringList({u"Listening to music"_s, u"A bath together"_s}));
    EXPECT_EQ(aboutOf(result.likedByOne), QList<int>({0, 1}));
    EXPECT_EQ(labelsOf(result.realDifferences), QStringList({u"Quiet time alone"_s}));
    EXPECT_EQ(aboutOf(result.realDifferences), QList<int>({0}));

    EXPECT_EQ(labelsOf(result.notToOffer[0]), QStringList({u"A bath together"_s}));
    EXPECT_EQ(aboutOf(result.notToOffer[0]), QList<int>({0}));
    EXPECT_EQ(labelsOf(result.notToOffer[1]), QStringList({u"Quiet time alone"_s, u"A gentle massage"_s}));
    EXPECT_EQ(aboutOf(result.notToOffer[1]), QList<int>({1, 1}));

    EXPECT_TRUE(result.askFirst[0].isEmpty());
    EXPECT_TRUE(result.askFirst[1].isEmpty());
    EXPECT_TRUE(result.timingDifferences.isEmpty());
    EXPECT_EQ(result.unanswered[0], 0);
    EXPECT_EQ(result.unanswered[1], 0);
    EXPECT_FALSE(result.isEmpty());

    // Each item carries both answers, in seat order.
    ASSERT_EQ(result.easyWins.size(), 2);
    EXPECT_EQ(result.easyWins[0].answers[0].partnerId, robin.id);
    EXPECT_EQ(result.easyWins[0].answers[0].rating, Rating::NeedIt);
    EXPECT_EQ(result.easyWins[0].answers[1].partnerId, kai.id);
    EXPECT_EQ(result.easyWins[0].answers[1].rating, Rating::LikeIt);
    EXPECT_TRUE(result.easyWins[0].suggestion.isEmpty());
    ASSERT_EQ(result.neededByOne.size(), 1);
    EXPECT_TRUE(result.neededByOne[0].suggestion.isEmpty());
}

TEST_F(OurPlanTest, AboutIsWhoeverWantsItMoreInEitherSeat)
{
    rated(u"Robin needs"_s, Rating::NeedIt, Rating::Neutral);
    rated(u"Kai needs"_s, Rating::Neutral, Rating::NeedIt);
    rated(u"Robin likes"_s, Rating::LikeIt, Rating::Neutral);
    rated(u"Kai likes"_s, Rating::Neutral, Rating::LikeIt);
    rated(u"Robin likes, Kai not"_s, Rating::LikeIt, Rating::NotForMe);
    rated(u"Kai likes, Robin not"_s, Rating::NotForMe, Rating::LikeIt);
    rated(u"Robin needs, Kai not"_s, Rating::NeedIt, Rating::NotForMe);
    rated(u"Kai needs, Robin not"_s, Rating::NotForMe, Rating::NeedIt);

    const OurPlan result = plan();
    EXPECT_EQ(labelsOf(result.neededByOne), QStringList({u"Robin needs"_s, u"Kai needs"_s}));
    EXPECT_EQ(aboutOf(result.neededByOne), QList<int>({0, 1}));
    EXPECT_EQ(labelsOf(result.likedByOne),
              QStringList({u"Robin likes"_s, u"Kai likes"_s, u"Robin likes, Kai not"_s, u"Kai likes, Robin not"_s}));
    EXPECT_EQ(aboutOf(result.likedByOne), QList<int>({0, 1, 0, 1}));
    EXPECT_EQ(labelsOf(result.realDifferences), QStringList({u"Robin needs, Kai not"_s, u"Kai needs, Robin not"_s}));
    EXPECT_EQ(aboutOf(result.realDifferences), QList<int>({0, 1}));
    EXPECT_TRUE(result.easyWins.isEmpty());
}

TEST_F(OurPlanTest, LeavesArchivedActsOut)
{
    const AftercareAct wanted = addAct(u"Old favourite"_s, CareForm::PhysicalComfort, true);
    answer(robin, wanted, Rating::NeedIt, Timing::RightAway);
    answer(kai, wanted, Rating::LikeIt, Timing::NextDay);
    const AftercareAct refused = addAct(u"Old dislike"_s, CareForm::Talking, true);
    answer(robin, refused, Rating::NotForMe, std::nullopt, true);
    answer(kai, refused, Rating::NeedIt, std::nullopt, true);
    addAct(u"Never answered"_s, CareForm::SpaceAndRest, true);

    const OurPlan result = plan();
    EXPECT_TRUE(result.easyWins.isEmpty());
    EXPECT_TRUE(result.realDifferences.isEmpty());
    EXPECT_TRUE(result.timingDifferences.isEmpty());
    EXPECT_TRUE(result.notToOffer[0].isEmpty());
    EXPECT_TRUE(result.askFirst[1].isEmpty());
    EXPECT_EQ(result.unanswered[0], 0) << "an archived act is not waiting for an answer";
    EXPECT_EQ(result.unanswered[1], 0);
    EXPECT_TRUE(result.isEmpty());

    // The same answers about an act that is not archived do show.
    const AftercareAct current = addAct(u"Current favourite"_s);
    answer(robin, current, Rating::NeedIt);
    answer(kai, current, Rating::LikeIt);
    EXPECT_EQ(labelsOf(plan().easyWins), QStringList({u"Current favourite"_s}));
}

TEST_F(OurPlanTest, CountsWhatEachPartnerHasStillToAnswer)
{
    const AftercareAct first = rated(u"First"_s, Rating::NeedIt, std::nullopt);
    const AftercareAct second = rated(u"Second"_s, Rating::Neutral, std::nullopt);
    rated(u"Third"_s, Rating::NotForMe, Rating::LikeIt);
    const AftercareAct fourth = addAct(u"Fourth"_s);
    // A stored answer without a rating (say, only a note so far) is still unanswered.
    answer(kai, first, std::nullopt, Timing::RightAway, false, u"Thinking about it"_s);
    answer(kai, second, std::nullopt);

    const OurPlan result = plan();
    EXPECT_EQ(result.unanswered[0], 1);
    EXPECT_EQ(result.unanswered[1], 3);
    // Half-answered acts wait in no pair group; "Not for me" is Robin's own and shows regardless.
    EXPECT_TRUE(result.neededByOne.isEmpty());
    EXPECT_TRUE(result.easyWins.isEmpty());
    EXPECT_EQ(labelsOf(result.likedByOne), QStringList({u"Third"_s}));
    EXPECT_EQ(labelsOf(result.notToOffer[0]), QStringList({u"Third"_s}));

    answer(robin, fourth, Rating::LikeIt);
    const OurPlan later = plan();
    EXPECT_EQ(later.unanswered[0], 0);
    EXPECT_EQ(later.unanswered[1], 3);
}

TEST_F(OurPlanTest, AskFirstLeavesOutWhatIsNotForThatPartnerAtAll)
{
    const AftercareAct cuddling = addAct(u"Cuddling"_s);
    const AftercareAct massage = addAct(u"A gentle massage"_s);
    const AftercareAct hands = addAct(u"Holding hands"_s);
    answer(robin, cuddling, Rating::LikeIt, std::nullopt, true);
    answer(robin, massage, Rating::NotForMe, std::nullopt, true);
    answer(robin, hands, Rating::Neutral, std::nullopt, false);
    answer(kai, cuddling, Rating::LikeIt, std::nullopt, false);
    answer(kai, massage, Rating::Neutral, std::nullopt, false);
    answer(kai, hands, Rating::Neutral, std::nullopt, true);

    const OurPlan result = plan();
    EXPECT_EQ(labelsOf(result.askFirst[0]), QStringList({u"Cuddling"_s}));
    EXPECT_EQ(aboutOf(result.askFirst[0]), QList<int>({0}));
    EXPECT_EQ(labelsOf(result.notToOffer[0]), QStringList({u"A gentle massage"_s}));
    EXPECT_EQ(labelsOf(result.askFirst[1]), QStringList({u"Holding hands"_s}));
    EXPECT_EQ(aboutOf(result.askFirst[1]), QList<int>({1}));
    EXPECT_TRUE(result.notToOffer[1].isEmpty());
    // Asking first does not take an act out of its pair group.
    EXPECT_EQ(labelsOf(result.easyWins), QStringList({u"Cuddling"_s}));
}

TEST_F(OurPlanTest, TimingDifferencesAreActsBothWantAtDifferentTimes)
{
    const AftercareAct robinSooner = addAct(u"Robin sooner"_s, CareForm::Talking);
    answer(robin, robinSooner, Rating::NeedIt, Timing::RightAway);
    answer(kai, robinSooner, Rating::LikeIt, Timing::NextDay);
    const AftercareAct kaiSooner = addAct(u"Kai sooner"_s, CareForm::Talking);
    answer(robin, kaiSooner, Rating::LikeIt, Timing::NextDay);
    answer(kai, kaiSooner, Rating::NeedIt, Timing::LaterThatDay);
    const AftercareAct sameTime = addAct(u"Same time"_s);
    answer(robin, sameTime, Rating::LikeIt, Timing::RightAway);
    answer(kai, sameTime, Rating::LikeIt, Timing::RightAway);
    const AftercareAct oneTiming = addAct(u"One timing"_s);
    answer(robin, oneTiming, Rating::NeedIt, Timing::RightAway);
    answer(kai, oneTiming, Rating::LikeIt);
    const AftercareAct oneWants = addAct(u"One wants"_s);
    answer(robin, oneWants, Rating::NeedIt, Timing::RightAway);
    answer(kai, oneWants, Rating::Neutral, Timing::NextDay);
    const AftercareAct difference = addAct(u"Real difference"_s);
    answer(robin, difference, Rating::NotForMe, Timing::RightAway);
    answer(kai, difference, Rating::NeedIt, Timing::NextDay);

    const OurPlan result = plan();
    EXPECT_EQ(labelsOf(result.timingDifferences), QStringList({u"Robin sooner"_s, u"Kai sooner"_s}));
    EXPECT_EQ(aboutOf(result.timingDifferences), QList<int>({-1, -1}));
    // They stay easy wins as well: only the timing needs talking about.
    EXPECT_EQ(labelsOf(result.easyWins),
              QStringList({u"Robin sooner"_s, u"Kai sooner"_s, u"Same time"_s, u"One timing"_s}));

    ASSERT_EQ(result.timingDifferences.size(), 2);
    const QString &first = result.timingDifferences[0].suggestion;
    EXPECT_TRUE(first.startsWith(u"Robin"_s)) << first.toStdString();
    EXPECT_TRUE(first.contains(u"Kai"_s)) << first.toStdString();
    EXPECT_TRUE(first.contains(u"right away"_s)) << first.toStdString();
    EXPECT_TRUE(first.contains(u"the next day"_s)) << first.toStdString();
    EXPECT_LT(first.indexOf(u"right away"_s), first.indexOf(u"the next day"_s)) << first.toStdString();

    const QString &second = result.timingDifferences[1].suggestion;
    EXPECT_TRUE(second.startsWith(u"Kai"_s)) << second.toStdString();
    EXPECT_TRUE(second.contains(u"Robin"_s)) << second.toStdString();
    EXPECT_TRUE(second.contains(u"later that day"_s)) << second.toStdString();
    EXPECT_LT(second.indexOf(u"later that day"_s), second.indexOf(u"the next day"_s)) << second.toStdString();

    // The easy-win copies carry no suggestion.
    for (const PlanItem &item : result.easyWins)
        EXPECT_TRUE(item.suggestion.isEmpty()) << item.act.label.toStdString();
}

TEST_F(OurPlanTest, EveryRealDifferenceGetsASuggestionNamingBothPartners)
{
    for (CareForm form : AllCareForms) {
        const AftercareAct act = addAct(careFormName(form), form);
        answer(robin, act, Rating::NotForMe);
        answer(kai, act, Rating::NeedIt);
    }
    const OurPlan result = plan();
    ASSERT_EQ(result.realDifferences.size(), 4);
    for (const PlanItem &item : result.realDifferences) {
        SCOPED_TRACE(item.act.label.toStdString());
        EXPECT_EQ(item.about, 1);
        EXPECT_TRUE(item.suggestion.contains(u"Robin"_s)) << item.suggestion.toStdString();
        EXPECT_TRUE(item.suggestion.contains(u"Kai"_s)) << item.suggestion.toStdString();
        EXPECT_FALSE(item.suggestion.contains(u"%1"_s) || item.suggestion.contains(u"%2"_s))
            << item.suggestion.toStdString();
        EXPECT_FALSE(item.suggestion.contains(u"You both want"_s)) << "there is no easy win to point to";
    }
}

TEST_F(OurPlanTest, ARealDifferenceInTalkingPointsToAnEasyWinInTheSameForm)
{
    rated(u"Talk about how it felt"_s, Rating::NeedIt, Rating::NotForMe, CareForm::Talking);
    rated(u"Cuddling"_s, Rating::NeedIt, Rating::NeedIt, CareForm::PhysicalComfort);

    // An easy win in another form is no alternative.
    OurPlan result = plan();
    ASSERT_EQ(result.realDifferences.size(), 1);
    EXPECT_EQ(result.realDifferences[0].about, 0);
    const QString without = result.realDifferences[0].suggestion;
    EXPECT_TRUE(without.contains(u"Robin"_s)) << without.toStdString();
    EXPECT_TRUE(without.contains(u"Kai"_s)) << without.toStdString();
    EXPECT_FALSE(without.contains(u"Cuddling"_s)) << without.toStdString();

    rated(u"Words of reassurance"_s, Rating::LikeIt, Rating::NeedIt, CareForm::Talking);
    result = plan();
    ASSERT_EQ(result.realDifferences.size(), 1);
    const QString with = result.realDifferences[0].suggestion;
    EXPECT_TRUE(with.startsWith(without)) << with.toStdString();
    EXPECT_TRUE(with.contains(u"\u201cWords of reassurance\u201d"_s)) << with.toStdString();
    EXPECT_FALSE(with.contains(u"Cuddling"_s)) << with.toStdString();
}

TEST_F(OurPlanTest, IgnoresAnswersOfSomeoneElse)
{
    Partner stranger;
    stranger.id = QUuid::createUuid();
    stranger.name = u"Stranger"_s;
    const AftercareAct cuddling = addAct(u"Cuddling"_s);
    const AftercareAct massage = addAct(u"A gentle massage"_s);
    answer(robin, cuddling, Rating::NeedIt);
    answer(kai, cuddling, Rating::LikeIt);
    // Listed after the partners' own answers, so it would win if it were not ignored.
    answer(stranger, cuddling, Rating::NotForMe, std::nullopt, true);
    answer(stranger, massage, Rating::NotForMe, std::nullopt, true);

    const OurPlan result = plan();
    ASSERT_EQ(labelsOf(result.easyWins), QStringList({u"Cuddling"_s}));
    EXPECT_EQ(result.easyWins[0].answers[0].rating, Rating::NeedIt);
    EXPECT_EQ(result.easyWins[0].answers[1].rating, Rating::LikeIt);
    EXPECT_TRUE(result.notToOffer[0].isEmpty());
    EXPECT_TRUE(result.notToOffer[1].isEmpty());
    EXPECT_TRUE(result.askFirst[0].isEmpty());
    EXPECT_TRUE(result.askFirst[1].isEmpty());
    EXPECT_EQ(result.unanswered[0], 1) << "the massage";
    EXPECT_EQ(result.unanswered[1], 1);
}

TEST_F(OurPlanTest, IgnoresAnswersAboutActsOutsideTheCatalogue)
{
    addAct(u"Cuddling"_s);
    AftercareAct elsewhere;
    elsewhere.id = QUuid::createUuid();
    elsewhere.label = u"Not in the catalogue"_s;
    answer(robin, elsewhere, Rating::NeedIt);
    answer(kai, elsewhere, Rating::NeedIt);

    const OurPlan result = plan();
    EXPECT_TRUE(result.easyWins.isEmpty());
    EXPECT_EQ(result.unanswered[0], 1);
    EXPECT_EQ(result.unanswered[1], 1);
    EXPECT_TRUE(result.isEmpty());
}

TEST_F(OurPlanTest, IsEmptyWhenNothingIsWantedOrRefused)
{
    rated(u"Both neutral"_s, Rating::Neutral, Rating::Neutral);
    rated(u"Half answered"_s, Rating::LikeIt, std::nullopt);
    EXPECT_TRUE(plan().isEmpty());

    rated(u"Refused"_s, Rating::Neutral, Rating::NotForMe);
    EXPECT_FALSE(plan().isEmpty()) << "a \"Not for me\" is worth showing on its own";
}

} // namespace
} // namespace tend
