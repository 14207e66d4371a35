#include "reminderrepository.h"

#include "clock.h"
#include "database.h"
#include "datafolder.h"
#include "enumcodes.h"
#include "sqlquery.h"
#include "sqlvalues.h"
#include "texts.h"
#include "writetransaction.h"

namespace tend {

namespace {

const QString Columns = QStringLiteral("id, kind, frequency, time_of_day, weekdays, day_of_month, enabled, text, "
                                       "last_fired_utc, snoozed_until_utc, created_utc, updated_utc");
const QString BothCheckedInKey = QStringLiteral("both-checked-in-on");
// Set once Tend's default reminders were added: deleting them all must not bring them back.
const QString DefaultsAddedKey = QStringLiteral("defaults-added");

QVariant fromTime(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

Reminder reminderFrom(const QSqlQuery &q)
{
    Reminder reminder;
    reminder.id = sql::toUuid(q.value(0));
    reminder.kind = sql::reminderKindFromCode(q.value(1).toString()).value_or(ReminderKind::Custom);
    reminder.schedule.frequency = sql::frequencyFromCode(q.value(2).toString()).value_or(Frequency::Daily);
    reminder.schedule.time = QTime::fromString(q.value(3).toString(), QStringLiteral("HH:mm"));
    reminder.schedule.weekdays = q.value(4).toInt();
    reminder.schedule.dayOfMonth = q.value(5).toInt();
    reminder.enabled = q.value(6).toBool();
    reminder.text = q.value(7).toString();
    reminder.lastFiredUtc = sql::toUtc(q.value(8));
    reminder.snoozedUntilUtc = sql::toUtc(q.value(9));
    reminder.createdUtc = sql::toUtc(q.value(10));
    reminder.updatedUtc = sql::toUtc(q.value(11));
    return reminder;
}

QVariantList rowValues(const Reminder &reminder)
{
    return {sql::fromUuid(reminder.id),
            sql::code(reminder.kind),
            sql::code(reminder.schedule.frequency),
            fromTime(reminder.schedule.time),
            reminder.schedule.weekdays,
            reminder.schedule.dayOfMonth,
            reminder.enabled ? 1 : 0,
            reminder.text,
            sql::fromUtc(reminder.lastFiredUtc),
            sql::fromUtc(reminder.snoozedUntilUtc),
            sql::fromUtc(reminder.createdUtc),
            sql::fromUtc(reminder.updatedUtc)};
}

Reminder tidied(Reminder reminder)
{
    reminder.text = reminder.text.trimmed();
    reminder.schedule.time = QTime(reminder.schedule.time.hour(), reminder.schedule.time.minute());
    return reminder;
}

Error reminderGone()
{
    return Error{StorageText::tr("This reminder no longer exists; it may have been deleted.")};
}

} // namespace

Result<std::unique_ptr<Database>> ReminderRepository::openIn(const QString &folder, const Clock &clock)
{
    if (Status prepared = prepareDataFolder(folder); !prepared)
        return prepared.error();
    Result<std::unique_ptr<Database>> opened =
        Database::open(remindersPathIn(folder), reminderMigrations(), TendRemindersApplicationId);
    if (!opened)
        return opened.error();
    if (Status defaults = ReminderRepository(*opened.value(), clock).addDefaultsIfEmpty(); !defaults)
        return defaults.error();
    return opened;
}

Status ReminderRepository::addDefaultsIfEmpty()
{
    const QString action = StorageText::tr("set up the reminders");
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    Result<QSqlQuery> state = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT (SELECT count(*) FROM reminder_state WHERE key = ?), (SELECT count(*) FROM reminders)"),
        {DefaultsAddedKey}, action);
    if (!state || !state.value().next())
        return state ? Status(sql::failure(state.value(), action)) : Status(state.error());
    const bool added = state.value().value(0).toInt() > 0;
    const bool empty = state.value().value(1).toInt() == 0;
    state.value().finish();
    if (added)
        return {};
    if (Status marked = sql::exec(m_database.connection(),
                                  QStringLiteral("INSERT INTO reminder_state (key, value) VALUES (?, '1')"),
                                  {DefaultsAddedKey}, action);
        !marked)
        return marked;
    if (!empty)
        return transaction.commit();
    sql::PreparedStatement insert(m_database.connection(),
                                  QStringLiteral("INSERT INTO reminders (%1, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                      .arg(Columns),
                                  action);
    int order = 0;
    for (const Reminder &reminder : defaultReminders(m_clock.nowUtc())) {
        if (Status inserted = insert.run(rowValues(reminder) << ++order); !inserted)
            return inserted;
    }
    return transaction.commit();
}

Result<QList<Reminder>> ReminderRepository::all() const
{
    Result<QSqlQuery> rows = sql::run(m_database.connection(),
                                      QStringLiteral("SELECT %1 FROM reminders ORDER BY sort_order, created_utc").arg(Columns), {},
                                      StorageText::tr("read the reminders"));
    if (!rows)
        return rows.error();
    QList<Reminder> reminders;
    for (QSqlQuery &q = rows.value(); q.next();)
        reminders.append(reminderFrom(q));
    return reminders;
}

Result<std::optional<Reminder>> ReminderRepository::find(const QUuid &id) const
{
    Result<QSqlQuery> rows = sql::run(m_database.connection(), QStringLiteral("SELECT %1 FROM reminders WHERE id = ?").arg(Columns),
                                      {sql::fromUuid(id)}, StorageText::tr("read the reminder"));
    if (!rows)
        return rows.error();
    QSqlQuery &q = rows.value();
    if (!q.next())
        return std::optional<Reminder>();
    return std::optional<Reminder>(reminderFrom(q));
}

Status ReminderRepository::add(Reminder &reminder)
{
    Reminder saved = tidied(reminder);
    if (Status valid = validate(saved); !valid)
        return valid;
    const QDateTime now = m_clock.nowUtc();
    const QString action = StorageText::tr("add the reminder");
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    Result<QSqlQuery> order = sql::run(m_database.connection(),
                                       QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM reminders"), {}, action);
    if (!order)
        return order.error();
    const int sortOrder = order.value().next() ? order.value().value(0).toInt() : 1;
    order.value().finish();
    if (saved.id.isNull())
        saved.id = QUuid::createUuid();
    saved.createdUtc = now;
    saved.updatedUtc = now;
    saved.lastFiredUtc = now;
    saved.snoozedUntilUtc = QDateTime();
    if (Status inserted = sql::exec(m_database.connection(),
                                    QStringLiteral("INSERT INTO reminders (%1, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                        .arg(Columns),
                                    rowValues(saved) << sortOrder, action);
        !inserted)
        return inserted;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    reminder = saved;
    return {};
}

Status ReminderRepository::update(Reminder &reminder)
{
    Reminder saved = tidied(reminder);
    if (Status valid = validate(saved); !valid)
        return valid;
    const QDateTime now = m_clock.nowUtc();
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    Result<std::optional<Reminder>> stored = find(saved.id);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return reminderGone();
    const Reminder &before = *stored.value();
    saved.createdUtc = before.createdUtc;
    saved.updatedUtc = now;
    saved.lastFiredUtc = before.lastFiredUtc;
    saved.snoozedUntilUtc = before.snoozedUntilUtc;
    const bool newSchedule = !(saved.schedule.frequency == before.schedule.frequency && saved.schedule.time == before.schedule.time
                               && saved.schedule.weekdays == before.schedule.weekdays
                               && saved.schedule.dayOfMonth == before.schedule.dayOfMonth);
    if (newSchedule || (saved.enabled && !before.enabled)) {
        saved.lastFiredUtc = std::max(before.lastFiredUtc, now);
        saved.snoozedUntilUtc = QDateTime();
    }
    const QVariantList values = rowValues(saved);
    if (Status updated = sql::exec(m_database.connection(),
                                   QStringLiteral("UPDATE reminders SET kind = ?, frequency = ?, time_of_day = ?, weekdays = ?, "
                                                  "day_of_month = ?, enabled = ?, text = ?, last_fired_utc = ?, "
                                                  "snoozed_until_utc = ?, created_utc = ?, updated_utc = ? WHERE id = ?"),
                                   values.mid(1) << values.first(), StorageText::tr("save the reminder"));
        !updated)
        return updated;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    reminder = saved;
    return {};
}

Status ReminderRepository::remove(const QUuid &id)
{
    const QString action = StorageText::tr("delete the reminder");
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    Result<QSqlQuery> removed =
        sql::run(m_database.connection(), QStringLiteral("DELETE FROM reminders WHERE id = ?"), {sql::fromUuid(id)}, action);
    if (!removed)
        return removed.error();
    if (removed.value().numRowsAffected() != 1)
        return reminderGone();
    return transaction.commit();
}

Status ReminderRepository::saveFireState(const Reminder &reminder)
{
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    if (Status written = writeFireState(reminder); !written)
        return written;
    return transaction.commit();
}

Status ReminderRepository::changeFireState(const QUuid &id, const std::function<Reminder(const Reminder &)> &change)
{
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    Result<std::optional<Reminder>> stored = find(id);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return reminderGone();
    if (Status written = writeFireState(change(*stored.value())); !written)
        return written;
    return transaction.commit();
}

Status ReminderRepository::writeFireState(const Reminder &reminder)
{
    Result<QSqlQuery> saved = sql::run(m_database.connection(),
                                       QStringLiteral("UPDATE reminders SET last_fired_utc = ?, snoozed_until_utc = ? WHERE id = ?"),
                                       {sql::fromUtc(reminder.lastFiredUtc), sql::fromUtc(reminder.snoozedUntilUtc),
                                        sql::fromUuid(reminder.id)},
                                       StorageText::tr("save the reminder"));
    if (!saved)
        return saved.error();
    if (saved.value().numRowsAffected() != 1)
        return reminderGone();
    return {};
}

Result<QList<ClaimedReminder>> ReminderRepository::claimDue()
{
    const QDateTime now = m_clock.nowUtc();
    const QTimeZone zone = m_clock.timeZone();
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started().error();
    // Read inside the write transaction: another process cannot claim the same occurrence.
    Result<QList<Reminder>> reminders = all();
    if (!reminders)
        return reminders.error();
    Result<QDate> quietDay = bothCheckedInOn();
    if (!quietDay)
        return quietDay.error();
    QList<ClaimedReminder> claimed;
    for (const Reminder &reminder : reminders.value()) {
        const std::optional<DueReminder> due = dueAt(reminder, now, zone);
        if (!due)
            continue;
        const Reminder marked = delivered(reminder, *due);
        if (Status saved = writeFireState(marked); !saved)
            return saved.error();
        if (!quietBecauseBothCheckedIn(reminder, *due, quietDay.value(), zone))
            claimed.append({marked, *due});
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return claimed;
}

Result<QList<ReminderDelivery>> ReminderRepository::deliveries() const
{
    Result<QSqlQuery> rows =
        sql::run(m_database.connection(),
                 QStringLiteral("SELECT reminder_id, due_utc, delivered_utc, way, problem FROM deliveries"), {},
                 StorageText::tr("read when reminders were delivered"));
    if (!rows)
        return rows.error();
    QList<ReminderDelivery> deliveries;
    for (QSqlQuery &q = rows.value(); q.next();) {
        ReminderDelivery delivery;
        delivery.reminderId = sql::toUuid(q.value(0));
        delivery.dueUtc = sql::toUtc(q.value(1));
        delivery.deliveredUtc = sql::toUtc(q.value(2));
        delivery.way = sql::deliveryWayFromCode(q.value(3).toString()).value_or(DeliveryWay::None);
        delivery.problem = q.value(4).toString();
        deliveries.append(delivery);
    }
    return deliveries;
}

Status ReminderRepository::recordDelivery(const ReminderDelivery &delivery)
{
    const QString action = StorageText::tr("note that a reminder was delivered");
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    if (Status saved = sql::exec(m_database.connection(),
                                 QStringLiteral("INSERT OR REPLACE INTO deliveries (reminder_id, due_utc, delivered_utc, way, problem) "
                                                "VALUES (?, ?, ?, ?, ?)"),
                                 {sql::fromUuid(delivery.reminderId), sql::fromUtc(delivery.dueUtc),
                                  sql::fromUtc(delivery.deliveredUtc), sql::code(delivery.way), delivery.problem},
                                 action);
        !saved)
        return saved;
    return transaction.commit();
}

Result<QDate> ReminderRepository::bothCheckedInOn() const
{
    Result<QSqlQuery> rows = sql::run(m_database.connection(), QStringLiteral("SELECT value FROM reminder_state WHERE key = ?"),
                                      {BothCheckedInKey}, StorageText::tr("read the reminders"));
    if (!rows)
        return rows.error();
    QSqlQuery &q = rows.value();
    return q.next() ? sql::toDay(q.value(0)) : QDate();
}

Status ReminderRepository::setBothCheckedInOn(const QDate &day)
{
    const QString action = StorageText::tr("save the reminders");
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    const Status saved = day.isValid()
                             ? sql::exec(m_database.connection(),
                                         QStringLiteral("INSERT OR REPLACE INTO reminder_state (key, value) VALUES (?, ?)"),
                                         {BothCheckedInKey, sql::fromDay(day)}, action)
                             : sql::exec(m_database.connection(), QStringLiteral("DELETE FROM reminder_state WHERE key = ?"),
                                         {BothCheckedInKey}, action);
    if (!saved)
        return saved;
    return transaction.commit();
}

} // namespace tend
