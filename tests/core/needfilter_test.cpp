#include "needs/needfilter.h"

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

class NeedFilterTest : public ::testing::Test
{
protected:
    Need need(const QUuid &by, const QString &text, NeedStatus status = NeedStatus::Open) const
    {
        Need need;
        need.id = QUuid::createUuid();
        need.raisedBy = by;
        need.text = text;
        need.status = status;
        return need;
    }

    NeedFilter searching(const QString &search) const
    {
        NeedFilter filter;
        filter.search = search;
        return filter;
    }

    const QUuid sam = QUuid::createUuid();
    const QUuid alex = QUuid::createUuid();
};

TEST_F(NeedFilterTest, AnEmptyFilterMatchesEveryNeed)
{
    const NeedFilter filter;
    EXPECT_TRUE(filter.isEmpty());
    for (NeedStatus status : AllNeedStatuses)
        EXPECT_TRUE(filter.matches(need(sam, u"Anything"_s, status)));
    EXPECT_TRUE(searching(u"  \t "_s).isEmpty());
    EXPECT_TRUE(searching(u"  \t "_s).matches(need(alex, u"Anything"_s)));
}

TEST_F(NeedFilterTest, FiltersByStatus)
{
    for (NeedStatus wanted : AllNeedStatuses) {
        NeedFilter filter;
        filter.status = wanted;
        EXPECT_FALSE(filter.isEmpty());
        for (NeedStatus status : AllNeedStatuses)
            EXPECT_EQ(filter.matches(need(sam, u"Text"_s, status)), status == wanted);
    }
}

TEST_F(NeedFilterTest, FiltersByWhoRaisedTheNeed)
{
    NeedFilter filter;
    filter.raisedBy = alex;
    EXPECT_FALSE(filter.isEmpty());
    EXPECT_TRUE(filter.matches(need(alex, u"Text"_s)));
    EXPECT_FALSE(filter.matches(need(sam, u"Text"_s)));
}

TEST_F(NeedFilterTest, EveryWordOfTheSearchMustAppearInAnyOrder)
{
    const Need walks = need(sam, u"Long walks on Sunday mornings"_s);
    EXPECT_TRUE(searching(u"sunday walk"_s).matches(walks));
    EXPECT_TRUE(searching(u"  morn \t LONG\n"_s).matches(walks));
    EXPECT_FALSE(searching(u"sunday evening"_s).matches(walks));
    EXPECT_FALSE(searching(u"sunday  mornings!"_s).matches(walks));
}

TEST_F(NeedFilterTest, IgnoresCaseAndAccents)
{
    const Need cafe = need(alex, u"Breakfast at the Café Über"_s);
    EXPECT_TRUE(searching(u"cafe"_s).matches(cafe));
    EXPECT_TRUE(searching(u"CAFÉ uber"_s).matches(cafe));
    EXPECT_TRUE(searching(u"breakfast"_s).matches(cafe));
    EXPECT_TRUE(searching(u"café"_s).matches(need(sam, u"CAFE"_s)));
    // Decomposed input ("e" + combining acute) finds the composed letter and the other way round.
    EXPECT_TRUE(searching(u"cafe\u0301"_s).matches(cafe));
    EXPECT_FALSE(searching(u"cafes"_s).matches(cafe));
}

TEST_F(NeedFilterTest, SearchesTheResolutionNoteToo)
{
    Need resolved = need(sam, u"More hugs"_s, NeedStatus::Resolved);
    resolved.resolutionNote = u"We hug at the door now."_s;
    EXPECT_TRUE(searching(u"door"_s).matches(resolved));
    EXPECT_TRUE(searching(u"hugs door"_s).matches(resolved)) << "one word in the text, one in the note";
    EXPECT_FALSE(searching(u"window"_s).matches(resolved));
    EXPECT_FALSE(searching(u"hugsw"_s).matches(resolved)) << "no match across text and note";
}

TEST_F(NeedFilterTest, AllConditionsMustHold)
{
    NeedFilter filter;
    filter.status = NeedStatus::TalkingAboutIt;
    filter.raisedBy = sam;
    filter.search = u"quiet"_s;
    EXPECT_TRUE(filter.matches(need(sam, u"Quiet time"_s, NeedStatus::TalkingAboutIt)));
    EXPECT_FALSE(filter.matches(need(alex, u"Quiet time"_s, NeedStatus::TalkingAboutIt)));
    EXPECT_FALSE(filter.matches(need(sam, u"Quiet time"_s, NeedStatus::Open)));
    EXPECT_FALSE(filter.matches(need(sam, u"Loud time"_s, NeedStatus::TalkingAboutIt)));
}

} // namespace
} // namespace tend
