#include "chartdescriptions.h"

#include "scalewords.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tend {

namespace {

struct ChartText { Q_DECLARE_TR_FUNCTIONS(HistoryCharts) };

// To one decimal, and without it when the average is whole: "4", "3.4".
QString roundedValue(double value)
{
    const double rounded = std::round(value * 10) / 10;
    const bool whole = std::abs(rounded - std::round(rounded)) < 1e-9;
    return QLocale().toString(rounded, 'f', whole ? 0 : 1);
}

QString checkInCount(int count)
{
    return count == 1 ? ChartText::tr("1 check-in") : ChartText::tr("%1 check-ins").arg(count);
}

} // namespace

QString bucketText(const QDate &bucketStart, Bucket bucket)
{
    const QLocale locale;
    switch (bucket) {
    case Bucket::Day:
        return locale.toString(bucketStart, ChartText::tr("ddd d MMM yyyy"));
    case Bucket::Week:
        return ChartText::tr("week of %1").arg(locale.toString(bucketStart, ChartText::tr("d MMM yyyy")));
    case Bucket::Month:
        return locale.toString(bucketStart, ChartText::tr("MMMM yyyy"));
    }
    return {};
}

QString scalePointDescription(const QString &partnerName, CheckInScale scale, const AveragePoint &point,
                              Bucket bucket)
{
    //: "Alex — week of 6 May 2024: mood 3.4 (5 check-ins)"
    return ChartText::tr("%1 — %2: %3 %4 (%5)")
        .arg(partnerName, bucketText(point.bucketStart, bucket), scaleWord(scale), roundedValue(point.average),
             checkInCount(point.count));
}

QString needsMetPointDescription(const QString &partnerName, const AveragePoint &point, Bucket bucket)
{
    return ChartText::tr("%1 — %2: %3 % of what was wished for was received (%4)")
        .arg(partnerName, bucketText(point.bucketStart, bucket), QLocale().toString(std::lround(point.average * 100)),
             checkInCount(point.count));
}

QString actBalanceDescription(const QString &partnerName, const QString &actName, const ActBalance &balance)
{
    if (balance.wished > 0 && balance.received > 0)
        return ChartText::tr("%1 wished for %2 in %3 and received it in %4")
            .arg(partnerName, actName, checkInCount(balance.wished), QLocale().toString(balance.received));
    if (balance.wished > 0)
        return ChartText::tr("%1 wished for %2 in %3 and did not receive it")
            .arg(partnerName, actName, checkInCount(balance.wished));
    if (balance.received > 0)
        return ChartText::tr("%1 received %2 in %3 without wishing for it")
            .arg(partnerName, actName, checkInCount(balance.received));
    return ChartText::tr("%1 neither received nor wished for %2").arg(partnerName, actName);
}

} // namespace tend
