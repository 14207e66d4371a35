#pragma once

#include "history/historyrange.h"

#include <QWidget>

class QButtonGroup;
class QDateEdit;
class QLabel;

namespace tend {

// Which part of the history the charts show: the last week, month or year, all of it, or
// from one day to another.
class HistoryRangeBar : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryRangeBar(QWidget *parent = nullptr);

    HistoryRange range() const;
    void setRange(const HistoryRange &range);
    // The days a custom period starts with when it is first chosen.
    void setSuggestedCustomPeriod(const QDate &from, const QDate &to);

signals:
    void rangeChanged();

private:
    void updateCustomEdits();

    QButtonGroup *m_kinds = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_until = nullptr;
    bool m_customPeriodChosen = false;
};

} // namespace tend
