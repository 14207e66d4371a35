#include "checkins/newestfirst.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace tend {
namespace {

CheckIn checkIn(int id, const QDateTime &atUtc, const QDateTime &createdUtc)
{
    CheckIn made;
    made.id = QUuid::fromString(QStringLiteral("{00000000-0000-0000-0000-%1}").arg(id, 12, 10, QLatin1Char('0')));
    made.atUtc = atUtc;
    made.createdUtc = createdUtc;
    return made;
}

QList<int> moods(const QList<CheckIn> &checkIns)
{
    QList<int> found;
    for (const CheckIn &one : checkIns)
        found.append(one.mood);
    return found;
}

const QDateTime Noon(QDate(2026, 5, 10), QTime(12, 0), QTimeZone::utc());

TEST(NewestFirst, PlacesByTimeThenByWhenWrittenAndReplacesTheSameId)
{
    QList<CheckIn> list;
    CheckIn morning = checkIn(1, Noon.addSecs(-3 * 3600), Noon);
    morning.mood = 1;
    CheckIn evening = checkIn(2, Noon.addSecs(6 * 3600), Noon);
    evening.mood = 2;
    CheckIn noonFirst = checkIn(3, Noon, Noon.addSecs(1));
    noonFirst.mood = 3;
    CheckIn noonSecond = checkIn(4, Noon, Noon.addSecs(2));
    noonSecond.mood = 4;
    for (const CheckIn &one : {morning, noonFirst, evening, noonSecond})
        placeNewestFirst(list, one);
    EXPECT_EQ(moods(list), (QList<int>{2, 4, 3, 1}));

    morning.atUtc = Noon.addDays(1); // edited to the next day: moves to the front, once
    morning.mood = 5;
    placeNewestFirst(list, morning);
    EXPECT_EQ(moods(list), (QList<int>{5, 2, 4, 3}));
}

TEST(NewestFirst, RemovesOnlyTheGivenId)
{
    QList<CheckIn> list{checkIn(1, Noon, Noon), checkIn(2, Noon.addSecs(-1), Noon)};
    removeById(list, checkIn(3, Noon, Noon).id);
    EXPECT_EQ(list.size(), 2);
    removeById(list, checkIn(1, Noon, Noon).id);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().id, checkIn(2, Noon, Noon).id);
}

TEST(NewestFirst, OrdersAsTheRepositoryReads)
{
    const CheckIn newer = checkIn(1, Noon, Noon);
    const CheckIn older = checkIn(2, Noon.addSecs(-1), Noon.addSecs(10));
    const CheckIn writtenLater = checkIn(3, Noon, Noon.addSecs(1));
    EXPECT_TRUE(comesBeforeNewestFirst(newer, older));
    EXPECT_FALSE(comesBeforeNewestFirst(older, newer));
    EXPECT_TRUE(comesBeforeNewestFirst(writtenLater, newer));
    EXPECT_FALSE(comesBeforeNewestFirst(newer, newer));
}

} // namespace
} // namespace tend
