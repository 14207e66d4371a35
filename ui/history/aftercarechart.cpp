#include "aftercarechart.h"

#include "chartdescriptions.h"
#include "chartlook.h"
#include "chartsavebutton.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace tend {

namespace {

// Room for the legend, the count axis and each act's group of four bars.
constexpr int HeightAroundBars = 110;
constexpr int HeightPerAct = 52;
constexpr int MaxLabelLength = 28;

// Long act names are shortened on the axis; the tooltip has them whole.
QString axisLabel(const QString &name)
{
    return name.size() <= MaxLabelLength ? name : name.left(MaxLabelLength - 1).trimmed() + QStringLiteral("…");
}

// A tick every 1, 2 or 5 × 10ⁿ check-ins, about five of them.
qreal tickInterval(int largest)
{
    const double rough = std::max(1.0, largest / 5.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double step : {1.0, 2.0, 5.0}) {
        if (step * magnitude >= rough)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

AftercareChart::AftercareChart(QWidget *parent)
    : QWidget(parent), m_chart(createCalmChart()), m_series(new QHorizontalBarSeries(this)),
      m_actAxis(new QBarCategoryAxis), m_countAxis(new QValueAxis)
{
    m_view = createChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setAccessibleName(tr("Aftercare received and wished for"));
    m_placeholder = createChartPlaceholder(this);
    m_placeholder->setText(tr("No aftercare was received or wished for in this period yet."));
    m_save = new ChartSaveButton(m_view, this);
    m_save->setEnabled(false);
    connect(m_save, &ChartSaveButton::failed, this, &AftercareChart::failed);
    connect(m_save, &ChartSaveButton::saved, this, &AftercareChart::imageSaved);

    for (int place = 0; place < 2; ++place) {
        for (bool wished : {false, true}) {
            auto *set = new QBarSet(QString(), this);
            m_sets[size_t(place)][wished ? 1 : 0] = set;
            connect(set, &QBarSet::hovered, this,
                    [this, place](bool entered, int index) { showToolTip(place, index, entered); });
        }
    }
    // A group's first bar is drawn at its bottom: appended last to first, the bars read from
    // the top in the legend's order, Alex received, Alex wished for, Sam received, Sam wished for.
    for (int place = 1; place >= 0; --place) {
        m_series->append(m_sets[size_t(place)][1]);
        m_series->append(m_sets[size_t(place)][0]);
    }
    m_series->setBarWidth(0.72);
    m_chart->addSeries(m_series);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    m_chart->legend()->setReverseMarkers(true);
    // The acts read from the top, most first.
    m_actAxis->setReverse(true);
    m_actAxis->setGridLineVisible(false);
    // "%d" gives no labels at all once numbers are localised (Qt 6.4).
    m_countAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_countAxis->setTitleText(tr("check-ins"));
    styleAxis(m_actAxis);
    styleAxis(m_countAxis);
    m_actAxis->setLabelsColor(theme::Ink);
    m_chart->addAxis(m_actAxis, Qt::AlignLeft);
    m_chart->addAxis(m_countAxis, Qt::AlignBottom);
    m_series->attachAxis(m_actAxis);
    m_series->attachAxis(m_countAxis);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addStretch(1);
    header->addWidget(m_save);
    auto *plot = new QGridLayout;
    plot->setContentsMargins(0, 0, 0, 0);
    plot->addWidget(m_view, 0, 0);
    plot->addWidget(m_placeholder, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addLayout(plot, 1);
    showRows();
}

void AftercareChart::setPartners(const std::array<Partner, 2> &partners)
{
    m_partners = partners;
    for (size_t place = 0; place < 2; ++place) {
        const QColor colour = partnerColour(partners[place].colour);
        QBarSet *received = m_sets[place][0];
        received->setColor(colour);
        received->setBorderColor(colour);
        // Wished for: hatched in the same colour, so it differs from "received" by more than a shade.
        QBarSet *wished = m_sets[place][1];
        wished->setBrush(QBrush(colour, Qt::BDiagPattern));
        wished->setPen(QPen(colour, 1.2));
    }
    updateNames();
}

void AftercareChart::setActNames(const QHash<QUuid, QString> &actNames)
{
    m_actNames = actNames;
    showRows();
}

void AftercareChart::setBalance(const std::array<QList<ActBalance>, 2> &balance)
{
    m_balance = balance;
    showRows();
}

QBarSet *AftercareChart::barSet(int place, bool wished) const
{
    return m_sets[size_t(place)][wished ? 1 : 0];
}

QStringList AftercareChart::categories() const
{
    return m_actAxis->categories();
}

QString AftercareChart::describeBar(int place, int index) const
{
    if (index < 0 || index >= m_rows.size())
        return {};
    const AftercareRow &row = m_rows.at(index);
    return actBalanceDescription(m_partners[size_t(place)].name, row.name, row.balance[size_t(place)]);
}

Status AftercareChart::saveImage(const QString &path) const
{
    return m_save->save(path);
}

void AftercareChart::showRows()
{
    m_rows = busiestActs(m_balance, m_actNames, MaxActs);
    QStringList labels;
    std::array<std::array<QList<qreal>, 2>, 2> values;
    int largest = 0;
    for (const AftercareRow &row : std::as_const(m_rows)) {
        QString label = axisLabel(row.name);
        // A category axis needs distinct labels, and two acts may share a name.
        for (int copy = 2; labels.contains(label); ++copy)
            label = tr("%1 (%2)").arg(axisLabel(row.name)).arg(copy);
        labels.append(label);
        for (size_t place = 0; place < 2; ++place) {
            values[place][0].append(row.balance[place].received);
            values[place][1].append(row.balance[place].wished);
            largest = std::max({largest, row.balance[place].received, row.balance[place].wished});
        }
    }
    for (size_t place = 0; place < 2; ++place) {
        for (size_t wished = 0; wished < 2; ++wished) {
            QBarSet *set = m_sets[place][wished];
            set->remove(0, set->count());
            set->append(values[place][wished]);
        }
    }
    m_actAxis->setCategories(labels);
    const qreal interval = tickInterval(largest);
    const int intervals = std::max(1, int(std::ceil(largest / interval)));
    m_countAxis->setRange(0, intervals * interval);
    m_countAxis->setTickCount(intervals + 1);

    m_placeholder->setVisible(isEmpty());
    m_save->setEnabled(!isEmpty());
    m_save->setSuggestedName(QStringLiteral("tend-aftercare-") + QDate::currentDate().toString(Qt::ISODate));
    setMinimumHeight(std::max<int>(ChartMinimumHeight, HeightAroundBars + int(m_rows.size()) * HeightPerAct));
}

void AftercareChart::updateNames()
{
    for (size_t place = 0; place < 2; ++place) {
        m_sets[place][0]->setLabel(tr("%1 received").arg(m_partners[place].name));
        m_sets[place][1]->setLabel(tr("%1 wished for").arg(m_partners[place].name));
    }
}

void AftercareChart::showToolTip(int place, int index, bool entered)
{
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), describeBar(place, index), m_view);
}

} // namespace tend
