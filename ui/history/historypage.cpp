#include "historypage.h"

#include "aftercarechart.h"
#include "card.h"
#include "checkincalendar.h"
#include "checkins/checkinstore.h"
#include "clock.h"
#include "history/chartdata.h"
#include "history/streaks.h"
#include "historyrangebar.h"
#include "needsmetchart.h"
#include "preferences/preferencestore.h"
#include "scalechart.h"
#include "scalehistory.h"
#include "streaksummary.h"
#include "typography.h"
#include "wrappinglabel.h"

#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tend {

namespace {

QString periodDescription(const DayPeriod &period, Bucket bucket)
{
    const QLocale locale;
    const QString days = HistoryPage::tr("%1 to %2").arg(locale.toString(period.from, HistoryPage::tr("d MMM yyyy")),
                                                         locale.toString(period.to, HistoryPage::tr("d MMM yyyy")));
    switch (bucket) {
    case Bucket::Day:
        return HistoryPage::tr("%1 · each point is a day").arg(days);
    case Bucket::Week:
        return HistoryPage::tr("%1 · each point is a week's average").arg(days);
    case Bucket::Month:
        return HistoryPage::tr("%1 · each point is a month's average").arg(days);
    }
    return days;
}

Card *titledCard(const QString &title, const QString &explanation, QWidget *content, QWidget *parent)
{
    auto *card = new Card(parent);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(8);
    auto *heading = new QLabel(title, card);
    styleAsCardTitle(heading);
    layout->addWidget(heading);
    if (!explanation.isEmpty()) {
        auto *text = new WrappingLabel(explanation, card);
        styleAsQuiet(text);
        layout->addWidget(text);
    }
    layout->addWidget(content);
    return card;
}

} // namespace

HistoryPage::HistoryPage(CheckInStore &checkIns, PreferenceStore &preferences, QWidget *parent)
    : QWidget(parent), m_checkInStore(checkIns), m_preferences(preferences), m_rangeBar(new HistoryRangeBar(this)),
      m_periodLabel(new QLabel(this)), m_streaks(new StreakSummary(this))
{
    setObjectName(QStringLiteral("historyPage"));
    auto *heading = new QLabel(tr("History"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    styleAsPageHeading(heading);
    auto *intro = new WrappingLabel(tr("How each of you has felt, the care you gave and wished for, and the days "
                                       "you checked in: something to talk about together, never a score."),
                                    this);
    styleAsQuiet(intro);
    m_rangeBar->setObjectName(QStringLiteral("historyRange"));
    m_periodLabel->setObjectName(QStringLiteral("historyPeriod"));
    styleAsQuiet(m_periodLabel);
    m_streaks->setObjectName(QStringLiteral("historyStreaks"));

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(28, 24, 28, 24);
    contentLayout->setSpacing(14);
    contentLayout->addWidget(heading);
    contentLayout->addWidget(intro);
    contentLayout->addWidget(m_rangeBar);
    contentLayout->addWidget(m_periodLabel);
    contentLayout->addWidget(m_streaks);
    contentLayout->addWidget(createCharts());
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("historyScroll"));
    scroll->setAccessibleName(tr("History"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_rangeBar, &HistoryRangeBar::rangeChanged, this, &HistoryPage::showRange);
    const auto followStore = [this] {
        m_stale = true;
        if (isVisible())
            reload();
    };
    connect(&m_checkInStore, &CheckInStore::changed, this, followStore);
    connect(&m_preferences, &PreferenceStore::changed, this, followStore);
}

QWidget *HistoryPage::createCharts()
{
    auto *charts = new QWidget(this);
    auto *layout = new QVBoxLayout(charts);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);

    m_scaleChart = new ScaleChart(charts);
    m_scaleChart->setObjectName(QStringLiteral("scaleChart"));
    layout->addWidget(titledCard(tr("How each of you felt"), {}, m_scaleChart, charts));

    m_aftercareChart = new AftercareChart(charts);
    m_aftercareChart->setObjectName(QStringLiteral("aftercareChart"));
    layout->addWidget(titledCard(tr("Care received and wished for"),
                                 tr("In how many check-ins each of you received an act of aftercare, and wished "
                                    "for it."),
                                 m_aftercareChart, charts));

    m_needsMetChart = new NeedsMetChart(charts);
    m_needsMetChart->setObjectName(QStringLiteral("needsMetChart"));
    layout->addWidget(titledCard(tr("Needs met"),
                                 tr("Of the aftercare each of you wished for, how much was received."),
                                 m_needsMetChart, charts));

    m_calendar = new CheckInCalendar(charts);
    m_calendar->setObjectName(QStringLiteral("checkInCalendar"));
    layout->addWidget(titledCard(tr("A year of check-ins"),
                                 tr("Each square is a day, showing the average mood that day. Choose a day to "
                                    "see its check-ins."),
                                 m_calendar, charts));

    connect(m_scaleChart, &ScaleChart::failed, this, &HistoryPage::failed);
    connect(m_needsMetChart, &NeedsMetChart::failed, this, &HistoryPage::failed);
    connect(m_aftercareChart, &AftercareChart::failed, this, &HistoryPage::failed);
    return charts;
}

void HistoryPage::setPartners(const QList<Partner> &partners)
{
    m_partners = partnersBySeat(partners);
    m_streaks->setPartners(m_partners);
    m_scaleChart->setPartners(m_partners);
    m_aftercareChart->setPartners(m_partners);
    m_needsMetChart->setPartners(m_partners);
    m_calendar->setPartners(m_partners);
    m_stale = true;
    if (isVisible())
        reload();
}

void HistoryPage::reload()
{
    Result<QList<CheckIn>> checkIns = m_checkInStore.all();
    Result<QList<AftercareAct>> catalogue = m_preferences.acts(ActRepository::Archived::Include);
    if (!checkIns || !catalogue)
        return; // the stores have reported why; what was drawn stays
    m_checkIns = std::move(*checkIns);
    m_catalogue = std::move(*catalogue);
    m_stale = false;

    QHash<QUuid, QString> actNames;
    for (const AftercareAct &act : std::as_const(m_catalogue))
        actNames.insert(act.id, act.label);
    m_aftercareChart->setActNames(actNames);
    m_calendar->setCatalogue(actNames);
    m_calendar->setTimeZone(m_checkInStore.clock().timeZone());

    const QDate today = m_checkInStore.clock().today();
    const PartnerIds ids{m_partners[0].id, m_partners[1].id};
    m_streaks->setStreaks(checkInStreaks(m_checkIns, ids, today));
    m_calendar->setCheckIns(m_checkIns, today);
    showRange();
}

HistoryRange HistoryPage::range() const
{
    return m_rangeBar->range();
}

void HistoryPage::setRange(const HistoryRange &range)
{
    m_rangeBar->setRange(range);
}

void HistoryPage::showRange()
{
    const QDate today = m_checkInStore.clock().today();
    const DayPeriod period = resolveRange(m_rangeBar->range(), today, firstCheckInDay(m_checkIns));
    m_rangeBar->setSuggestedCustomPeriod(period.from, period.to);
    const PartnerIds ids{m_partners[0].id, m_partners[1].id};
    const HistoryChartData data = historyChartData(m_checkIns, ids, m_catalogue, period);

    m_periodLabel->setText(periodDescription(period, data.bucket));
    m_scaleChart->setHistory({data.period, data.bucket, data.scales});
    m_needsMetChart->setHistory(data.needsMet, data.period, data.bucket);
    m_aftercareChart->setBalance(data.aftercare);
}

void HistoryPage::setVisible(bool visible)
{
    // Rereading before the page shows lays it out once; rereading once shown lays it out twice.
    if (visible && m_stale)
        reload();
    QWidget::setVisible(visible);
}

void HistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

} // namespace tend
