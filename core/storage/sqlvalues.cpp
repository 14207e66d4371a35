#include "sqlvalues.h"

#include <QLatin1StringView>

#include <algorithm>

namespace tend::sql {

namespace {

constexpr qint64 UnixEpochJulianDay = 2440588;
constexpr qint64 MSecsPerDay = 24 * 60 * 60 * 1000;

// The decimal number in text[from, from + count), or -1 if any of it is not a digit.
int digits(QByteArrayView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char digit = text[i];
        if (digit < '0' || digit > '9')
            return -1;
        value = value * 10 + (digit - '0');
    }
    return value;
}

// A day written exactly "yyyy-MM-dd"; invalid for any other text, and for impossible days.
QDate exactDay(QByteArrayView text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return {};
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 1 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day);
}

// A time written exactly as fromUtc() writes it, "yyyy-MM-ddTHH:mm:ss.zzzZ"; invalid otherwise.
QDateTime exactUtc(QByteArrayView text)
{
    if (text.size() != 24 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != '.' ||
        text[23] != 'Z') {
        return {};
    }
    const QDate day = exactDay(text.first(10));
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    const int millisecond = digits(text, 20, 3);
    if (!day.isValid() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 ||
        millisecond < 0) {
        return {};
    }
    const qint64 msecsInDay = ((hour * 60 + minute) * 60 + second) * 1000 + millisecond;
    return QDateTime::fromMSecsSinceEpoch((day.toJulianDay() - UnixEpochJulianDay) * MSecsPerDay + msecsInDay,
                                          Qt::UTC);
}

bool isAscii(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

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

QUuid uuidFromText(QByteArrayView text)
{
    // A UUID is ASCII; anything else is read as toUuid() reads it, to fail the same way.
    if (isAscii(text))
        return QUuid::fromString(QLatin1StringView(text));
    return toUuid(QString::fromUtf8(text));
}

QDateTime utcFromText(QByteArrayView text)
{
    if (text.isNull())
        return {};
    if (QDateTime time = exactUtc(text); time.isValid())
        return time;
    return toUtc(QString::fromUtf8(text));
}

QDate dayFromText(QByteArrayView text)
{
    if (QDate day = exactDay(text); day.isValid())
        return day;
    return toDay(QString::fromUtf8(text));
}

} // namespace tend::sql
