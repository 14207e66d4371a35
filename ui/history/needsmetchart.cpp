#include "needsmetchart.h"

#include "chartdescriptions.h"

#include <QChartView>
#include <QValueAxis>

namespace tend {

namespace {

constexpr double Percent = 100;

QValueAxis *createPercentAxis()
{
    auto *axis = new QValueAxis;
    axis->setRange(0, Percent);
    axis->setTickCount(5);
    // Localised numbers (see createCalmChart()) take the text around the one number as it is,
    // so "%%" would show twice; and "%d" would give no labels at all (Qt 6.4).
    axis->setLabelFormat(QStringLiteral("%.0f %"));
    return axis;
}

} // namespace

NeedsMetChart::NeedsMetChart(QWidget *parent) : PartnerLineChart(createPercentAxis(), parent)
{
    setPlaceholderText(tr("No aftercare was wished for in this period yet."));
    setNoPointsLegend(tr("%1 · nothing wished for"));
    setImageNamePrefix(QStringLiteral("tend-needs-met"));
    chartView()->setAccessibleName(tr("Needs met over time"));
}

void NeedsMetChart::setHistory(const std::array<QList<AveragePoint>, 2> &needsMet, const DayPeriod &period,
                               Bucket bucket)
{
    showPoints(needsMet, period, bucket, Percent);
}

QString NeedsMetChart::describePoint(const QString &partnerName, const AveragePoint &point, Bucket bucket) const
{
    return needsMetPointDescription(partnerName, point, bucket);
}

} // namespace tend
