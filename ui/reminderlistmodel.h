#pragma once

#include "model/reminder.h"
#include "model/reminderdelivery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tend {

class Clock;

// The reminders in their saved order, each with when it comes next and how it last reached the
// couple. "Next" and "Last delivered" are worked out from the clock when asked, so a
// refreshTimes() once a minute keeps them current. Ticking "On" does not change the reminder:
// the model asks (enabledChangeRequested) and the saved truth comes back through setReminders().
class ReminderListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { On, What, When, Next, LastDelivered, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;

    explicit ReminderListModel(const Clock &clock, QObject *parent = nullptr);

    void setReminders(const QList<Reminder> &reminders, const QList<ReminderDelivery> &deliveries);
    // "Today" becomes "Yesterday", a snooze ends, the next time passes: says so to the views.
    void refreshTimes();

    const QList<Reminder> &reminders() const { return m_reminders; }
    const Reminder &reminderAt(int row) const { return m_reminders.at(row); }
    int rowOf(const QUuid &id) const;

    // The next `count` times the reminder comes, counted from now or from a skipped time.
    QList<QDateTime> upcoming(const Reminder &reminder, int count) const;
    QString nextText(const Reminder &reminder) const;
    QString lastDeliveredText(const Reminder &reminder) const;

    // "Every day at 21:00", "Mondays and Thursdays at 07:30", "Monthly on the 1st at 19:00".
    static QString scheduleText(const Schedule &schedule);
    // An instant on the couple's wall clock: "Today 21:00", "Tomorrow 08:00", "Sun 19 May 19:00".
    static QString momentText(const QDateTime &utc, const Clock &clock);
    // The locale's hours and minutes ("21:00" or "9:00 PM"), never seconds.
    static QString timeText(const QTime &time);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void enabledChangeRequested(const tend::Reminder &reminder, bool enabled);

private:
    QVariant display(const Reminder &reminder, int column) const;

    const Clock &m_clock;
    QList<Reminder> m_reminders;
    QHash<QUuid, ReminderDelivery> m_deliveries;
};

} // namespace tend
