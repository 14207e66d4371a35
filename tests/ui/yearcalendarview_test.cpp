// The year in pixels: the words each day is described with, the mood ramp, and choosing a day
// with the keyboard and the mouse.

#include "uitesthelpers.h"

#include "history/calendardaytext.h"
#include "history/moodramp.h"
#include "history/yearcalendarview.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

namespace tend::test {
namespace {

const QDate Today(2024, 5, 14);

std::array<Partner, 2> couple()
{
    Partner robin;
    robin.id = QUuid::createUuid();
    robin.seat = 1;
    robin.name = QStringLiteral("Robin");
    robin.colour = QStringLiteral("#3f7cac");
    Partner sam;
    sam.id = QUuid::createUuid();
    sam.seat = 2;
    sam.name = QStringLiteral("Sam");
    sam.colour = QStringLiteral("#c8553d");
    return {robin, sam};
}

CalendarDay dayWith(const QDate &day, int first, int second, std::optional<double> mood)
{
    return {day, {first, second}, mood};
}

double relativeLuminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &first, const QColor &second)
{
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

class CalendarWordsTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void TearDown() override { QLocale::setDefault(m_previousLocale); }

    QLocale m_previousLocale;
    std::array<Partner, 2> m_partners = couple();
};

TEST(MoodRampTest, AveragesRoundHalfUpToTheScale)
{
    EXPECT_EQ(moodStep(1.0), 1);
    EXPECT_EQ(moodStep(1.44), 1);
    EXPECT_EQ(moodStep(1.5), 2);
    // As written: 2.46 is "2.5", so 3, like the digit beside it.
    EXPECT_EQ(moodStep(2.46), 3);
    EXPECT_EQ(moodStep(2.5), 3);
    EXPECT_EQ(moodStep(3.5), 4);
    EXPECT_EQ(moodStep(4.44), 4);
    EXPECT_EQ(moodStep(4.5), 5);
    EXPECT_EQ(moodStep(5.0), 5);
    // Off the scale stays on its ends.
    EXPECT_EQ(moodStep(0.2), 1);
    EXPECT_EQ(moodStep(7.0), 5);
}

TEST(MoodRampTest, EveryStepHasItsOwnFillAndAReadableDigit)
{
    QList<QColor> fills;
    for (int step = 1; step <= 5; ++step) {
        EXPECT_FALSE(fills.contains(moodFill(step))) << step;
        fills.append(moodFill(step));
        EXPECT_GE(contrast(moodFill(step), moodInk(step)), 4.5) << step;
    }
    EXPECT_EQ(moodFill(0), moodFill(1));
    EXPECT_EQ(moodFill(9), moodFill(5));
}

TEST_F(CalendarWordsTest, ADayWithoutCheckIns)
{
    EXPECT_EQ(calendarDayText(dayWith({2024, 5, 13}, 0, 0, std::nullopt), m_partners, Today),
              QStringLiteral("Mon 13 May 2024 — no check-ins"));
}

TEST_F(CalendarWordsTest, OnePartnerOnly)
{
    EXPECT_EQ(calendarDayText(dayWith({2024, 5, 13}, 0, 1, 2.0), m_partners, Today),
              QStringLiteral("Mon 13 May 2024 — Sam: 1 check-in; average mood 2 (A bit low)"));
}

TEST_F(CalendarWordsTest, BothPartnersWithTheAverageRoundedToAWord)
{
    EXPECT_EQ(calendarDayText(dayWith({2024, 5, 13}, 2, 1, 3.5), m_partners, Today),
              QStringLiteral("Mon 13 May 2024 — Robin: 2 check-ins, Sam: 1 check-in; average mood 3.5 (Good)"));
    EXPECT_EQ(calendarDayText(dayWith({2024, 5, 13}, 3, 1, 2.4666), m_partners, Today),
              QStringLiteral("Mon 13 May 2024 — Robin: 3 check-ins, Sam: 1 check-in; average mood 2.5 (Okay)"));
}

TEST_F(CalendarWordsTest, TodayAndDaysToCome)
{
    EXPECT_EQ(calendarDayText(dayWith(Today, 1, 0, 5.0), m_partners, Today),
              QStringLiteral("Tue 14 May 2024, today — Robin: 1 check-in; average mood 5 (Great)"));
    EXPECT_EQ(calendarDayText(dayWith({2024, 5, 15}, 0, 0, std::nullopt), m_partners, Today),
              QStringLiteral("Wed 15 May 2024 — still to come"));
}

class YearCalendarViewTest : public CalendarWordsTest
{
protected:
    void SetUp() override
    {
        CalendarWordsTest::SetUp();
        m_view.setPartners(m_partners);
        showYear(2024);
        ASSERT_TRUE(showAndActivate(&m_view));
        ASSERT_TRUE(focusOn(&m_view));
    }

    void showYear(int year)
    {
        m_view.setYear(year, {dayWith({2024, 5, 10}, 1, 1, 3.5), dayWith({2023, 3, 2}, 0, 2, 1.0)}, Today);
    }

    // Selects `from`, presses `key` and says where the selection went.
    QDate after(const QDate &from, Qt::Key key)
    {
        m_view.setSelectedDay(from);
        pressKey(key);
        return m_view.selectedDay();
    }

    YearCalendarView m_view;
};

TEST_F(YearCalendarViewTest, StartsOnTodayAndSaysSo)
{
    EXPECT_EQ(m_view.selectedDay(), Today);
    EXPECT_EQ(m_view.accessibleName(), QStringLiteral("Year of check-ins"));
    EXPECT_EQ(m_view.accessibleDescription(), QStringLiteral("Tue 14 May 2024, today — no check-ins"));
    EXPECT_EQ(m_view.dayText({2024, 5, 10}),
              QStringLiteral("Fri 10 May 2024 — Robin: 1 check-in, Sam: 1 check-in; average mood 3.5 (Good)"));
}

TEST_F(YearCalendarViewTest, LeftAndRightStepADayAcrossMonthEndsAndLeapDays)
{
    EXPECT_EQ(after({2024, 2, 28}, Qt::Key_Right), QDate(2024, 2, 29));
    EXPECT_EQ(after({2024, 2, 29}, Qt::Key_Right), QDate(2024, 3, 1));
    EXPECT_EQ(after({2024, 3, 1}, Qt::Key_Left), QDate(2024, 2, 29));
    EXPECT_EQ(after({2024, 4, 30}, Qt::Key_Right), QDate(2024, 5, 1));
    // The year's ends hold.
    EXPECT_EQ(after({2024, 1, 1}, Qt::Key_Left), QDate(2024, 1, 1));
    EXPECT_EQ(after({2024, 12, 31}, Qt::Key_Right), QDate(2024, 12, 31));
}

TEST_F(YearCalendarViewTest, UpAndDownStepAMonthAndKeepToItsLength)
{
    EXPECT_EQ(after({2024, 3, 31}, Qt::Key_Up), QDate(2024, 2, 29));
    EXPECT_EQ(after({2024, 1, 31}, Qt::Key_Down), QDate(2024, 2, 29));
    EXPECT_EQ(after({2024, 5, 31}, Qt::Key_Up), QDate(2024, 4, 30));
    EXPECT_EQ(after({2024, 8, 31}, Qt::Key_Down), QDate(2024, 9, 30));
    EXPECT_EQ(after({2024, 6, 15}, Qt::Key_Down), QDate(2024, 7, 15));
    EXPECT_EQ(after({2024, 1, 20}, Qt::Key_Up), QDate(2024, 1, 20));
    EXPECT_EQ(after({2024, 12, 20}, Qt::Key_Down), QDate(2024, 12, 20));

    showYear(2023);
    EXPECT_EQ(after({2023, 3, 31}, Qt::Key_Up), QDate(2023, 2, 28));
    EXPECT_EQ(after({2023, 1, 29}, Qt::Key_Down), QDate(2023, 2, 28));
}

TEST_F(YearCalendarViewTest, HomeAndEndGoToTheYearsEnds)
{
    EXPECT_EQ(after({2024, 6, 15}, Qt::Key_Home), QDate(2024, 1, 1));
    EXPECT_EQ(after({2024, 6, 15}, Qt::Key_End), QDate(2024, 12, 31));
}

TEST_F(YearCalendarViewTest, EnterAndSpaceOpenTheChosenDay)
{
    QSignalSpy activated(&m_view, &YearCalendarView::dayActivated);
    m_view.setSelectedDay({2024, 5, 10});
    pressKey(Qt::Key_Return);
    pressKey(Qt::Key_Right);
    pressKey(Qt::Key_Space);
    ASSERT_EQ(activated.size(), 2);
    EXPECT_EQ(activated.at(0).at(0).toDate(), QDate(2024, 5, 10));
    EXPECT_EQ(activated.at(1).at(0).toDate(), QDate(2024, 5, 11));
}

TEST_F(YearCalendarViewTest, TheDescriptionFollowsTheSelection)
{
    QSignalSpy changed(&m_view, &YearCalendarView::selectedDayChanged);
    m_view.setSelectedDay({2024, 5, 11});
    pressKey(Qt::Key_Left);
    EXPECT_EQ(m_view.accessibleDescription(),
              QStringLiteral("Fri 10 May 2024 — Robin: 1 check-in, Sam: 1 check-in; average mood 3.5 (Good)"));
    pressKey(Qt::Key_End);
    EXPECT_EQ(m_view.accessibleDescription(), QStringLiteral("Tue 31 Dec 2024 — still to come"));
    ASSERT_EQ(changed.size(), 3);
    EXPECT_EQ(changed.last().at(0).toDate(), QDate(2024, 12, 31));
}

TEST_F(YearCalendarViewTest, ClickingADayChoosesAndOpensIt)
{
    QSignalSpy activated(&m_view, &YearCalendarView::dayActivated);
    const QRect cell = m_view.cellRect({2024, 3, 7});
    ASSERT_FALSE(cell.isEmpty());
    QTest::mouseClick(&m_view, Qt::LeftButton, Qt::NoModifier, cell.center());
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).toDate(), QDate(2024, 3, 7));
    EXPECT_EQ(m_view.selectedDay(), QDate(2024, 3, 7));
}

TEST_F(YearCalendarViewTest, WhereThereIsNoSuchDayNothingHappens)
{
    QSignalSpy activated(&m_view, &YearCalendarView::dayActivated);
    // The square 30 February would have: one column right of the 29th.
    const QRect leapDay = m_view.cellRect({2024, 2, 29});
    const QPoint thirtieth = leapDay.center() + QPoint(m_view.cellRect({2024, 2, 2}).left() - m_view.cellRect({2024, 2, 1}).left(), 0);
    EXPECT_FALSE(m_view.dayAt(thirtieth).isValid());
    QTest::mouseClick(&m_view, Qt::LeftButton, Qt::NoModifier, thirtieth);
    EXPECT_EQ(activated.size(), 0);
    EXPECT_EQ(m_view.selectedDay(), Today);
}

TEST_F(YearCalendarViewTest, EveryDayFitsInsideTheWidgetAndOnlyDaysOfTheYearHaveASquare)
{
    const QRect inside(QPoint(0, 0), m_view.sizeHint());
    // However wide the page, the squares keep their size.
    EXPECT_EQ(m_view.sizePolicy().horizontalPolicy(), QSizePolicy::Fixed);
    for (QDate day(2024, 1, 1); day.year() == 2024; day = day.addDays(1)) {
        ASSERT_TRUE(inside.contains(m_view.cellRect(day))) << day.toString(Qt::ISODate).toStdString();
        ASSERT_EQ(m_view.dayAt(m_view.cellRect(day).center()), day);
    }
    EXPECT_TRUE(m_view.cellRect({2023, 5, 1}).isEmpty());
}

TEST_F(YearCalendarViewTest, AnotherYearKeepsTheDayOfTheYearAndDaysOutsideItAreNotChosen)
{
    m_view.setSelectedDay({2024, 2, 29});
    showYear(2023);
    EXPECT_EQ(m_view.selectedDay(), QDate(2023, 2, 28));
    EXPECT_EQ(m_view.dayText({2023, 3, 2}), QStringLiteral("Thu 2 Mar 2023 — Sam: 2 check-ins; average mood 1 (Low)"));
    m_view.setSelectedDay({2024, 5, 10});
    EXPECT_EQ(m_view.selectedDay(), QDate(2023, 2, 28));
    showYear(2024);
    EXPECT_EQ(m_view.selectedDay(), Today);
}

} // namespace
} // namespace tend::test
