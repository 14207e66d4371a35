#include "checkincalendar.h"

#include "calendarlegend.h"
#include "daycheckinsview.h"
#include "history/checkinspan.h"
#include "history/yearcalendar.h"
#include "yearcalendarview.h"
#include "yearpicker.h"

#include <QBoxLayout>
#include <QResizeEvent>

#include <algorithm>

namespace tend {

namespace {
// The day's check-ins are easiest to read beside the calendar; below this width they go under it.
constexpr int DayViewMinimumWidth = 300;
constexpr int PaneSpacing = 28;

int firstYear(const QList<CheckIn> &sortedByTime, const QDate &today)
{
    if (sortedByTime.isEmpty())
        return today.year();
    return std::min({sortedByTime.constFirst().localDay, sortedByTime.constLast().localDay, today}).year();
}
} // namespace

CheckInCalendar::CheckInCalendar(QWidget *parent)
    : QWidget(parent), m_picker(new YearPicker(this)), m_calendar(new YearCalendarView(this)),
      m_legend(new CalendarLegend(this)), m_dayView(new DayCheckInsView(this)),
      m_panes(new QBoxLayout(QBoxLayout::LeftToRight))
{
    m_picker->setObjectName(QStringLiteral("yearPicker"));
    m_calendar->setObjectName(QStringLiteral("yearCalendar"));
    m_legend->setObjectName(QStringLiteral("calendarLegend"));
    m_dayView->setObjectName(QStringLiteral("dayCheckIns"));

    auto *calendarPane = new QVBoxLayout;
    calendarPane->setSpacing(12);
    calendarPane->addWidget(m_calendar);
    calendarPane->addWidget(m_legend);
    calendarPane->addStretch(1);
    m_panes->setSpacing(PaneSpacing);
    m_panes->addLayout(calendarPane);
    m_panes->addWidget(m_dayView, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_picker);
    layout->addLayout(m_panes);

    connect(m_picker, &YearPicker::yearChanged, this, &CheckInCalendar::showYear);
    connect(m_calendar, &YearCalendarView::selectedDayChanged, this, &CheckInCalendar::showDay);
    connect(m_calendar, &YearCalendarView::dayActivated, this, &CheckInCalendar::showDay);
    setFocusProxy(m_calendar);
}

void CheckInCalendar::setPartners(const std::array<Partner, 2> &partners)
{
    m_partners = partners;
    m_calendar->setPartners(partners);
    m_legend->setPartners(partners);
    m_dayView->setPartners(partners);
    if (m_today.isValid())
        showYear(year());
}

void CheckInCalendar::setCatalogue(const QHash<QUuid, QString> &actNames)
{
    m_dayView->setCatalogue(actNames);
}

void CheckInCalendar::setTimeZone(const QTimeZone &zone)
{
    m_dayView->setTimeZone(zone);
}

void CheckInCalendar::setCheckIns(const QList<CheckIn> &all, const QDate &today)
{
    const bool first = !m_today.isValid();
    m_checkIns = all;
    m_today = today;
    m_picker->setBounds(firstYear(m_checkIns, today), today.year());
    showYear(first ? today.year() : year());
}

int CheckInCalendar::year() const
{
    return m_picker->year();
}

void CheckInCalendar::showYear(int year)
{
    m_picker->setYear(year);
    const int shown = m_picker->year();
    const PartnerIds ids{m_partners[0].id, m_partners[1].id};
    m_calendar->setYear(shown, yearCalendar(m_checkIns, ids, shown), m_today);
    // The chosen day's counts may have changed even when the day has not.
    showDay(m_calendar->selectedDay());
}

void CheckInCalendar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateDirection();
}

void CheckInCalendar::showDay(const QDate &day)
{
    QList<CheckIn> ofDay;
    const CheckInSpan span = checkInsAround(m_checkIns, {day, day});
    for (qsizetype position = span.begin; position < span.end; ++position) {
        if (m_checkIns.at(position).localDay == day)
            ofDay.append(m_checkIns.at(position));
    }
    m_dayView->setDay(day, ofDay);
}

void CheckInCalendar::updateDirection()
{
    const int besideWidth = m_calendar->sizeHint().width() + PaneSpacing + DayViewMinimumWidth;
    const auto direction = width() >= besideWidth ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_panes->direction() != direction)
        m_panes->setDirection(direction);
}

} // namespace tend
