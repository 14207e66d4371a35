#pragma once

#include "history/dayperiod.h"
#include "history/periodsummary.h"

#include <QString>

#include <optional>

namespace tend {

// The four feelings a check-in asks about, as the review names and compares them.
enum class Feeling { Mood, Stress, Closeness, FeltCaredFor };

inline constexpr Feeling AllFeelings[] = {Feeling::Mood, Feeling::Stress, Feeling::Closeness, Feeling::FeltCaredFor};

std::optional<double> averageOf(const ScaleAverages &averages, Feeling feeling);
std::optional<double> changeOf(const AverageChanges &changes, Feeling feeling);
// True for a rise in mood, closeness or feeling cared for, and for a fall in stress.
bool isEasing(Feeling feeling, double change);

// "Mood", "Stress", "Closeness", "Felt cared for".
QString feelingName(Feeling feeling);
// Within a sentence: "mood", "stress", "closeness", "feeling cared for".
QString feelingWord(Feeling feeling);

// Words for dates and numbers the review repeats, in the default locale.
// "1 to 31 May 2024", "28 April to 5 May 2024", "14 May 2024".
QString periodText(const DayPeriod &period);
QString longDayText(const QDate &day);    // "Tuesday 14 May"
QString shortDayText(const QDate &day);   // "14 May"
QString fullDayText(const QDate &day);    // "2 June 2024"
QString averageText(double value);        // "3.8"
QString dayValueText(double value);       // "4", or "3.5" for an average
QString timesText(int count);             // "once", "twice", "4 times"
QString checkInsText(int count);          // "1 check-in", "4 check-ins"
QString theseDaysText(qint64 days);       // "this day", "these 31 days"
QString daysBeforeText(qint64 days);      // "the day before", "the 31 days before"
QString quotedText(const QString &text);  // “text”

} // namespace tend
