#pragma once

#include "model/checkin.h"
#include "model/partner.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

#include <array>

class QBoxLayout;

namespace tend {

class CalendarLegend;
class DayCheckInsView;
class YearCalendarView;
class YearPicker;

// A year of check-ins as a calendar with a year to choose, and the check-ins of the chosen day
// beside it (or under it, when there is not the room).
class CheckInCalendar : public QWidget
{
    Q_OBJECT

public:
    explicit CheckInCalendar(QWidget *parent = nullptr);

    void setPartners(const std::array<Partner, 2> &partners);
    // Names of the aftercare acts by id, archived ones included.
    void setCatalogue(const QHash<QUuid, QString> &actNames);
    void setTimeZone(const QTimeZone &zone);
    // Every check-in, sorted by time (newest first, as CheckInStore::all() gives them). The year
    // and day shown stay; the first time, it is today's.
    void setCheckIns(const QList<CheckIn> &all, const QDate &today);
    int year() const;
    // Kept between the first check-in's year and today's.
    void showYear(int year);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showDay(const QDate &day);
    void updateDirection();

    std::array<Partner, 2> m_partners;
    QList<CheckIn> m_checkIns;
    QDate m_today;
    YearPicker *m_picker = nullptr;
    YearCalendarView *m_calendar = nullptr;
    CalendarLegend *m_legend = nullptr;
    DayCheckInsView *m_dayView = nullptr;
    QBoxLayout *m_panes = nullptr;
};

} // namespace tend
