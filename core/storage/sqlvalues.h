#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace tend::sql {

// How values are written to SQLite: UUIDs without braces, times as ISO 8601 UTC with
// milliseconds ("2026-11-26T21:04:05.120Z"), days as ISO dates. Text sorts like time.
QVariant fromUuid(const QUuid &id);
QUuid toUuid(const QVariant &value);

QVariant fromUtc(const QDateTime &time);
QDateTime toUtc(const QVariant &value);

QVariant fromDay(const QDate &day);
QDate toDay(const QVariant &value);

// The same readers for the UTF-8 text SQLite hands over (see sqlitestatement.h); a null view
// is SQL NULL. Each gives exactly what its QVariant twin gives for the same text, and is
// fast for the shapes Tend writes.
QUuid uuidFromText(QByteArrayView text);
QDateTime utcFromText(QByteArrayView text);
QDate dayFromText(QByteArrayView text);

} // namespace tend::sql
