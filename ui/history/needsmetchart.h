#pragma once

#include "partnerlinechart.h"

namespace tend {

// How much of the aftercare each partner wished for they received, over time, in percent.
class NeedsMetChart : public PartnerLineChart
{
    Q_OBJECT

public:
    explicit NeedsMetChart(QWidget *parent = nullptr);

    // `needsMet` from needsMetSeries(): averages in [0, 1], drawn as 0–100 %.
    void setHistory(const std::array<QList<AveragePoint>, 2> &needsMet, const DayPeriod &period, Bucket bucket);

protected:
    QString describePoint(const QString &partnerName, const AveragePoint &point, Bucket bucket) const override;
};

} // namespace tend
