#pragma once

#include "history/aftercarebalance.h"
#include "history/bucketaverages.h"
#include "history/scaleseries.h"

#include <QString>

namespace tend {

// The exact values behind a chart's points and bars, as their tooltips say them.

// What one point stands for: "Tue 14 May 2024", "week of 6 May 2024", "May 2024".
QString bucketText(const QDate &bucketStart, Bucket bucket);

// "Alex — week of 6 May 2024: mood 3.4 (5 check-ins)".
QString scalePointDescription(const QString &partnerName, CheckInScale scale, const AveragePoint &point,
                              Bucket bucket);

// "Sam — May 2024: 75 % of what was wished for was received (4 check-ins)".
QString needsMetPointDescription(const QString &partnerName, const AveragePoint &point, Bucket bucket);

// "Sam wished for Cuddling in 5 check-ins and received it in 3".
QString actBalanceDescription(const QString &partnerName, const QString &actName, const ActBalance &balance);

} // namespace tend
