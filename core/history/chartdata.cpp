#include "chartdata.h"

#include "needsmetseries.h"
#include "scaleseries.h"

namespace tend {

HistoryChartData historyChartData(const QList<CheckIn> &checkIns, const PartnerIds &partners,
                                  const QList<AftercareAct> &catalogue, const DayPeriod &period)
{
    HistoryChartData data;
    data.period = period;
    data.bucket = bucketFor(period);
    for (CheckInScale scale : {CheckInScale::Mood, CheckInScale::Stress, CheckInScale::Closeness})
        data.scales[size_t(scale)] = scaleSeries(checkIns, partners, scale, period, data.bucket);
    data.needsMet = needsMetSeries(checkIns, partners, period, data.bucket);
    data.aftercare = aftercareBalance(checkIns, partners, catalogue, period);
    return data;
}

} // namespace tend
