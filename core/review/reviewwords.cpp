#include "reviewwords.h"

#include "texts.h"

#include <QLocale>

#include <cmath>

namespace tend {

std::optional<double> averageOf(const ScaleAverages &averages, Feeling feeling)
{
    switch (feeling) {
    case Feeling::Mood:
        return averages.mood;
    case Feeling::Stress:
        return averages.stress;
    case Feeling::Closeness:
        return averages.closeness;
    case Feeling::FeltCaredFor:
        return averages.feltCaredFor;
    }
    return std::nullopt;
}

std::optional<double> changeOf(const AverageChanges &changes, Feeling feeling)
{
    switch (feeling) {
    case Feeling::Mood:
        return changes.mood;
    case Feeling::Stress:
        return changes.stress;
    case Feeling::Closeness:
        return changes.closeness;
    case Feeling::FeltCaredFor:
        return changes.feltCaredFor;
    }
    return std::nullopt;
}

bool isEasing(Feeling feeling, double change)
{
    return feeling == Feeling::Stress ? change < 0 : change > 0;
}

QString feelingName(Feeling feeling)
{
    switch (feeling) {
    case Feeling::Mood:
        return ReviewText::tr("Mood");
    case Feeling::Stress:
        return ReviewText::tr("Stress");
    case Feeling::Closeness:
        return ReviewText::tr("Closeness");
    case Feeling::FeltCaredFor:
        return ReviewText::tr("Felt cared for");
    }
    return {};
}

QString feelingWord(Feeling feeling)
{
    switch (feeling) {
    case Feeling::Mood:
        return ReviewText::tr("mood");
    case Feeling::Stress:
        return ReviewText::tr("stress");
    case Feeling::Closeness:
        return ReviewText::tr("closeness");
    case Feeling::FeltCaredFor:
        return ReviewText::tr("feeling cared for");
    }
    return {};
}

QString periodText(const DayPeriod &period)
{
    const QLocale locale;
    const QDate &from = period.from;
    const QDate &to = period.to;
    if (from == to)
        return fullDayText(from);
    if (from.year() == to.year() && from.month() == to.month())
        return ReviewText::tr("%1 to %2").arg(locale.toString(from, ReviewText::tr("d", "day of a period's month")),
                                              fullDayText(to));
    if (from.year() == to.year())
        return ReviewText::tr("%1 to %2").arg(shortDayText(from), fullDayText(to));
    return ReviewText::tr("%1 to %2").arg(fullDayText(from), fullDayText(to));
}

QString longDayText(const QDate &day)
{
    return QLocale().toString(day, ReviewText::tr("dddd d MMMM", "weekday, day and month"));
}

QString shortDayText(const QDate &day)
{
    return QLocale().toString(day, ReviewText::tr("d MMMM", "day and month"));
}

QString fullDayText(const QDate &day)
{
    return QLocale().toString(day, ReviewText::tr("d MMMM yyyy", "day, month and year"));
}

QString averageText(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString dayValueText(double value)
{
    const double whole = std::round(value);
    return std::abs(value - whole) < 0.05 ? QLocale().toString(int(whole)) : averageText(value);
}

QString timesText(int count)
{
    if (count == 1)
        return ReviewText::tr("once");
    if (count == 2)
        return ReviewText::tr("twice");
    return ReviewText::tr("%1 times").arg(QLocale().toString(count));
}

QString checkInsText(int count)
{
    return count == 1 ? ReviewText::tr("1 check-in") : ReviewText::tr("%1 check-ins").arg(QLocale().toString(count));
}

QString theseDaysText(qint64 days)
{
    return days == 1 ? ReviewText::tr("this day") : ReviewText::tr("these %1 days").arg(QLocale().toString(days));
}

QString daysBeforeText(qint64 days)
{
    return days == 1 ? ReviewText::tr("the day before") : ReviewText::tr("the %1 days before").arg(QLocale().toString(days));
}

QString quotedText(const QString &text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

} // namespace tend
