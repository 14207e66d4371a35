#include "sqlvalues.h"

namespace tend::sql {

QVariant fromUuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QUuid toUuid(const QVariant &value)
{
    return QUuid::fromString(value.toString());
}

QVariant fromUtc(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toUtc(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

QVariant fromDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QDate toDay(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace tend::sql
