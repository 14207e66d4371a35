#pragma once

#include "record.h"
#include "result.h"

#include <QString>

#include <optional>

namespace tend {

enum class Rating { NeedIt, LikeIt, Neutral, NotForMe };
enum class Timing { RightAway, LaterThatDay, NextDay };

inline constexpr Rating AllRatings[] = {Rating::NeedIt, Rating::LikeIt, Rating::Neutral, Rating::NotForMe};
inline constexpr Timing AllTimings[] = {Timing::RightAway, Timing::LaterThatDay, Timing::NextDay};

QString ratingName(Rating rating);
QString timingName(Timing timing);

// A partner's answer about one aftercare act. No rating means "not answered yet",
// which is deliberately different from Neutral.
struct Preference : Record
{
    QUuid partnerId;
    QUuid actId;
    std::optional<Rating> rating;
    bool askFirst = false;
    std::optional<Timing> timing;
    QString note;

    bool isAnswered() const { return rating.has_value(); }
    bool operator==(const Preference &) const = default;
};

inline constexpr int MaxPreferenceNoteLength = 280;

Status validate(const Preference &preference);

} // namespace tend
