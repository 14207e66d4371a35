#pragma once

// How GoogleTest prints Qt values when an expectation fails. Found by argument-dependent
// lookup, so they live in the namespace of the Qt types (the global one).

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QUuid>

#include <ostream>

inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

inline void PrintTo(const QUuid &id, std::ostream *os)
{
    *os << id.toString(QUuid::WithoutBraces).toStdString();
}

inline void PrintTo(const QDateTime &time, std::ostream *os)
{
    *os << (time.isValid() ? time.toString(Qt::ISODateWithMs).toStdString() : std::string("(invalid time)"));
}

inline void PrintTo(const QDate &day, std::ostream *os)
{
    *os << (day.isValid() ? day.toString(Qt::ISODate).toStdString() : std::string("(invalid day)"));
}

inline void PrintTo(const QTime &time, std::ostream *os)
{
    *os << (time.isValid() ? time.toString(Qt::ISODateWithMs).toStdString() : std::string("(invalid time)"));
}
