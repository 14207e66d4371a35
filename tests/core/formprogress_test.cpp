// How far a partner is with their preferences form.

#include "preferences/formprogress.h"

#include <gtest/gtest.h>

namespace tend::test {
namespace {

AftercareAct act(bool archived = false)
{
    AftercareAct result;
    result.id = QUuid::createUuid();
    result.label = QStringLiteral("An act");
    result.archived = archived;
    return result;
}

Preference answer(const QUuid &partner, const AftercareAct &act, std::optional<Rating> rating, const QDateTime &updated)
{
    Preference result;
    result.partnerId = partner;
    result.actId = act.id;
    result.rating = rating;
    result.updatedUtc = updated;
    return result;
}

TEST(FormProgress, CountsRatedActiveActsOfThatPartnerOnly)
{
    const QUuid robin = QUuid::createUuid();
    const QUuid sam = QUuid::createUuid();
    const QList<AftercareAct> acts{act(), act(), act(), act(true)};
    const QDateTime early(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    const QDateTime late(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    const QList<Preference> answers{
        answer(robin, acts[0], Rating::Neutral, early),
        answer(robin, acts[1], std::nullopt, late), // touched (a note, say) but not rated
        answer(robin, acts[3], Rating::NeedIt, early), // archived: not counted
        answer(sam, acts[2], Rating::LikeIt, late),
    };

    const FormProgress progress = formProgress(robin, acts, answers, {});
    EXPECT_EQ(progress.answered, 1);
    EXPECT_EQ(progress.total, 3);
    EXPECT_EQ(progress.lastChangeUtc, late);
    EXPECT_FALSE(progress.done);
}

TEST(FormProgress, NoAnswersHasNoLastChangeAndDoneComesFromTheStatus)
{
    const QUuid robin = QUuid::createUuid();
    const QList<AftercareAct> acts{act()};
    EXPECT_FALSE(formProgress(robin, acts, {}, {}).lastChangeUtc.isValid());
    EXPECT_TRUE(formProgress(robin, acts, {}, {FormStatus{robin, true, {}}}).done);
    EXPECT_FALSE(formProgress(robin, acts, {}, {FormStatus{QUuid::createUuid(), true, {}}}).done);
    EXPECT_EQ(formProgress(robin, {}, {}, {}).total, 0);
}

TEST(RevealTogether, AnswersAreOpenToBothWhenItIsOffOrBothFormsAreDone)
{
    const QUuid robin = QUuid::createUuid();
    const QUuid sam = QUuid::createUuid();
    const FormStatus robinDone{robin, true, {}};
    const FormStatus samDone{sam, true, {}};
    const FormStatus samNotDone{sam, false, {}};

    EXPECT_TRUE(answersAreOpenToBoth(false, robin, sam, {}));
    EXPECT_TRUE(answersAreOpenToBoth(false, robin, sam, {robinDone}));
    EXPECT_FALSE(answersAreOpenToBoth(true, robin, sam, {}));
    EXPECT_FALSE(answersAreOpenToBoth(true, robin, sam, {robinDone}));
    EXPECT_FALSE(answersAreOpenToBoth(true, robin, sam, {robinDone, samNotDone}));
    EXPECT_FALSE(answersAreOpenToBoth(true, robin, sam, {robinDone, FormStatus{QUuid::createUuid(), true, {}}}))
        << "Someone else's done mark does not count";
    EXPECT_TRUE(answersAreOpenToBoth(true, robin, sam, {samDone, robinDone}));
}

} // namespace
} // namespace tend::test
