// The check-in calendar: choosing a year and a day shows exactly that day's check-ins, in words.

#include "uitesthelpers.h"

#include "history/checkincalendar.h"
#include "history/checkinentrytext.h"
#include "history/daycheckinsview.h"
#include "history/yearcalendarview.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace tend::test {
namespace {

const QDate Today(2024, 5, 14);
const QTimeZone Berlin(QByteArrayLiteral("Europe/Berlin"));

class CheckInCalendarTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_partners[0].id = QUuid::createUuid();
        m_partners[0].seat = 1;
        m_partners[0].name = QStringLiteral("Robin");
        m_partners[0].colour = QStringLiteral("#3f7cac");
        m_partners[1].id = QUuid::createUuid();
        m_partners[1].seat = 2;
        m_partners[1].name = QStringLiteral("Sam");
        m_partners[1].colour = QStringLiteral("#c8553d");
        m_catalogue = {{m_cuddling, QStringLiteral("Cuddling")}, {m_water, QStringLiteral("A glass of water")}};

        // Newest first, as the store gives them. 10 May has one of each, and the days around it one each.
        add(1, {2024, 5, 11}, {8, 0}, 3);
        CheckIn &late = add(0, {2024, 5, 10}, {19, 40}, 4);
        late.kind = CheckInKind::AfterIntimacy;
        late.feltCaredFor = 5;
        late.actsReceived = {m_cuddling};
        late.actsWished = {m_cuddling, m_water, QUuid::createUuid()};
        late.note = QStringLiteral("Slow evening, <b>lovely</b>.");
        add(1, {2024, 5, 10}, {6, 15}, 2).stress = 4;
        add(0, {2024, 5, 9}, {20, 0}, 5);
        add(1, {2023, 3, 2}, {9, 0}, 1);
        std::sort(m_checkIns.begin(), m_checkIns.end(),
                  [](const CheckIn &a, const CheckIn &b) { return a.atUtc > b.atUtc; });

        m_calendar.setPartners(m_partners);
        m_calendar.setCatalogue(m_catalogue);
        m_calendar.setTimeZone(Berlin);
        m_calendar.setCheckIns(m_checkIns, Today);
        ASSERT_TRUE(m_view && m_dayView && m_previous && m_next && m_yearLabel);
        ASSERT_TRUE(showAndActivate(&m_calendar));
    }

    void TearDown() override { QLocale::setDefault(m_previousLocale); }

    CheckIn &add(int seat, const QDate &utcDay, const QTime &utcTime, int mood)
    {
        CheckIn checkIn;
        checkIn.id = QUuid::createUuid();
        checkIn.partnerId = m_partners[size_t(seat)].id;
        checkIn.atUtc = QDateTime(utcDay, utcTime, Qt::UTC);
        checkIn.localDay = checkIn.atUtc.toTimeZone(Berlin).date();
        checkIn.mood = mood;
        m_checkIns.append(checkIn);
        return m_checkIns.last();
    }

    void click(const QDate &day)
    {
        const QRect cell = m_view->cellRect(day);
        ASSERT_FALSE(cell.isEmpty());
        QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, cell.center());
    }

    QString heading() const { return child<QLabel>(m_dayView, QStringLiteral("dayHeading"))->text(); }

    bool saysNoCheckIns() const
    {
        return child<QLabel>(m_dayView, QStringLiteral("dayEmpty"))->isVisibleTo(m_dayView);
    }

    // Headline and details of each entry, top to bottom.
    QStringList entries() const
    {
        QList<QWidget *> shown = m_dayView->findChildren<QWidget *>(QStringLiteral("dayCheckIn"));
        std::sort(shown.begin(), shown.end(), [](QWidget *a, QWidget *b) { return a->y() < b->y(); });
        QStringList texts;
        for (QWidget *entry : shown) {
            texts.append(child<QLabel>(entry, QStringLiteral("dayCheckInHeadline"))->text() + u'\n'
                         + child<QLabel>(entry, QStringLiteral("dayCheckInDetails"))->text());
        }
        return texts;
    }

    QLocale m_previousLocale;
    std::array<Partner, 2> m_partners;
    QUuid m_cuddling = QUuid::createUuid();
    QUuid m_water = QUuid::createUuid();
    QHash<QUuid, QString> m_catalogue;
    QList<CheckIn> m_checkIns;
    CheckInCalendar m_calendar;
    YearCalendarView *m_view = child<YearCalendarView>(&m_calendar, QStringLiteral("yearCalendar"));
    DayCheckInsView *m_dayView = child<DayCheckInsView>(&m_calendar, QStringLiteral("dayCheckIns"));
    QPushButton *m_previous = child<QPushButton>(&m_calendar, QStringLiteral("previousYear"));
    QPushButton *m_next = child<QPushButton>(&m_calendar, QStringLiteral("nextYear"));
    QLabel *m_yearLabel = child<QLabel>(&m_calendar, QStringLiteral("yearLabel"));
};

TEST_F(CheckInCalendarTest, OpensOnTodayWhichHasNoCheckInsYet)
{
    EXPECT_EQ(m_yearLabel->text(), QStringLiteral("2024"));
    EXPECT_EQ(m_view->selectedDay(), Today);
    EXPECT_EQ(heading(), QStringLiteral("Tuesday 14 May 2024"));
    EXPECT_TRUE(saysNoCheckIns());
    EXPECT_TRUE(entries().isEmpty());
    // The legend says whose corner is whose, in words.
    EXPECT_EQ(child<QLabel>(&m_calendar, QStringLiteral("legendFirstPartner"))->text(),
              QStringLiteral("Robin, top-left corner"));
    EXPECT_EQ(child<QLabel>(&m_calendar, QStringLiteral("legendSecondPartner"))->text(),
              QStringLiteral("Sam, top-right corner"));
}

TEST_F(CheckInCalendarTest, ClickingADayListsExactlyItsCheckInsOldestFirst)
{
    QSignalSpy activated(m_view, &YearCalendarView::dayActivated);
    click({2024, 5, 10});
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(heading(), QStringLiteral("Friday 10 May 2024"));
    EXPECT_FALSE(saysNoCheckIns());
    EXPECT_EQ(entries(),
              (QStringList{QStringLiteral("Sam · 08:15 · Daily\n"
                                          "Mood 2 (A bit low) · Stress 4 (Stressed) · Closeness 3 (Okay)"),
                           QStringLiteral("Robin · 21:40 · After intimacy\n"
                                          "Mood 4 (Good) · Stress 3 (Some stress) · Closeness 3 (Okay) · "
                                          "Felt cared for 5 (Very cared for)\n"
                                          "Received: Cuddling · Wished for: Cuddling, A glass of water, an act no "
                                          "longer listed\n"
                                          "Note: Slow evening, <b>lovely</b>.")}));
    // A note is shown as written, never as markup.
    for (QLabel *details : m_dayView->findChildren<QLabel *>(QStringLiteral("dayCheckInDetails")))
        EXPECT_EQ(details->textFormat(), Qt::PlainText);
}

TEST_F(CheckInCalendarTest, ArrowKeysCarryTheDayViewAlong)
{
    ASSERT_TRUE(focusOn(m_view));
    m_view->setSelectedDay({2024, 5, 8});
    EXPECT_TRUE(saysNoCheckIns());
    pressKey(Qt::Key_Right);
    EXPECT_EQ(heading(), QStringLiteral("Thursday 9 May 2024"));
    EXPECT_EQ(entries(), QStringList{QStringLiteral("Robin · 22:00 · Daily\n"
                                                    "Mood 5 (Great) · Stress 3 (Some stress) · Closeness 3 (Okay)")});
}

TEST_F(CheckInCalendarTest, YearsGoBackToTheFirstCheckInAndNoFurtherThanThisYear)
{
    EXPECT_TRUE(m_previous->isEnabled());
    EXPECT_FALSE(m_next->isEnabled());
    EXPECT_EQ(m_previous->text(), QStringLiteral("‹ 2023"));
    EXPECT_EQ(m_next->text(), QStringLiteral("2025 ›"));

    QTest::mouseClick(m_previous, Qt::LeftButton);
    EXPECT_EQ(m_yearLabel->text(), QStringLiteral("2023"));
    EXPECT_EQ(m_view->year(), 2023);
    EXPECT_FALSE(m_previous->isEnabled());
    EXPECT_TRUE(m_next->isEnabled());
    EXPECT_EQ(m_view->selectedDay(), QDate(2023, 5, 14));

    click({2023, 3, 2});
    EXPECT_EQ(entries(), QStringList{QStringLiteral("Sam · 10:00 · Daily\n"
                                                    "Mood 1 (Low) · Stress 3 (Some stress) · Closeness 3 (Okay)")});

    QTest::mouseClick(m_next, Qt::LeftButton);
    EXPECT_EQ(m_yearLabel->text(), QStringLiteral("2024"));
    EXPECT_FALSE(m_next->isEnabled());
}

TEST_F(CheckInCalendarTest, NewCheckInsKeepTheYearAndDayAndShowInTheDayView)
{
    QTest::mouseClick(m_previous, Qt::LeftButton);
    click({2023, 3, 2});
    add(0, {2023, 3, 2}, {18, 30}, 4);
    std::sort(m_checkIns.begin(), m_checkIns.end(), [](const CheckIn &a, const CheckIn &b) { return a.atUtc > b.atUtc; });
    m_calendar.setCheckIns(m_checkIns, Today);
    EXPECT_EQ(m_calendar.year(), 2023);
    EXPECT_EQ(m_view->selectedDay(), QDate(2023, 3, 2));
    EXPECT_EQ(entries().size(), 2);
    EXPECT_TRUE(entries().last().startsWith(QStringLiteral("Robin · 19:30 · Daily")));
    EXPECT_EQ(m_view->accessibleDescription(),
              QStringLiteral("Thu 2 Mar 2023 — Robin: 1 check-in, Sam: 1 check-in; average mood 2.5 (Okay)"));
}

TEST_F(CheckInCalendarTest, WithoutCheckInsThereIsOnlyThisYear)
{
    m_calendar.setCheckIns({}, Today);
    EXPECT_EQ(m_yearLabel->text(), QStringLiteral("2024"));
    EXPECT_FALSE(m_previous->isEnabled());
    EXPECT_FALSE(m_next->isEnabled());
    click({2024, 5, 10});
    EXPECT_EQ(heading(), QStringLiteral("Friday 10 May 2024"));
    EXPECT_TRUE(saysNoCheckIns());
    EXPECT_TRUE(entries().isEmpty());
}

TEST_F(CheckInCalendarTest, AYearOutOfReachIsKeptWithinIt)
{
    m_calendar.showYear(2019);
    EXPECT_EQ(m_calendar.year(), 2023);
    m_calendar.showYear(2031);
    EXPECT_EQ(m_calendar.year(), 2024);
}

TEST(CheckInEntryTextTest, ScalesSayCaredForOnlyWhenAnswered)
{
    CheckIn checkIn;
    checkIn.mood = 1;
    checkIn.stress = 5;
    checkIn.closeness = 4;
    EXPECT_EQ(checkInScalesText(checkIn),
              QStringLiteral("Mood 1 (Low) · Stress 5 (Very stressed) · Closeness 4 (Close)"));
    checkIn.feltCaredFor = 1;
    EXPECT_TRUE(checkInScalesText(checkIn).endsWith(QStringLiteral(" · Felt cared for 1 (Not really)")));
    EXPECT_EQ(checkInActsText(checkIn, {}), QString());
}

} // namespace
} // namespace tend::test
