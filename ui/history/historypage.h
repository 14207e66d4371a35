#pragma once

#include "history/historyrange.h"
#include "model/aftercareact.h"
#include "model/checkin.h"
#include "model/partner.h"

#include <QWidget>

#include <array>

class QLabel;

namespace tend {

class AftercareChart;
class CheckInCalendar;
class CheckInStore;
class HistoryRangeBar;
class NeedsMetChart;
class PreferenceStore;
class ScaleChart;
class StreakSummary;

// The couple's check-ins over time: how each felt, the care given and wished for, how often
// needs were met, and a calendar of the days they checked in. Read-only; it follows the stores.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    HistoryPage(CheckInStore &checkIns, PreferenceStore &preferences, QWidget *parent = nullptr);

    void setPartners(const QList<Partner> &partners);
    // Reads the check-ins and the catalogue again, then redraws.
    void reload();
    HistoryRange range() const;
    void setRange(const HistoryRange &range);

signals:
    void failed(const QString &message);

protected:
    void setVisible(bool visible) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createCharts();
    // Redraws the charts for the chosen range from the check-ins already read.
    void showRange();

    CheckInStore &m_checkInStore;
    PreferenceStore &m_preferences;
    std::array<Partner, 2> m_partners;
    QList<CheckIn> m_checkIns; // newest first
    QList<AftercareAct> m_catalogue;
    bool m_stale = true;

    HistoryRangeBar *m_rangeBar = nullptr;
    QLabel *m_periodLabel = nullptr;
    StreakSummary *m_streaks = nullptr;
    ScaleChart *m_scaleChart = nullptr;
    AftercareChart *m_aftercareChart = nullptr;
    NeedsMetChart *m_needsMetChart = nullptr;
    CheckInCalendar *m_calendar = nullptr;
};

} // namespace tend
