// The History page in Tend's window and on its own: Ctrl+6 opens it on the last month, the
// range buttons and the scale chooser answer to the keyboard, each chart holds exactly the
// averages of the check-ins in the range, a day chosen on the calendar lists its check-ins,
// and a check-in saved while the page is open shows up at once.

#include "uitesthelpers.h"

#include "checkins/checkinstore.h"
#include "history/aftercarechart.h"
#include "history/charttime.h"
#include "history/historypage.h"
#include "history/needsmetchart.h"
#include "history/scalechart.h"
#include "history/yearcalendarview.h"
#include "mainwindow.h"
#include "preferences/preferencestore.h"
#include "storage/actrepository.h"
#include "storage/checkinrepository.h"

#include <QBarSet>
#include <QDateEdit>
#include <QLabel>
#include <QLineSeries>
#include <QTest>

namespace tend::test {
namespace {

// The y values of a series, oldest point first.
QList<double> values(const QLineSeries *series)
{
    QList<double> result;
    for (const QPointF &point : series->points())
        result.append(point.y());
    return result;
}

class HistoryPageTest : public CoupleWindowTest
{
protected:
    const QDate today{2024, 5, 14};

    void beforeWindowOpens() override
    {
        const Partner &robin = m_partners[0];
        const Partner &sam = m_partners[1];
        checkInOn(robin, QDate(2024, 3, 1), 1, 5, 1, QStringLiteral("A hard day."));
        checkInOn(robin, QDate(2024, 5, 10), 2, 4, 3, QStringLiteral("Tired."));
        checkInOn(robin, QDate(2024, 5, 13), 4, 2, 5, QStringLiteral("Lovely evening."));
        checkInOn(sam, QDate(2024, 5, 13), 5, 1, 3, QStringLiteral("Felt held."));
    }

    CheckIn checkInOn(const Partner &partner, const QDate &day, int mood, int stress, int closeness,
                      const QString &note, const QList<QUuid> &received = {}, const QList<QUuid> &wished = {})
    {
        CheckIn checkIn;
        checkIn.partnerId = partner.id;
        checkIn.atUtc = QDateTime(day, QTime(21, 0), m_clock.timeZone()).toUTC();
        checkIn.localDay = day;
        checkIn.mood = mood;
        checkIn.stress = stress;
        checkIn.closeness = closeness;
        checkIn.note = note;
        checkIn.actsReceived = received;
        checkIn.actsWished = wished;
        const Status added = CheckInRepository(*m_database, m_clock).add(checkIn);
        EXPECT_TRUE(added.ok()) << added.error().message.toStdString();
        return checkIn;
    }

    QWidget *openHistory()
    {
        pressKey(Qt::Key_6, Qt::ControlModifier);
        QWidget *page = child<QWidget>(m_window.get(), QStringLiteral("historyPage"));
        EXPECT_TRUE(page && waitUntil([page] { return page->isVisible(); })) << "Ctrl+6 did not open History";
        return page;
    }

    ScaleChart *scaleChart() const { return child<ScaleChart>(m_window.get(), QStringLiteral("scaleChart")); }
    QString periodText() const { return child<QLabel>(m_window.get(), QStringLiteral("historyPeriod"))->text(); }
};

TEST_F(HistoryPageTest, CtrlSixOpensTheLastMonthWithEachPartnersMoodOnTheirDays)
{
    ASSERT_TRUE(openHistory());
    ScaleChart *chart = scaleChart();
    ASSERT_TRUE(chart);

    EXPECT_EQ(values(chart->partnerSeries(0)), (QList<double>{2, 4})); // March is more than a month ago
    EXPECT_EQ(values(chart->partnerSeries(1)), (QList<double>{5}));
    const DayPeriod month{QDate(2024, 4, 15), today};
    EXPECT_EQ(chart->partnerSeries(0)->points().first().x(), double(chartTime(QDate(2024, 5, 10), month)));
    EXPECT_EQ(chart->partnerSeries(0)->color(), QColor(m_partners[0].colour));
    EXPECT_EQ(chart->partnerSeries(1)->color(), QColor(m_partners[1].colour));
    EXPECT_TRUE(periodText().startsWith(QStringLiteral("15 Apr 2024 to 14 May 2024"))) << periodText().toStdString();
}

TEST_F(HistoryPageTest, TheRangeButtonsAndTheScaleChooserAnswerToTheKeyboard)
{
    ASSERT_TRUE(openHistory());
    ScaleChart *chart = scaleChart();
    ASSERT_TRUE(chart);

    pressKey(Qt::Key_Y, Qt::AltModifier);
    EXPECT_TRUE(waitUntil([&] { return values(chart->partnerSeries(0)) == QList<double>{1, 2, 4}; }));
    EXPECT_TRUE(periodText().startsWith(QStringLiteral("15 May 2023 to 14 May 2024")));

    pressKey(Qt::Key_W, Qt::AltModifier);
    EXPECT_TRUE(waitUntil([&] { return values(chart->partnerSeries(0)) == QList<double>{2, 4}; }));
    EXPECT_TRUE(periodText().startsWith(QStringLiteral("8 May 2024 to 14 May 2024")));

    pressKey(Qt::Key_A, Qt::AltModifier);
    EXPECT_TRUE(waitUntil([&] { return periodText().startsWith(QStringLiteral("1 Mar 2024 to 14 May 2024")); }))
        << periodText().toStdString();
    EXPECT_EQ(values(chart->partnerSeries(0)), (QList<double>{1, 2, 4}));

    pressKey(Qt::Key_T, Qt::AltModifier); // Stress
    EXPECT_TRUE(waitUntil([&] { return chart->scale() == CheckInScale::Stress; }));
    EXPECT_EQ(values(chart->partnerSeries(0)), (QList<double>{5, 4, 2}));
    EXPECT_EQ(values(chart->partnerSeries(1)), (QList<double>{1}));

    pressKey(Qt::Key_C, Qt::AltModifier); // a custom period: from 13 May only
    auto *from = child<QDateEdit>(m_window.get(), QStringLiteral("rangeFrom"));
    auto *to = child<QDateEdit>(m_window.get(), QStringLiteral("rangeTo"));
    ASSERT_TRUE(from && to);
    EXPECT_TRUE(waitUntil([from] { return from->isVisible(); }));
    from->setDate(QDate(2024, 5, 13));
    to->setDate(QDate(2024, 5, 13));
    EXPECT_TRUE(waitUntil([&] { return values(chart->partnerSeries(0)) == QList<double>{2}; }));
    EXPECT_TRUE(periodText().startsWith(QStringLiteral("13 May 2024 to 13 May 2024")));
}

TEST_F(HistoryPageTest, ChoosingADayOnTheCalendarListsItsCheckIns)
{
    QWidget *page = openHistory();
    ASSERT_TRUE(page);
    auto *calendar = page->findChild<YearCalendarView *>();
    ASSERT_TRUE(calendar);
    const QRect cell = calendar->cellRect(QDate(2024, 5, 13));
    ASSERT_FALSE(cell.isEmpty());

    QTest::mouseClick(calendar, Qt::LeftButton, Qt::NoModifier, cell.center());

    const auto shown = [page](const QString &words) {
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(words))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(waitUntil([&] { return shown(QStringLiteral("Lovely evening.")); }));
    EXPECT_TRUE(shown(QStringLiteral("Felt held.")));
    EXPECT_FALSE(shown(QStringLiteral("Tired."))); // 10 May
    EXPECT_TRUE(calendar->dayText(QDate(2024, 5, 13)).contains(m_partners[1].name));
}

// On its own, with the stores a test can write through.
class HistoryPageAloneTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_database = openDatabase();
        ASSERT_TRUE(m_database);
        m_partners = saveCouple(*m_database);
        m_checkIns = std::make_unique<CheckInStore>(*m_database, m_clock);
        m_preferences = std::make_unique<PreferenceStore>(*m_database, m_clock);
        Result<QList<AftercareAct>> acts = ActRepository(*m_database, m_clock).all();
        ASSERT_TRUE(acts && acts->size() >= 3);
        m_acts = *acts;
        m_page = std::make_unique<HistoryPage>(*m_checkIns, *m_preferences);
        m_page->setPartners(m_partners);
        m_page->resize(1000, 800);
        ASSERT_TRUE(showAndActivate(m_page.get()));
    }

    CheckIn add(const Partner &partner, int mood, const QList<QUuid> &received, const QList<QUuid> &wished)
    {
        CheckIn checkIn;
        checkIn.partnerId = partner.id;
        checkIn.atUtc = m_clock.nowUtc().addSecs(-3600);
        checkIn.localDay = m_clock.today();
        checkIn.kind = CheckInKind::AfterIntimacy;
        checkIn.mood = mood;
        checkIn.actsReceived = received;
        checkIn.actsWished = wished;
        const Status added = m_checkIns->add(checkIn);
        EXPECT_TRUE(added.ok()) << added.error().message.toStdString();
        return checkIn;
    }

    std::unique_ptr<Database> m_database;
    QList<Partner> m_partners;
    QList<AftercareAct> m_acts;
    std::unique_ptr<CheckInStore> m_checkIns;
    std::unique_ptr<PreferenceStore> m_preferences;
    std::unique_ptr<HistoryPage> m_page;
};

TEST_F(HistoryPageAloneTest, ACheckInSavedWhileTheHistoryIsOpenShowsUpInEveryChart)
{
    auto *scale = m_page->findChild<ScaleChart *>(QStringLiteral("scaleChart"));
    auto *needsMet = m_page->findChild<NeedsMetChart *>(QStringLiteral("needsMetChart"));
    auto *aftercare = m_page->findChild<AftercareChart *>(QStringLiteral("aftercareChart"));
    ASSERT_TRUE(scale && needsMet && aftercare);
    EXPECT_TRUE(scale->partnerSeries(1)->points().isEmpty());
    EXPECT_TRUE(aftercare->categories().isEmpty());

    const AftercareAct &hug = m_acts[0];
    const AftercareAct &tea = m_acts[1];
    add(m_partners[1], 4, {hug.id}, {hug.id, tea.id});

    EXPECT_TRUE(waitUntil([&] { return values(scale->partnerSeries(1)) == QList<double>{4}; }));
    EXPECT_EQ(values(needsMet->partnerSeries(1)), (QList<double>{50})); // one of the two wished for
    EXPECT_TRUE(needsMet->partnerSeries(0)->points().isEmpty());
    const QStringList acts = aftercare->categories();
    ASSERT_TRUE(acts.contains(hug.label) && acts.contains(tea.label)) << acts.join(u',').toStdString();
    const qsizetype hugRow = acts.indexOf(hug.label);
    const qsizetype teaRow = acts.indexOf(tea.label);
    EXPECT_EQ(aftercare->barSet(1, false)->at(hugRow), 1); // received
    EXPECT_EQ(aftercare->barSet(1, true)->at(hugRow), 1);  // wished for
    EXPECT_EQ(aftercare->barSet(1, false)->at(teaRow), 0);
    EXPECT_EQ(aftercare->barSet(1, true)->at(teaRow), 1);
}

TEST_F(HistoryPageAloneTest, AHiddenPageReadsTheCheckInsAgainWhenItIsShown)
{
    auto *scale = m_page->findChild<ScaleChart *>(QStringLiteral("scaleChart"));
    ASSERT_TRUE(scale);
    m_page->hide();
    add(m_partners[0], 2, {}, {});
    EXPECT_TRUE(scale->partnerSeries(0)->points().isEmpty()); // nothing is drawn while hidden

    m_page->show();

    EXPECT_TRUE(waitUntil([&] { return values(scale->partnerSeries(0)) == QList<double>{2}; }));
}

} // namespace
} // namespace tend::test
