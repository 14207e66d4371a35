#pragma once

#include "history/bucketaverages.h"
#include "model/partner.h"
#include "result.h"

#include <QWidget>

#include <array>

class QAbstractAxis;
class QChart;
class QChartView;
class QDateTimeAxis;
class QHBoxLayout;
class QLabel;
class QLineSeries;

namespace tend {

class ChartSaveButton;

// Both partners' averages over time as two lines in their colours, on a time axis that spans
// the period; the base of the scale and needs-met charts. Seat 1 draws a solid line, seat 2 a
// dashed one (while they have up to 150 points), so the lines differ by more than colour. A
// point's tooltip names the partner and gives the exact value.
class PartnerLineChart : public QWidget
{
    Q_OBJECT

public:
    void setPartners(const std::array<Partner, 2> &partners);

    // `place` 0 is seat 1. Its points: x from chartTime() (local noon), y the shown value.
    QLineSeries *partnerSeries(int place) const { return m_series[size_t(place)]; }
    QChartView *chartView() const { return m_view; }
    QDateTimeAxis *timeAxis() const { return m_timeAxis; }
    ChartSaveButton *saveButton() const { return m_save; }
    bool isEmpty() const;

    // The tooltip for the point of `place` nearest to `value` (in chart coordinates); empty
    // when that partner has no points.
    QString describePointNear(int place, const QPointF &value) const;
    Status saveImage(const QString &path) const;

signals:
    void failed(const QString &message);
    void imageSaved(const QString &path);

protected:
    // Takes `valueAxis` (the y axis) into the chart.
    PartnerLineChart(QAbstractAxis *valueAxis, QWidget *parent);

    // Shows new points (y = average × `yFactor`), one replace() per series.
    void showPoints(const std::array<QList<AveragePoint>, 2> &averages, const DayPeriod &period, Bucket bucket,
                    double yFactor);
    // Where subclasses put choosers, left of "Save as image…".
    QHBoxLayout *headerRow() const { return m_header; }
    void setPlaceholderText(const QString &text);
    // The legend's words for a partner without any point: "%1 · no check-ins".
    void setNoPointsLegend(const QString &format);
    // The start of the image's suggested file name: "tend-mood".
    void setImageNamePrefix(const QString &prefix);

    virtual QString describePoint(const QString &partnerName, const AveragePoint &point, Bucket bucket) const = 0;

private:
    void showToolTip(int place, const QPointF &value, bool entered);
    void updatePens();
    void updateNames();
    void updateSuggestedName();

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    std::array<QLineSeries *, 2> m_series{};
    QLabel *m_placeholder = nullptr;
    ChartSaveButton *m_save = nullptr;
    QHBoxLayout *m_header = nullptr;

    std::array<Partner, 2> m_partners;
    std::array<QList<AveragePoint>, 2> m_averages;
    DayPeriod m_period;
    Bucket m_bucket = Bucket::Day;
    QString m_noPointsLegend;
    QString m_imageNamePrefix;
};

} // namespace tend
