#pragma once

#include <QList>
#include <QString>

class QTextStream;

namespace tend::bench {

struct ReportRow
{
    QString figure;
    QString value;
    QString target; // empty: a reference figure with no target of its own
    QString meets;  // "yes", "NO" or why it could not be judged
};

// Prints the rows as an aligned plain-text table with a header.
void printTable(QTextStream &out, const QList<ReportRow> &rows);

QString verdict(bool meets);

// "12.3 ms"; more decimals for figures well under a millisecond.
QString milliseconds(double value);
QString milliseconds(double value, int decimals);

} // namespace tend::bench
