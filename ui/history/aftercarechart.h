#pragma once

#include "aftercarerows.h"
#include "model/partner.h"
#include "result.h"

#include <QHash>
#include <QWidget>

#include <array>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QLabel;
class QValueAxis;

namespace tend {

class ChartSaveButton;

// Aftercare received versus wished for, per act and partner, as horizontal bars: for each
// partner a solid bar (received) and a hatched one (wished for) in their colour, for the acts
// that came up most. A bar's tooltip gives the exact counts.
class AftercareChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxActs = 8;

    explicit AftercareChart(QWidget *parent = nullptr);

    void setPartners(const std::array<Partner, 2> &partners);
    void setActNames(const QHash<QUuid, QString> &actNames);
    // From aftercareBalance(), seat 1 first.
    void setBalance(const std::array<QList<ActBalance>, 2> &balance);

    // `place` 0 is seat 1; value i belongs to categories()[i].
    QBarSet *barSet(int place, bool wished) const;
    // The acts shown, most first (top to bottom).
    QStringList categories() const;
    const QList<AftercareRow> &rows() const { return m_rows; }
    QChartView *chartView() const { return m_view; }
    ChartSaveButton *saveButton() const { return m_save; }
    bool isEmpty() const { return m_rows.isEmpty(); }

    // The tooltip of bar `index` in barSet(place, wished).
    QString describeBar(int place, int index) const;
    Status saveImage(const QString &path) const;

signals:
    void failed(const QString &message);
    void imageSaved(const QString &path);

private:
    void showRows();
    void updateNames();
    void showToolTip(int place, int index, bool entered);

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QHorizontalBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_actAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    std::array<std::array<QBarSet *, 2>, 2> m_sets{}; // [place][wished]
    QLabel *m_placeholder = nullptr;
    ChartSaveButton *m_save = nullptr;

    std::array<Partner, 2> m_partners;
    QHash<QUuid, QString> m_actNames;
    std::array<QList<ActBalance>, 2> m_balance;
    QList<AftercareRow> m_rows;
};

} // namespace tend
