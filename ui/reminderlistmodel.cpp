#include "reminderlistmodel.h"

#include "clock.h"
#include "reminders/remindermessage.h"
#include "reminders/reminderrules.h"
#include "theme.h"

#include <QLocale>

#include <algorithm>

namespace tend {

namespace {

constexpr int AllWeekdays = 0b1111'1110; // bits 1..7, as in Schedule
constexpr int MondayToFriday = 0b0011'1110;

// The days of the week in the order the locale starts its week with.
QList<Qt::DayOfWeek> weekInLocaleOrder()
{
    QList<Qt::DayOfWeek> days;
    const int first = QLocale().firstDayOfWeek();
    for (int i = 0; i < 7; ++i)
        days.append(Qt::DayOfWeek((first - 1 + i) % 7 + 1));
    return days;
}

} // namespace

ReminderListModel::ReminderListModel(const Clock &clock, QObject *parent) : QAbstractTableModel(parent), m_clock(clock) {}

void ReminderListModel::setReminders(const QList<Reminder> &reminders, const QList<ReminderDelivery> &deliveries)
{
    beginResetModel();
    m_reminders = reminders;
    m_deliveries.clear();
    for (const ReminderDelivery &delivery : deliveries)
        m_deliveries.insert(delivery.reminderId, delivery);
    endResetModel();
}

void ReminderListModel::refreshTimes()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, Next), index(rowCount() - 1, LastDelivered));
}

int ReminderListModel::rowOf(const QUuid &id) const
{
    for (qsizetype row = 0; row < m_reminders.size(); ++row) {
        if (m_reminders.at(row).id == id)
            return int(row);
    }
    return -1;
}

QList<QDateTime> ReminderListModel::upcoming(const Reminder &reminder, int count) const
{
    return upcomingOccurrences(reminder, m_clock.nowUtc(), m_clock.timeZone(), count);
}

QString ReminderListModel::nextText(const Reminder &reminder) const
{
    if (!reminder.enabled)
        return tr("Off");
    const QDateTime now = m_clock.nowUtc();
    if (reminder.snoozedUntilUtc.isValid() && reminder.snoozedUntilUtc > now) {
        const QDateTime until = reminder.snoozedUntilUtc.toTimeZone(m_clock.timeZone());
        if (until.date() == m_clock.today())
            return tr("Snoozed until %1").arg(timeText(until.time()));
        return tr("Snoozed until %1").arg(momentText(reminder.snoozedUntilUtc, m_clock));
    }
    if (dueAt(reminder, now, m_clock.timeZone()))
        return tr("Due now");
    const QList<QDateTime> next = upcoming(reminder, 1);
    return next.isEmpty() ? tr("Never") : momentText(next.first(), m_clock);
}

QString ReminderListModel::lastDeliveredText(const Reminder &reminder) const
{
    const auto found = m_deliveries.constFind(reminder.id);
    if (found == m_deliveries.cend())
        return tr("Not yet");
    const ReminderDelivery &delivery = found.value();
    const QString when = momentText(delivery.deliveredUtc.isValid() ? delivery.deliveredUtc : delivery.dueUtc, m_clock);
    switch (delivery.way) {
    case DeliveryWay::Desktop:
        return tr("%1 · desktop notification").arg(when);
    case DeliveryWay::Tray:
        return tr("%1 · Tend's tray icon").arg(when);
    case DeliveryWay::Window:
        return tr("%1 · in Tend's window").arg(when);
    case DeliveryWay::None:
        break;
    }
    return tr("Not shown: %1").arg(delivery.problem.isEmpty() ? tr("no way to show it worked") : delivery.problem);
}

QString ReminderListModel::timeText(const QTime &time)
{
    return clockTime(time);
}

QString ReminderListModel::momentText(const QDateTime &utc, const Clock &clock)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(clock.timeZone());
    const QDate today = clock.today();
    const QString time = timeText(local.time());
    switch (today.daysTo(local.date())) {
    case 0:
        return tr("Today %1").arg(time);
    case 1:
        return tr("Tomorrow %1").arg(time);
    case -1:
        return tr("Yesterday %1").arg(time);
    default:
        break;
    }
    const QString format = local.date().year() == today.year() ? tr("ddd d MMM") : tr("ddd d MMM yyyy");
    return tr("%1 %2", "day, time").arg(QLocale().toString(local.date(), format), time);
}

QString ReminderListModel::scheduleText(const Schedule &schedule)
{
    const QString time = timeText(schedule.time);
    switch (schedule.frequency) {
    case Frequency::Daily:
        return tr("Every day at %1").arg(time);
    case Frequency::Weekly: {
        const int days = schedule.weekdays & AllWeekdays;
        if (days == AllWeekdays)
            return tr("Every day at %1").arg(time);
        if (days == MondayToFriday)
            return tr("Weekdays at %1").arg(time);
        // QLocale knows the names of days but not their plurals, so these are words to translate.
        const QStringList plurals{tr("Mondays"), tr("Tuesdays"), tr("Wednesdays"), tr("Thursdays"),
                                  tr("Fridays"), tr("Saturdays"), tr("Sundays")};
        QStringList names;
        for (Qt::DayOfWeek day : weekInLocaleOrder()) {
            if (days & (1 << day))
                names.append(plurals.at(day - 1));
        }
        if (names.isEmpty())
            return tr("No day chosen");
        QString list = names.takeLast();
        if (!names.isEmpty())
            list = tr("%1 and %2", "the last two of a list").arg(names.join(tr(", ", "between items of a list")), list);
        return tr("%1 at %2", "days, time").arg(list, time);
    }
    case Frequency::Monthly: {
        const int day = schedule.dayOfMonth;
        if (day > 28)
            return tr("Monthly on day %1 (or the month's last day) at %2").arg(day).arg(time);
        QString ordinal;
        if (day % 10 == 1 && day != 11)
            ordinal = tr("%1st").arg(day);
        else if (day % 10 == 2 && day != 12)
            ordinal = tr("%1nd").arg(day);
        else if (day % 10 == 3 && day != 13)
            ordinal = tr("%1rd").arg(day);
        else
            ordinal = tr("%1th").arg(day);
        return tr("Monthly on the %1 at %2").arg(ordinal, time);
    }
    }
    return {};
}

int ReminderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reminders.size());
}

int ReminderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReminderListModel::display(const Reminder &reminder, int column) const
{
    switch (column) {
    case What:
        return reminder.text;
    case When:
        return scheduleText(reminder.schedule);
    case Next:
        return nextText(reminder);
    case LastDelivered:
        return lastDeliveredText(reminder);
    default:
        return {};
    }
}

QVariant ReminderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reminder &reminder = reminderAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(reminder, column);
    case Qt::AccessibleTextRole:
        if (column == On)
            return reminder.enabled ? tr("On") : tr("Off");
        return display(reminder, column);
    case Qt::CheckStateRole:
        return column == On ? QVariant(reminder.enabled ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ToolTipRole:
        if (column == On)
            return reminder.enabled ? tr("On: press Space to turn it off") : tr("Off: press Space to turn it on");
        return display(reminder, column);
    case Qt::ForegroundRole:
        if (column == LastDelivered && m_deliveries.contains(reminder.id)
            && m_deliveries.value(reminder.id).way == DeliveryWay::None)
            return theme::Problem;
        return reminder.enabled || column == What ? QVariant() : QVariant(theme::Quiet);
    case IdRole:
        return reminder.id;
    default:
        return {};
    }
}

bool ReminderListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || index.column() != On
        || role != Qt::CheckStateRole)
        return false;
    const Reminder reminder = reminderAt(index.row());
    const bool enabled = value.toInt() == Qt::Checked;
    // Saving reloads the model, which must not happen inside the view's handling of the click.
    if (enabled != reminder.enabled)
        QMetaObject::invokeMethod(this, [this, reminder, enabled] { emit enabledChangeRequested(reminder, enabled); },
                                  Qt::QueuedConnection);
    return false; // changed when the saved reminder comes back
}

Qt::ItemFlags ReminderListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == On)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ReminderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case On:
        return tr("On");
    case What:
        return tr("What");
    case When:
        return tr("When");
    case Next:
        return tr("Next");
    case LastDelivered:
        return tr("Last delivered");
    default:
        return {};
    }
}

} // namespace tend
