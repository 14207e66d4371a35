#include "history/yearcalendar.h"

#include "printers.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>

namespace tend {
namespace {

class HistoryYearCalendarTest : public ::testing::Test
{
protected:
    const QTimeZone newYork{"America/New_York"};
    const QUuid alex = QUuid::createUuid();
    const QUuid sam = QUuid::createUuid();
    const PartnerIds partners{alex, sam};

    void SetUp() override { ASSERT_TRUE(newYork.isValid()); }

    void add(const QUuid &partner, const QDate &day, const QTime &time, int mood)
    {
        CheckIn checkIn;
        checkIn.partnerId = partner;
        checkIn.atUtc = QDateTime(day, time, newYork).toUTC();
        checkIn.localDay = checkIn.atUtc.toTimeZone(newYork).date();
        checkIn.mood = mood;
        m_checkIns.append(checkIn);
    }

    QList<CalendarDay> calendar(int year)
    {
        std::sort(m_checkIns.begin(), m_checkIns.end(), [](const CheckIn &a, const CheckIn &b) { return a.atUtc < b.atUtc; });
        return yearCalendar(m_checkIns, partners, year);
    }

    QList<CheckIn> m_checkIns;
};

TEST_F(HistoryYearCalendarTest, EveryDayOfTheYearEvenWithoutData)
{
    const QList<CalendarDay> leapYear = calendar(2028);
    ASSERT_EQ(leapYear.size(), 366);
    EXPECT_EQ(leapYear.first().day, QDate(2028, 1, 1));
    EXPECT_EQ(leapYear[59].day, QDate(2028, 2, 29));
    EXPECT_EQ(leapYear.last().day, QDate(2028, 12, 31));
    EXPECT_TRUE(std::all_of(leapYear.cbegin(), leapYear.cend(), [](const CalendarDay &day) {
        return day.checkIns == std::array<int, 2>{} && !day.averageMood;
    }));
    EXPECT_EQ(calendar(2026).size(), 365);
}

TEST_F(HistoryYearCalendarTest, CountsPerPartnerAndTheCouplesMood)
{
    const QDate day(2026, 6, 10);
    add(alex, day, QTime(8, 0), 5);
    add(alex, day, QTime(20, 0), 5);
    add(sam, day, QTime(21, 0), 2);
    add(sam, day.addDays(1), QTime(21, 0), 2);
    add(alex, day.addDays(2), QTime(9, 0), 2);
    add(alex, day.addDays(2), QTime(13, 0), 3);
    add(alex, day.addDays(2), QTime(22, 0), 5);
    const QList<CalendarDay> year = calendar(2026);
    const qsizetype index = QDate(2026, 1, 1).daysTo(day);
    EXPECT_EQ(year[index], (CalendarDay{day, {2, 1}, 3.5})) << "each partner counts the same, not each check-in";
    EXPECT_EQ(year[index + 1], (CalendarDay{day.addDays(1), {0, 1}, 2.0})) << "one partner only";
    EXPECT_EQ(year[index + 2].checkIns, (std::array<int, 2>{3, 0}));
    EXPECT_DOUBLE_EQ(year[index + 2].averageMood.value_or(0), 10.0 / 3.0);
    EXPECT_EQ(year[index - 1], (CalendarDay{day.addDays(-1), {}, std::nullopt})) << "a gap stays empty";
}

TEST_F(HistoryYearCalendarTest, NewYearsEveInNewYorkBelongsToTheOldYear)
{
    // 23:30 on 31 December in New York is already 1 January in UTC.
    add(alex, QDate(2026, 12, 31), QTime(23, 30), 4);
    add(sam, QDate(2027, 1, 1), QTime(0, 5), 1);
    ASSERT_EQ(m_checkIns[0].atUtc.date(), QDate(2027, 1, 1));
    const QList<CalendarDay> year2026 = calendar(2026);
    EXPECT_EQ(year2026.last(), (CalendarDay{QDate(2026, 12, 31), {1, 0}, 4.0}));
    const QList<CalendarDay> year2027 = calendar(2027);
    EXPECT_EQ(year2027.first(), (CalendarDay{QDate(2027, 1, 1), {0, 1}, 1.0}));
}

} // namespace
} // namespace tend
