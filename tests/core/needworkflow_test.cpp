#include "needs/needworkflow.h"

#include "statusassertions.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

const QDateTime Now(QDate(2026, 5, 4), QTime(19, 30, 0, 125), QTimeZone::utc());

Need needIn(NeedStatus status)
{
    Need need;
    need.id = QUuid::createUuid();
    need.raisedBy = QUuid::createUuid();
    need.text = u"More quiet evenings"_s;
    need.priority = NeedPriority::High;
    need.status = status;
    if (status == NeedStatus::Resolved) {
        need.resolvedUtc = QDateTime(QDate(2026, 4, 1), QTime(9, 0), QTimeZone::utc());
        need.resolutionNote = u"Phones off after nine."_s;
    }
    return need;
}

TEST(NeedWorkflow, AnOpenNeedCanBeTalkedAbout)
{
    const Need open = needIn(NeedStatus::Open);
    Result<Need> talking = startTalking(open);
    ASSERT_TRUE(succeeded(talking));
    EXPECT_EQ(talking->status, NeedStatus::TalkingAboutIt);
    Need expected = open;
    expected.status = NeedStatus::TalkingAboutIt;
    EXPECT_EQ(talking.value(), expected) << "nothing else changes";
}

TEST(NeedWorkflow, TalkingStartsOnlyOnce)
{
    EXPECT_TRUE(refusedMentioning(startTalking(needIn(NeedStatus::TalkingAboutIt)), {u"already talking"_s}));
}

TEST(NeedWorkflow, AResolvedNeedIsReopenedBeforeTalkingAgain)
{
    EXPECT_TRUE(refusedMentioning(startTalking(needIn(NeedStatus::Resolved)), {u"already resolved"_s, u"reopen"_s}));
}

TEST(NeedWorkflow, AnOpenOrDiscussedNeedCanBeResolvedWithATrimmedNoteAndTheDate)
{
    for (NeedStatus from : {NeedStatus::Open, NeedStatus::TalkingAboutIt}) {
        SCOPED_TRACE(needStatusName(from).toStdString());
        const Need before = needIn(from);
        Result<Need> resolved = resolve(before, u"  We take turns choosing.\n"_s, Now);
        ASSERT_TRUE(succeeded(resolved));
        EXPECT_EQ(resolved->status, NeedStatus::Resolved);
        EXPECT_EQ(resolved->resolvedUtc, Now);
        EXPECT_EQ(resolved->resolvedUtc.timeSpec(), Qt::UTC);
        EXPECT_EQ(resolved->resolutionNote, u"We take turns choosing."_s);
        EXPECT_EQ(resolved->text, before.text);
        EXPECT_EQ(resolved->id, before.id);
        EXPECT_TRUE(succeeded(validate(resolved.value())));
    }
}

TEST(NeedWorkflow, ResolvingNeedsNoNote)
{
    Result<Need> resolved = resolve(needIn(NeedStatus::Open), u"   "_s, Now);
    ASSERT_TRUE(succeeded(resolved));
    EXPECT_TRUE(resolved->resolutionNote.isEmpty());
}

TEST(NeedWorkflow, TheResolutionTimeIsKeptInUtc)
{
    const QDateTime berlinEvening = Now.toTimeZone(QTimeZone("Europe/Berlin"));
    ASSERT_NE(berlinEvening.timeSpec(), Qt::UTC);
    Result<Need> resolved = resolve(needIn(NeedStatus::Open), {}, berlinEvening);
    ASSERT_TRUE(succeeded(resolved));
    EXPECT_EQ(resolved->resolvedUtc, Now);
    EXPECT_EQ(resolved->resolvedUtc.timeSpec(), Qt::UTC);
}

TEST(NeedWorkflow, AResolvedNeedIsNotResolvedAgain)
{
    const Need resolved = needIn(NeedStatus::Resolved);
    EXPECT_TRUE(refusedMentioning(resolve(resolved, u"Again"_s, Now), {u"already resolved"_s}));
}

TEST(NeedWorkflow, ATooLongResolutionNoteIsRefused)
{
    const QString longest(MaxResolutionNoteLength, u'n');
    EXPECT_TRUE(succeeded(resolve(needIn(NeedStatus::Open), longest, Now)));
    EXPECT_TRUE(refusedMentioning(resolve(needIn(NeedStatus::Open), longest + u'n', Now),
                                  {QString::number(MaxResolutionNoteLength)}));
}

TEST(NeedWorkflow, ResolvingWithoutADateIsRefused)
{
    EXPECT_TRUE(refusedMentioning(resolve(needIn(NeedStatus::Open), {}, QDateTime()), {u"date"_s}));
}

TEST(NeedWorkflow, ReopeningClearsTheResolution)
{
    Result<Need> reopened = reopen(needIn(NeedStatus::Resolved));
    ASSERT_TRUE(succeeded(reopened));
    EXPECT_EQ(reopened->status, NeedStatus::Open);
    EXPECT_FALSE(reopened->resolvedUtc.isValid());
    EXPECT_TRUE(reopened->resolutionNote.isEmpty());
    EXPECT_TRUE(succeeded(validate(reopened.value())));
}

TEST(NeedWorkflow, ANeedBeingTalkedAboutCanGoBackToOpen)
{
    const Need talking = needIn(NeedStatus::TalkingAboutIt);
    Result<Need> reopened = reopen(talking);
    ASSERT_TRUE(succeeded(reopened));
    Need expected = talking;
    expected.status = NeedStatus::Open;
    EXPECT_EQ(reopened.value(), expected);
}

TEST(NeedWorkflow, AnOpenNeedIsNotReopened)
{
    EXPECT_TRUE(refusedMentioning(reopen(needIn(NeedStatus::Open)), {u"already open"_s}));
}

TEST(NeedWorkflow, AFullRoundKeepsTheNeedValid)
{
    Result<Need> talking = startTalking(needIn(NeedStatus::Open));
    ASSERT_TRUE(succeeded(talking));
    Result<Need> resolved = resolve(talking.value(), u"Done"_s, Now);
    ASSERT_TRUE(succeeded(resolved));
    Result<Need> reopened = reopen(resolved.value());
    ASSERT_TRUE(succeeded(reopened));
    Result<Need> again = startTalking(reopened.value());
    ASSERT_TRUE(succeeded(again));
    EXPECT_EQ(again->status, NeedStatus::TalkingAboutIt);
    EXPECT_TRUE(succeeded(validate(again.value())));
}

} // namespace
} // namespace tend
