#include "yearcalendarview.h"

#include "calendarcell.h"
#include "calendardaytext.h"
#include "moodramp.h"
#include "theme.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace tend {

namespace {
constexpr int CellSize = 17;
constexpr int Gap = 3;
constexpr int Pitch = CellSize + Gap;
constexpr int Margin = 3; // room for the selection ring around an edge square
constexpr int MonthsInYear = 12;
constexpr int MostDaysInMonth = 31;

QFont smallFont(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

bool labelsDayNumber(int day)
{
    return day == 1 || day % 5 == 0;
}
} // namespace

YearCalendarView::YearCalendarView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Year of check-ins"));
}

void YearCalendarView::setPartners(const std::array<Partner, 2> &partners)
{
    m_partners = partners;
    setAccessibleDescription(dayText(m_selected));
    update();
}

void YearCalendarView::setYear(int year, const QList<CalendarDay> &days, const QDate &today)
{
    m_year = year;
    m_today = today;
    const QDate first(year, 1, 1);
    m_days = QList<CalendarDay>(first.daysInYear());
    for (qsizetype index = 0; index < m_days.size(); ++index)
        m_days[index].day = first.addDays(index);
    for (const CalendarDay &day : days) {
        if (day.day.year() == year)
            m_days[day.day.dayOfYear() - 1] = day;
    }

    QDate selected = m_selected;
    if (!selected.isValid() || selected.year() != year) {
        if (today.year() == year)
            selected = today;
        else if (selected.isValid())
            selected = QDate(year, selected.month(), std::min(selected.day(), QDate(year, selected.month(), 1).daysInMonth()));
        else
            selected = first;
    }
    const bool changed = selected != m_selected;
    m_selected = selected;
    setAccessibleDescription(dayText(m_selected));
    update();
    if (changed)
        emit selectedDayChanged(m_selected);
}

void YearCalendarView::setSelectedDay(const QDate &day)
{
    if (!day.isValid() || day.year() != m_year || day == m_selected)
        return;
    m_selected = day;
    setAccessibleDescription(dayText(m_selected));
    update();
    emit selectedDayChanged(m_selected);
}

QRect YearCalendarView::cellRect(const QDate &day) const
{
    if (!day.isValid() || day.year() != m_year)
        return {};
    const QPoint origin = gridOrigin();
    return {origin.x() + (day.day() - 1) * Pitch, origin.y() + (day.month() - 1) * Pitch, CellSize, CellSize};
}

QDate YearCalendarView::dayAt(const QPoint &position) const
{
    if (m_year == 0)
        return {};
    const QPoint offset = position - gridOrigin();
    if (offset.x() < 0 || offset.y() < 0)
        return {};
    const int column = offset.x() / Pitch;
    const int row = offset.y() / Pitch;
    if (column >= MostDaysInMonth || row >= MonthsInYear || offset.x() % Pitch >= CellSize
        || offset.y() % Pitch >= CellSize)
        return {};
    const QDate day(m_year, row + 1, column + 1);
    return day; // invalid for 30 February and the like
}

QString YearCalendarView::dayText(const QDate &day) const
{
    if (!day.isValid() || day.year() != m_year)
        return {};
    return calendarDayText(calendarDay(day), m_partners, m_today);
}

QSize YearCalendarView::sizeHint() const
{
    const QPoint origin = gridOrigin();
    return {origin.x() + MostDaysInMonth * Pitch - Gap + Margin, origin.y() + MonthsInYear * Pitch - Gap + Margin};
}

QSize YearCalendarView::minimumSizeHint() const
{
    return sizeHint();
}

bool YearCalendarView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QDate day = dayAt(help->pos());
        if (day.isValid()) {
            QToolTip::showText(help->globalPos(), dayText(day), this, cellRect(day));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void YearCalendarView::paintEvent(QPaintEvent *)
{
    if (m_year == 0)
        return;
    QPainter painter(this);
    paintLabels(painter);
    const std::array<QColor, 2> colours{QColor(m_partners[0].colour), QColor(m_partners[1].colour)};
    for (const CalendarDay &day : std::as_const(m_days)) {
        CalendarCellLook look;
        if (day.averageMood)
            look.moodStep = moodStep(*day.averageMood);
        look.checkedIn = {day.checkIns[0] > 0, day.checkIns[1] > 0};
        look.partnerColours = colours;
        look.today = day.day == m_today;
        look.future = m_today.isValid() && day.day > m_today;
        paintCalendarCell(painter, cellRect(day.day), look);
    }
    paintSelection(painter);
}

void YearCalendarView::keyPressEvent(QKeyEvent *event)
{
    if (m_year == 0 || !m_selected.isValid())
        return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Left:
        setSelectedDay(clampedToYear(m_selected.addDays(-1)));
        break;
    case Qt::Key_Right:
        setSelectedDay(clampedToYear(m_selected.addDays(1)));
        break;
    case Qt::Key_Up:
        setSelectedDay(monthAway(-1));
        break;
    case Qt::Key_Down:
        setSelectedDay(monthAway(1));
        break;
    case Qt::Key_Home:
        setSelectedDay(QDate(m_year, 1, 1));
        break;
    case Qt::Key_End:
        setSelectedDay(QDate(m_year, 12, 31));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit dayActivated(m_selected);
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

void YearCalendarView::mousePressEvent(QMouseEvent *event)
{
    const QDate day = dayAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || !day.isValid())
        return QWidget::mousePressEvent(event);
    setSelectedDay(day);
    emit dayActivated(day);
}

void YearCalendarView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void YearCalendarView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

CalendarDay YearCalendarView::calendarDay(const QDate &day) const
{
    const qsizetype index = day.dayOfYear() - 1;
    if (day.year() == m_year && index >= 0 && index < m_days.size())
        return m_days.at(index);
    return {day, {}, std::nullopt};
}

QDate YearCalendarView::clampedToYear(const QDate &day) const
{
    return std::clamp(day, QDate(m_year, 1, 1), QDate(m_year, 12, 31));
}

QDate YearCalendarView::monthAway(int months) const
{
    const int month = m_selected.month() + months;
    if (month < 1 || month > MonthsInYear)
        return m_selected;
    const int lastDay = QDate(m_year, month, 1).daysInMonth();
    return QDate(m_year, month, std::min(m_selected.day(), lastDay));
}

int YearCalendarView::labelWidth() const
{
    const QFontMetrics metrics(font());
    const QLocale locale;
    int widest = 0;
    for (int month = 1; month <= MonthsInYear; ++month)
        widest = std::max(widest, metrics.horizontalAdvance(locale.standaloneMonthName(month, QLocale::ShortFormat)));
    return widest + 10;
}

int YearCalendarView::headerHeight() const
{
    return QFontMetrics(smallFont(font())).height() + 4;
}

QPoint YearCalendarView::gridOrigin() const
{
    return {Margin + labelWidth(), Margin + headerHeight()};
}

void YearCalendarView::paintLabels(QPainter &painter) const
{
    const QPoint origin = gridOrigin();
    const QLocale locale;
    painter.setPen(theme::Ink);
    for (int month = 1; month <= MonthsInYear; ++month) {
        const QRect row(Margin, origin.y() + (month - 1) * Pitch, labelWidth() - 10, CellSize);
        painter.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, locale.standaloneMonthName(month, QLocale::ShortFormat));
    }
    painter.setFont(smallFont(font()));
    painter.setPen(theme::Quiet);
    for (int day = 1; day <= MostDaysInMonth; ++day) {
        if (!labelsDayNumber(day))
            continue;
        // Centred over the column, allowed to spill into the gaps for two digits.
        const QRect column(origin.x() + (day - 1) * Pitch - Gap, Margin, CellSize + 2 * Gap, headerHeight() - 4);
        painter.drawText(column, Qt::AlignHCenter | Qt::AlignBottom, locale.toString(day));
    }
    painter.setFont(font());
}

void YearCalendarView::paintSelection(QPainter &painter) const
{
    const QRect cell = cellRect(m_selected);
    if (cell.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    // Thicker and darker while the calendar has the keyboard, so the focus shows without colour.
    painter.setPen(QPen(hasFocus() ? theme::AccentDark : theme::Accent, hasFocus() ? 2.0 : 1.5));
    painter.drawRoundedRect(QRectF(cell).adjusted(-1.5, -1.5, 1.5, 1.5), 4, 4);
    painter.restore();
}

} // namespace tend
