#include "scalechart.h"

#include "chartdescriptions.h"
#include "model/scale.h"
#include "scalewords.h"

#include <QButtonGroup>
#include <QCategoryAxis>
#include <QChartView>
#include <QHBoxLayout>
#include <QPushButton>

namespace tend {

namespace {

// Room above 5 and below 1, so the dots on the edges are whole.
constexpr qreal AxisPadding = 0.3;

// File names stay in English, whatever the language of the words on screen.
QString fileWord(CheckInScale scale)
{
    switch (scale) {
    case CheckInScale::Mood:
        return QStringLiteral("mood");
    case CheckInScale::Stress:
        return QStringLiteral("stress");
    case CheckInScale::Closeness:
        return QStringLiteral("closeness");
    }
    return {};
}

} // namespace

ScaleChart::ScaleChart(QWidget *parent) : PartnerLineChart(new QCategoryAxis, parent)
{
    m_valueAxis = qobject_cast<QCategoryAxis *>(chartView()->chart()->axes(Qt::Vertical).constFirst());
    m_valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueAxis->setRange(ScaleMin - AxisPadding, ScaleMax + AxisPadding);
    m_valueAxis->setStartValue(ScaleMin - AxisPadding);

    auto *buttons = new QButtonGroup(this);
    buttons->setExclusive(true);
    m_buttons = {createScaleButton(CheckInScale::Mood, tr("Moo&d"), QStringLiteral("scaleMood")),
                 createScaleButton(CheckInScale::Stress, tr("S&tress"), QStringLiteral("scaleStress")),
                 createScaleButton(CheckInScale::Closeness, tr("Closene&ss"), QStringLiteral("scaleCloseness"))};
    for (int index = 0; index < 3; ++index) {
        buttons->addButton(m_buttons[size_t(index)]);
        headerRow()->insertWidget(index, m_buttons[size_t(index)]);
    }
    headerRow()->setSpacing(6);
    showScale();
}

QAbstractButton *ScaleChart::createScaleButton(CheckInScale scale, const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setChecked(scale == m_scale);
    button->setToolTip(tr("Show %1 over time").arg(scaleWord(scale)));
    connect(button, &QPushButton::toggled, this, [this, scale](bool checked) {
        if (checked)
            setScale(scale);
    });
    return button;
}

void ScaleChart::setHistory(const ScaleHistory &history)
{
    m_history = history;
    showPoints(m_history.of(m_scale), m_history.period, m_history.bucket, 1);
}

void ScaleChart::setScale(CheckInScale scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    m_buttons[size_t(scale)]->setChecked(true);
    showScale();
    showPoints(m_history.of(m_scale), m_history.period, m_history.bucket, 1);
    emit scaleChanged(scale);
}

QString ScaleChart::describePoint(const QString &partnerName, const AveragePoint &point, Bucket bucket) const
{
    return scalePointDescription(partnerName, m_scale, point, bucket);
}

void ScaleChart::showScale()
{
    for (const QString &label : m_valueAxis->categoriesLabels())
        m_valueAxis->remove(label);
    const QStringList steps = scaleSteps(m_scale);
    for (int value = ScaleMin; value <= ScaleMax; ++value)
        m_valueAxis->append(tr("%1 · %2").arg(value).arg(steps.value(value - ScaleMin)), value);
    m_valueAxis->setTitleText(scaleTitle(m_scale));
    chartView()->setAccessibleName(tr("%1 over time").arg(scaleTitle(m_scale)));
    setImageNamePrefix(QStringLiteral("tend-") + fileWord(m_scale));
}

} // namespace tend
