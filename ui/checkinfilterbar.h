#pragma once

#include "checkins/checkinfilter.h"
#include "model/partner.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace tend {

class Clock;

// The controls above the check-in list: who, which kind, which period, and words in the notes.
class CheckInFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CheckInFilterBar(const Clock &clock, QWidget *parent = nullptr);

    void setPartners(const QList<Partner> &partners);
    CheckInFilter filter() const;
    void clear();

signals:
    void filterChanged();

private:
    enum class Period { All, Week, Month, Year, Custom };
    void updatePeriod();

    const Clock &m_clock;
    QList<Partner> m_partners;
    QComboBox *m_partner = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
};

} // namespace tend
