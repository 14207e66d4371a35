#pragma once

#include "partnerlinechart.h"
#include "scalehistory.h"

#include <array>

class QAbstractButton;
class QCategoryAxis;

namespace tend {

// Mood, stress or closeness over time, both partners on one chart; three buttons above it
// (Alt+D, Alt+T, Alt+S) pick the scale. The y axis names the scale's steps in the check-in
// form's words.
class ScaleChart : public PartnerLineChart
{
    Q_OBJECT

public:
    explicit ScaleChart(QWidget *parent = nullptr);

    void setHistory(const ScaleHistory &history);
    CheckInScale scale() const { return m_scale; }
    void setScale(CheckInScale scale);

signals:
    void scaleChanged(CheckInScale scale);

protected:
    QString describePoint(const QString &partnerName, const AveragePoint &point, Bucket bucket) const override;

private:
    QAbstractButton *createScaleButton(CheckInScale scale, const QString &text, const QString &objectName);
    void showScale();

    QCategoryAxis *m_valueAxis = nullptr;
    std::array<QAbstractButton *, 3> m_buttons{};
    ScaleHistory m_history;
    CheckInScale m_scale = CheckInScale::Mood;
};

} // namespace tend
