#pragma once

#include <QColor>

class QAbstractAxis;
class QChart;
class QChartView;
class QLabel;
class QWidget;

namespace tend {

inline constexpr int ChartMinimumHeight = 260;

// A chart in Tend's calm look: no background or shadow of its own (it sits on a card), no
// animation (redraws must stay fast), the application's font, the legend at the bottom.
QChart *createCalmChart();
// A frameless, antialiased view that lets the card show through.
QChartView *createChartView(QChart *chart, QWidget *parent);
// Quiet labels and hairline grid lines.
void styleAxis(QAbstractAxis *axis);
// A partner's "#rrggbb" colour, or a quiet grey when it is not a colour.
QColor partnerColour(const QString &colour);

// The calm text shown in place of an empty chart.
QLabel *createChartPlaceholder(QWidget *parent);

} // namespace tend
