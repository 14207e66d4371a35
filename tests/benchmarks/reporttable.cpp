#include "reporttable.h"

#include <QTextStream>

#include <algorithm>
#include <array>

namespace tend::bench {

namespace {

using Cells = std::array<QString, 4>;

Cells cellsOf(const ReportRow &row)
{
    return {row.figure, row.value, row.target.isEmpty() ? QStringLiteral("—") : row.target,
            row.meets.isEmpty() ? QStringLiteral("—") : row.meets};
}

} // namespace

void printTable(QTextStream &out, const QList<ReportRow> &rows)
{
    QList<Cells> lines{{QStringLiteral("Figure"), QStringLiteral("Value"), QStringLiteral("Target"),
                        QStringLiteral("Meets")}};
    for (const ReportRow &row : rows)
        lines.append(cellsOf(row));

    std::array<qsizetype, 4> widths{};
    for (const Cells &cells : std::as_const(lines)) {
        for (std::size_t column = 0; column < cells.size(); ++column)
            widths[column] = std::max(widths[column], cells[column].size());
    }
    const auto printLine = [&](const Cells &cells) {
        QString line;
        for (std::size_t column = 0; column < cells.size(); ++column)
            line += cells[column].leftJustified(widths[column] + 2);
        out << line.trimmed() << Qt::endl;
    };
    printLine(lines.first());
    QString rule;
    for (qsizetype width : widths)
        rule += QString(width, u'-') + QStringLiteral("  ");
    out << rule.trimmed() << Qt::endl;
    for (qsizetype i = 1; i < lines.size(); ++i)
        printLine(lines[i]);
}

QString verdict(bool meets)
{
    return meets ? QStringLiteral("yes") : QStringLiteral("NO");
}

QString milliseconds(double value)
{
    return milliseconds(value, 1);
}

QString milliseconds(double value, int decimals)
{
    return QString::number(value, 'f', decimals) + QStringLiteral(" ms");
}

} // namespace tend::bench
