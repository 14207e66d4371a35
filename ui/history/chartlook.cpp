#include "chartlook.h"

#include "theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLegend>

namespace tend {

namespace {
struct ChartLookText { Q_DECLARE_TR_FUNCTIONS(HistoryCharts) };
} // namespace

QChart *createCalmChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 8, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setFont(QApplication::font());
    chart->setLocalizeNumbers(true);

    QLegend *legend = chart->legend();
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(QApplication::font());
    legend->setLabelColor(theme::Ink);
    legend->setMarkerShape(QLegend::MarkerShapeFromSeries);
    return chart;
}

QChartView *createChartView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(Qt::NoBrush);
    view->setAutoFillBackground(false);
    view->viewport()->setAutoFillBackground(false);
    view->setMinimumHeight(200);
    return view;
}

void styleAxis(QAbstractAxis *axis)
{
    QFont font = QApplication::font();
    axis->setLabelsFont(font);
    axis->setLabelsColor(theme::Quiet);
    axis->setTitleFont(font);
    axis->setTitleBrush(theme::Quiet);
    axis->setLinePen(QPen(theme::Border, 1));
    axis->setGridLinePen(QPen(theme::Border, 1));
    axis->setShadesVisible(false);
    axis->setMinorGridLineVisible(false);
}

QColor partnerColour(const QString &colour)
{
    const QColor parsed = QColor::fromString(colour);
    return parsed.isValid() ? parsed : theme::Quiet;
}

QLabel *createChartPlaceholder(QWidget *parent)
{
    auto *label = new QLabel(ChartLookText::tr("No check-ins in this period yet."), parent);
    label->setObjectName(QStringLiteral("chartPlaceholder"));
    label->setAlignment(Qt::AlignCenter);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, theme::Quiet);
    label->setPalette(palette);
    label->hide();
    return label;
}

} // namespace tend
