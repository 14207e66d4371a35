#include "partnerlinechart.h"

#include "chartlook.h"
#include "chartsavebutton.h"
#include "charttime.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace tend {

namespace {

// Few points read best as dots on the line; many would crowd it.
constexpr qsizetype MaxPointsWithMarkers = 40;
// Stroking a dashed line costs about twenty times a solid one: ten years of weeks would take
// well over 100 ms. Beyond this many points both lines are solid and thinner, and only the
// tooltips, which name the partner, tell them apart without colour.
constexpr qsizetype MaxPointsDashed = 150;
constexpr qreal MarkerSize = 5;
constexpr qreal LineWidth = 2;
constexpr qreal DenseLineWidth = 1.4;

} // namespace

PartnerLineChart::PartnerLineChart(QAbstractAxis *valueAxis, QWidget *parent)
    : QWidget(parent), m_chart(createCalmChart()), m_timeAxis(new QDateTimeAxis), m_header(new QHBoxLayout)
{
    m_view = createChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_placeholder = createChartPlaceholder(this);
    m_save = new ChartSaveButton(m_view, this);
    m_save->setEnabled(false);
    connect(m_save, &ChartSaveButton::failed, this, &PartnerLineChart::failed);
    connect(m_save, &ChartSaveButton::saved, this, &PartnerLineChart::imageSaved);

    styleAxis(m_timeAxis);
    styleAxis(valueAxis);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(valueAxis, Qt::AlignLeft);
    for (int place = 0; place < 2; ++place) {
        auto *series = new QLineSeries(this);
        series->setMarkerSize(MarkerSize);
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(valueAxis);
        connect(series, &QLineSeries::hovered, this,
                [this, place](const QPointF &value, bool entered) { showToolTip(place, value, entered); });
        m_series[size_t(place)] = series;
    }
    m_noPointsLegend = tr("%1 · no check-ins");
    showPoints({}, {}, Bucket::Day, 1);

    m_header->setContentsMargins(0, 0, 0, 0);
    m_header->addStretch(1);
    m_header->addWidget(m_save);
    auto *plot = new QGridLayout;
    plot->setContentsMargins(0, 0, 0, 0);
    // The placeholder lies over the empty plot; the legend below still names both partners.
    plot->addWidget(m_view, 0, 0);
    plot->addWidget(m_placeholder, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_header);
    layout->addLayout(plot, 1);
    setMinimumHeight(ChartMinimumHeight);
}

void PartnerLineChart::setPartners(const std::array<Partner, 2> &partners)
{
    m_partners = partners;
    updatePens();
    updateNames();
}

bool PartnerLineChart::isEmpty() const
{
    return m_averages[0].isEmpty() && m_averages[1].isEmpty();
}

QString PartnerLineChart::describePointNear(int place, const QPointF &value) const
{
    const QList<AveragePoint> &averages = m_averages[size_t(place)];
    if (averages.isEmpty())
        return {};
    const auto xOf = [this](const AveragePoint &point) { return qreal(chartTime(point.bucketStart, m_period)); };
    auto next = std::lower_bound(averages.cbegin(), averages.cend(), value.x(),
                                 [&](const AveragePoint &point, qreal x) { return xOf(point) < x; });
    if (next == averages.cend() || (next != averages.cbegin() && value.x() - xOf(*(next - 1)) < xOf(*next) - value.x()))
        --next;
    return describePoint(m_partners[size_t(place)].name, *next, m_bucket);
}

Status PartnerLineChart::saveImage(const QString &path) const
{
    return m_save->save(path);
}

void PartnerLineChart::showPoints(const std::array<QList<AveragePoint>, 2> &averages, const DayPeriod &period,
                                  Bucket bucket, double yFactor)
{
    m_averages = averages;
    m_period = period;
    m_bucket = bucket;
    // The axis first, and each setter only on a change: every change lays the series out again.
    if (period.isValid()) {
        const TimeAxisLabels labels = timeAxisLabels(period);
        if (m_timeAxis->format() != labels.format)
            m_timeAxis->setFormat(labels.format);
        if (m_timeAxis->tickCount() != labels.tickCount)
            m_timeAxis->setTickCount(labels.tickCount);
        m_timeAxis->setRange(periodStart(period), periodEnd(period));
    }
    for (size_t place = 0; place < 2; ++place) {
        const bool markers = averages[place].size() < MaxPointsWithMarkers;
        if (m_series[place]->pointsVisible() != markers)
            m_series[place]->setPointsVisible(markers);
        m_series[place]->replace(chartPoints(averages[place], period, yFactor));
    }
    m_placeholder->setVisible(isEmpty());
    m_save->setEnabled(!isEmpty());
    updatePens();
    updateNames();
    updateSuggestedName();
}

void PartnerLineChart::setPlaceholderText(const QString &text)
{
    m_placeholder->setText(text);
}

void PartnerLineChart::setNoPointsLegend(const QString &format)
{
    m_noPointsLegend = format;
    updateNames();
}

void PartnerLineChart::setImageNamePrefix(const QString &prefix)
{
    m_imageNamePrefix = prefix;
    updateSuggestedName();
}

void PartnerLineChart::showToolTip(int place, const QPointF &value, bool entered)
{
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), describePointNear(place, value), m_view);
}

void PartnerLineChart::updatePens()
{
    for (size_t place = 0; place < 2; ++place) {
        const bool dense = m_averages[place].size() > MaxPointsDashed;
        QPen pen(partnerColour(m_partners[place].colour), dense ? DenseLineWidth : LineWidth);
        pen.setStyle(place == 1 && !dense ? Qt::DashLine : Qt::SolidLine);
        pen.setCapStyle(dense ? Qt::FlatCap : Qt::RoundCap);
        pen.setJoinStyle(dense ? Qt::BevelJoin : Qt::RoundJoin);
        if (pen != m_series[place]->pen())
            m_series[place]->setPen(pen);
        if (m_series[place]->brush().color() != pen.color())
            m_series[place]->setBrush(pen.color());
    }
}

void PartnerLineChart::updateNames()
{
    for (size_t place = 0; place < 2; ++place) {
        const QString &name = m_partners[place].name;
        const QString legend = m_averages[place].isEmpty() ? m_noPointsLegend.arg(name) : name;
        if (m_series[place]->name() != legend)
            m_series[place]->setName(legend);
    }
}

void PartnerLineChart::updateSuggestedName()
{
    const QDate day = m_period.isValid() ? m_period.to : QDate::currentDate();
    m_save->setSuggestedName(m_imageNamePrefix + QLatin1Char('-') + day.toString(Qt::ISODate));
}

} // namespace tend
