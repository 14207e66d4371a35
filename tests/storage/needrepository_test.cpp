#include "databasefixture.h"

#include "storage/needrepository.h"

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

class NeedRepositoryTest : public test::CoupleFixture
{
protected:
    NeedRepository repository() const { return NeedRepository(*database, clock); }

    QList<Need> stored() const
    {
        Result<QList<Need>> needs = repository().all();
        EXPECT_TRUE(succeeded(needs));
        return needs ? needs.value() : QList<Need>();
    }

    Need needBy(const Partner &partner, const QString &text, int sortOrder) const
    {
        Need need;
        need.raisedBy = partner.id;
        need.text = text;
        need.sortOrder = sortOrder;
        return need;
    }
};

TEST_F(NeedRepositoryTest, IsEmptyAtFirst)
{
    EXPECT_TRUE(stored().isEmpty());
}

TEST_F(NeedRepositoryTest, AddsNeedsAndReadsThemBackInTheCouplesOrder)
{
    const QDateTime resolved(QDate(2026, 3, 1), QTime(18, 0, 0, 5), QTimeZone::utc());
    Need third = needBy(sam, u"  A slower Sunday morning  "_s, 3);
    Need first = needBy(alex, u"Say when something felt off"_s, 1);
    first.priority = NeedPriority::High;
    first.status = NeedStatus::TalkingAboutIt;
    Need second = needBy(sam, u"More hugs when we get home"_s, 2);
    second.priority = NeedPriority::Low;
    second.status = NeedStatus::Resolved;
    second.resolvedUtc = resolved;
    second.resolutionNote = u"We hug at the door now."_s;
    QList<Need> needs{third, first, second};

    ASSERT_TRUE(succeeded(repository().addAll(needs)));
    for (const Need &need : needs) {
        EXPECT_FALSE(need.id.isNull());
        EXPECT_EQ(need.createdUtc, Start);
        EXPECT_EQ(need.updatedUtc, Start);
    }
    EXPECT_EQ(needs[0].text, u"A slower Sunday morning"_s);

    const QList<Need> read = stored();
    ASSERT_EQ(read.size(), 3);
    const QList<Need> expected{needs[1], needs[2], needs[0]};
    for (qsizetype i = 0; i < read.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(read[i].id, expected[i].id);
        EXPECT_EQ(read[i].raisedBy, expected[i].raisedBy);
        EXPECT_EQ(read[i].text, expected[i].text);
        EXPECT_EQ(read[i].status, expected[i].status);
        EXPECT_EQ(read[i].priority, expected[i].priority);
        EXPECT_EQ(read[i].sortOrder, expected[i].sortOrder);
        EXPECT_EQ(read[i].resolvedUtc, expected[i].resolvedUtc);
        EXPECT_EQ(read[i].resolutionNote, expected[i].resolutionNote);
        EXPECT_EQ(read[i].createdUtc, expected[i].createdUtc);
        EXPECT_EQ(read[i].updatedUtc, expected[i].updatedUtc);
    }
    EXPECT_EQ(read[1].resolvedUtc, resolved);
    EXPECT_FALSE(read[0].resolvedUtc.isValid());
}

TEST_F(NeedRepositoryTest, KeepsAGivenCreationTime)
{
    const QDateTime raised(QDate(2025, 12, 24), QTime(19, 0), QTimeZone::utc());
    Need need = needBy(alex, u"Plan a weekend away"_s, 0);
    need.createdUtc = raised;
    QList<Need> needs{need};
    ASSERT_TRUE(succeeded(repository().addAll(needs)));
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored()[0].createdUtc, raised);
    EXPECT_EQ(stored()[0].updatedUtc, Start);
}

TEST_F(NeedRepositoryTest, EqualSortOrderFallsBackToCreationTime)
{
    QList<Need> later{needBy(sam, u"Later"_s, 0)};
    clock.advanceSeconds(1);
    ASSERT_TRUE(succeeded(repository().addAll(later)));
    clock.setNowUtc(Start);
    QList<Need> earlier{needBy(alex, u"Earlier"_s, 0)};
    ASSERT_TRUE(succeeded(repository().addAll(earlier)));
    const QList<Need> read = stored();
    ASSERT_EQ(read.size(), 2);
    EXPECT_EQ(read[0].text, u"Earlier"_s);
    EXPECT_EQ(read[1].text, u"Later"_s);
}

TEST_F(NeedRepositoryTest, OneInvalidNeedRefusesTheWholeBatch)
{
    QList<Need> needs{needBy(sam, u"Fine"_s, 0), needBy(alex, u"  "_s, 1)};
    EXPECT_TRUE(refusedMentioning(repository().addAll(needs), {u"need is about"_s}));
    EXPECT_TRUE(needs[0].id.isNull());
    EXPECT_EQ(rowCount(u"needs"_s), 0);
}

TEST_F(NeedRepositoryTest, ANeedFromSomeoneWhoIsNotAPartnerIsRefusedAndNothingIsWritten)
{
    Need stranger = needBy(sam, u"From nobody"_s, 1);
    stranger.raisedBy = QUuid::createUuid();
    QList<Need> needs{needBy(sam, u"Fine"_s, 0), stranger};
    EXPECT_TRUE(refusedMentioning(repository().addAll(needs), {u"need"_s, u"FOREIGN KEY"_s}));
    EXPECT_TRUE(needs[0].id.isNull());
    EXPECT_EQ(rowCount(u"needs"_s), 0);
}

} // namespace
} // namespace tend
