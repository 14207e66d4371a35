#pragma once

#include "record.h"
#include "result.h"

#include <QString>

#include <optional>

namespace tend {

enum class Rating { NeedIt, LikeIt, Neutral, NotForMe };
enum class Timing { RightAway, LaterThatDay, NextDay };

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
};

inline constexpr int MaxPreferenceNoteLength = 280;

Status validate(const Preference &preference);

} // namespace tend
