#include "remindermessage.h"

#include "texts.h"

#include <QLocale>
#include <QRegularExpression>

namespace tend {

QString clockTime(const QTime &time, const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    return locale.toString(time, format);
}

ReminderMessage messageFor(const Reminder &reminder, const DueReminder &due, const QDateTime &nowUtc, const QTimeZone &zone)
{
    ReminderMessage message;
    message.summary = reminder.text.trimmed().isEmpty() ? discreetText(reminder.kind) : reminder.text.trimmed();
    if (!due.late)
        return message;
    const QDateTime dueLocal = due.dueUtc.toTimeZone(zone);
    const QDate today = nowUtc.toTimeZone(zone).date();
    const QLocale locale;
    const QString time = clockTime(dueLocal.time(), locale);
    const qint64 daysAgo = dueLocal.date().daysTo(today);
    if (daysAgo == 0)
        message.body = ReminderText::tr("This was due at %1.").arg(time);
    else if (daysAgo == 1)
        message.body = ReminderText::tr("This was due yesterday at %1.").arg(time);
    else
        message.body = ReminderText::tr("This was due on %1 at %2.").arg(locale.toString(dueLocal.date(), QLocale::LongFormat), time);
    return message;
}

} // namespace tend
