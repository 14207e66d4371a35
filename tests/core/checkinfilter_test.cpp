#include "checkins/checkinfilter.h"

#include "printers.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

class CheckInFilterTest : public ::testing::Test
{
protected:
    // Appends a check-in at noon UTC of `day` and returns its position.
    int add(const QUuid &partnerId, const QDate &day, CheckInKind kind = CheckInKind::Daily, const QString &note = {})
    {
        CheckIn checkIn;
        checkIn.id = QUuid::createUuid();
        checkIn.partnerId = partnerId;
        checkIn.atUtc = QDateTime(day, QTime(12, 0), QTimeZone::utc());
        checkIn.localDay = day;
        checkIn.kind = kind;
        checkIn.note = note;
        checkIns.append(checkIn);
        return static_cast<int>(checkIns.size() - 1);
    }

    int withNote(const QString &note) { return add(sam, march, CheckInKind::Daily, note); }

    QList<int> kept(const CheckInFilter &filter) const
    {
        const QList<int> positions = filterCheckIns(checkIns, filter);
        // A single check-in must be judged the same way as the whole list.
        for (qsizetype i = 0; i < checkIns.size(); ++i)
            EXPECT_EQ(filter.matches(checkIns[i]), positions.contains(int(i))) << "at position " << i;
        return positions;
    }

    QList<int> found(const QString &search) const
    {
        CheckInFilter filter;
        filter.search = search;
        return kept(filter);
    }

    const QUuid sam = QUuid::createUuid();
    const QUuid alex = QUuid::createUuid();
    const QDate march{2026, 3, 14};
    QList<CheckIn> checkIns;
};

TEST_F(CheckInFilterTest, AnEmptyFilterKeepsEveryCheckInInOrder)
{
    add(sam, march);
    add(alex, march.addDays(-3), CheckInKind::AfterIntimacy, u"Close."_s);
    add(sam, march.addDays(2));
    const CheckInFilter filter;
    EXPECT_TRUE(filter.isEmpty());
    EXPECT_EQ(kept(filter), QList<int>({0, 1, 2}));
}

TEST_F(CheckInFilterTest, ASearchOfOnlySpacesIsEmpty)
{
    CheckInFilter filter;
    filter.search = u" \t  "_s;
    EXPECT_TRUE(filter.isEmpty());
    add(sam, march, CheckInKind::Daily, u"Anything"_s);
    add(alex, march);
    EXPECT_EQ(kept(filter), QList<int>({0, 1}));
}

TEST_F(CheckInFilterTest, AnyCriterionMakesTheFilterNotEmpty)
{
    CheckInFilter byPartner;
    byPartner.partnerId = sam;
    CheckInFilter byKind;
    byKind.kind = CheckInKind::Daily;
    CheckInFilter byStart;
    byStart.from = march;
    CheckInFilter byEnd;
    byEnd.to = march;
    CheckInFilter bySearch;
    bySearch.search = u"tea"_s;
    for (const CheckInFilter &filter : {byPartner, byKind, byStart, byEnd, bySearch})
        EXPECT_FALSE(filter.isEmpty());
}

TEST_F(CheckInFilterTest, KeepsOnePartnersCheckIns)
{
    add(sam, march);
    add(alex, march);
    add(alex, march.addDays(1));
    add(sam, march.addDays(1));
    CheckInFilter filter;
    filter.partnerId = alex;
    EXPECT_EQ(kept(filter), QList<int>({1, 2}));
    filter.partnerId = sam;
    EXPECT_EQ(kept(filter), QList<int>({0, 3}));
}

TEST_F(CheckInFilterTest, KeepsOneKind)
{
    add(sam, march, CheckInKind::AfterIntimacy);
    add(alex, march, CheckInKind::Daily);
    add(sam, march, CheckInKind::Daily);
    add(alex, march, CheckInKind::AfterIntimacy);
    CheckInFilter filter;
    filter.kind = CheckInKind::AfterIntimacy;
    EXPECT_EQ(kept(filter), QList<int>({0, 3}));
    filter.kind = CheckInKind::Daily;
    EXPECT_EQ(kept(filter), QList<int>({1, 2}));
}

TEST_F(CheckInFilterTest, BothEndsOfADateRangeAreIncluded)
{
    for (int offset = -2; offset <= 4; ++offset)
        add(sam, march.addDays(offset));
    CheckInFilter filter;
    filter.from = march;
    filter.to = march.addDays(2);
    EXPECT_EQ(kept(filter), QList<int>({2, 3, 4}));
}

TEST_F(CheckInFilterTest, ARangeOfOneDayKeepsThatDay)
{
    add(sam, march.addDays(-1));
    add(sam, march);
    add(alex, march);
    add(sam, march.addDays(1));
    CheckInFilter filter;
    filter.from = march;
    filter.to = march;
    EXPECT_EQ(kept(filter), QList<int>({1, 2}));
}

TEST_F(CheckInFilterTest, AnInvalidStartOrEndLeavesThatSideOpen)
{
    add(sam, march.addYears(-5));
    add(sam, march);
    add(sam, march.addYears(5));
    CheckInFilter from;
    from.from = march;
    EXPECT_EQ(kept(from), QList<int>({1, 2}));
    CheckInFilter to;
    to.to = march;
    EXPECT_EQ(kept(to), QList<int>({0, 1}));
}

TEST_F(CheckInFilterTest, DaysAreTheLocalCalendarDayNotTheUtcDate)
{
    const int lateEvening = add(sam, march);
    // 23:30 UTC on the 13th is already the 14th for someone one hour east.
    checkIns[lateEvening].atUtc = QDateTime(march.addDays(-1), QTime(23, 30), QTimeZone::utc());
    CheckInFilter filter;
    filter.from = march;
    filter.to = march;
    EXPECT_EQ(kept(filter), QList<int>({lateEvening}));
    filter.from = filter.to = march.addDays(-1);
    EXPECT_TRUE(kept(filter).isEmpty());
}

TEST_F(CheckInFilterTest, SearchFindsAWordInTheNote)
{
    withNote(u"Tea and a blanket."_s);
    withNote(u"Quiet time alone."_s);
    withNote(u"Made tea for two."_s);
    withNote({});
    EXPECT_EQ(found(u"tea"_s), QList<int>({0, 2}));
    EXPECT_EQ(found(u"blanket"_s), QList<int>({0}));
    EXPECT_TRUE(found(u"music"_s).isEmpty());
}

TEST_F(CheckInFilterTest, EveryWordOfTheSearchMustAppearInAnyOrder)
{
    withNote(u"Tea and a blanket."_s);
    withNote(u"A blanket, then quiet."_s);
    withNote(u"Tea, then quiet, then a blanket."_s);
    EXPECT_EQ(found(u"blanket tea"_s), QList<int>({0, 2}));
    EXPECT_EQ(found(u"  quiet   blanket "_s), QList<int>({1, 2}));
    EXPECT_EQ(found(u"tea quiet blanket"_s), QList<int>({2}));
    EXPECT_TRUE(found(u"tea music"_s).isEmpty());
}

TEST_F(CheckInFilterTest, SearchIgnoresCase)
{
    withNote(u"Felt CLOSE tonight."_s);
    withNote(u"far apart"_s);
    EXPECT_EQ(found(u"close"_s), QList<int>({0}));
    EXPECT_EQ(found(u"Far APART"_s), QList<int>({1}));
}

TEST_F(CheckInFilterTest, SearchIgnoresAccentsBothWays)
{
    withNote(u"Un café au lit, très doux."_s);
    withNote(u"Cafe first, then a nap."_s);
    withNote(u"Ein ruhiger Abend, SCHÖN."_s);
    withNote(u"Nothing special."_s);
    EXPECT_EQ(found(u"cafe"_s), QList<int>({0, 1}));
    EXPECT_EQ(found(u"CAFÉ"_s), QList<int>({0, 1}));
    EXPECT_EQ(found(u"tres cafe"_s), QList<int>({0}));
    EXPECT_EQ(found(u"schon"_s), QList<int>({2}));
    EXPECT_EQ(found(u"schön abend"_s), QList<int>({2}));
    // Every word counts in accented notes too.
    EXPECT_EQ(found(u"café nap"_s), QList<int>({1}));
}

TEST_F(CheckInFilterTest, SearchMatchesDecomposedAccentsToo)
{
    // "é" written as "e" followed by a combining acute accent, as some keyboards produce it.
    withNote(u"Un cafe\u0301 ensemble."_s);
    withNote(u"Plain note."_s);
    EXPECT_EQ(found(u"café"_s), QList<int>({0}));
    EXPECT_EQ(found(u"cafe"_s), QList<int>({0}));
}

TEST_F(CheckInFilterTest, ALetterThatIsNotAnAccentedLatinOneMustMatchItself)
{
    withNote(u"Smørrebrød together."_s);
    withNote(u"Smorrebrod together."_s);
    // "ø" is a letter of its own, not "o" with an accent.
    EXPECT_EQ(found(u"smørrebrød"_s), QList<int>({0}));
    EXPECT_EQ(found(u"SMØRREBRØD"_s), QList<int>({0}));
}

TEST_F(CheckInFilterTest, CriteriaCombine)
{
    add(sam, march, CheckInKind::AfterIntimacy, u"Tea and a blanket."_s);     // 0: kept
    add(alex, march, CheckInKind::AfterIntimacy, u"Tea and a blanket."_s);    // 1: other partner
    add(sam, march, CheckInKind::Daily, u"Tea and a blanket."_s);             // 2: other kind
    add(sam, march.addDays(-10), CheckInKind::AfterIntimacy, u"Tea, calm."_s); // 3: before the range
    add(sam, march.addDays(1), CheckInKind::AfterIntimacy, u"Quiet."_s);      // 4: no tea
    add(sam, march.addDays(2), CheckInKind::AfterIntimacy, u"More TEA."_s);   // 5: kept
    add(sam, march.addDays(3), CheckInKind::AfterIntimacy, u"Tea again."_s);  // 6: after the range
    CheckInFilter filter;
    filter.partnerId = sam;
    filter.kind = CheckInKind::AfterIntimacy;
    filter.from = march;
    filter.to = march.addDays(2);
    filter.search = u"tea"_s;
    EXPECT_FALSE(filter.isEmpty());
    EXPECT_EQ(kept(filter), QList<int>({0, 5}));
}

TEST_F(CheckInFilterTest, NothingToFilterKeepsNothing)
{
    CheckInFilter filter;
    filter.search = u"tea"_s;
    EXPECT_TRUE(filterCheckIns({}, filter).isEmpty());
    EXPECT_TRUE(filterCheckIns({}, CheckInFilter()).isEmpty());
}

} // namespace
} // namespace tend
