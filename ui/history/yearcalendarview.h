#pragma once

#include "history/yearcalendar.h"
#include "model/partner.h"

#include <QWidget>

#include <array>

namespace tend {

// A year of check-ins as a "year in pixels": a row per month, a square per day, filled by that
// day's average mood and labelled with it, marked in a top corner for each partner who checked in.
// Arrow keys move the chosen day, Home and End go to the year's ends, Enter or Space opens it.
class YearCalendarView : public QWidget
{
    Q_OBJECT

public:
    explicit YearCalendarView(QWidget *parent = nullptr);

    void setPartners(const std::array<Partner, 2> &partners);
    // `days` as yearCalendar() gives them; the chosen day stays when it is in `year`.
    void setYear(int year, const QList<CalendarDay> &days, const QDate &today);
    int year() const { return m_year; }

    QDate selectedDay() const { return m_selected; }
    // A day outside the shown year is not chosen.
    void setSelectedDay(const QDate &day);

    // Where the square of `day` is drawn; empty for a day not in the shown year.
    QRect cellRect(const QDate &day) const;
    // The day whose square is at `position`, or an invalid date.
    QDate dayAt(const QPoint &position) const;
    // The words for `day`, as its tooltip says them.
    QString dayText(const QDate &day) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void selectedDayChanged(const QDate &day);
    void dayActivated(const QDate &day);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    CalendarDay calendarDay(const QDate &day) const;
    QDate clampedToYear(const QDate &day) const;
    QDate monthAway(int months) const;
    int labelWidth() const;
    int headerHeight() const;
    QPoint gridOrigin() const;
    void paintLabels(QPainter &painter) const;
    void paintSelection(QPainter &painter) const;

    std::array<Partner, 2> m_partners;
    int m_year = 0;
    QList<CalendarDay> m_days; // m_days[dayOfYear - 1]
    QDate m_today;
    QDate m_selected;
};

} // namespace tend
