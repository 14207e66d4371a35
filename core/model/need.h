#pragma once

#include "record.h"
#include "result.h"

#include <QString>

namespace tend {

enum class NeedStatus { Open, TalkingAboutIt, Resolved };
enum class NeedPriority { Low = 1, Medium = 2, High = 3 };

// Something one partner wants to talk about, kept on the couple's shared list.
struct Need : Record
{
    QUuid raisedBy;
    QString text;
    NeedStatus status = NeedStatus::Open;
    NeedPriority priority = NeedPriority::Medium;
    int sortOrder = 0;
    QDateTime resolvedUtc;
    QString resolutionNote;
    // When the couple last marked it discussed as the week's need; invalid when never.
    QDateTime discussedUtc;

    bool operator==(const Need &) const = default;
};

QString needStatusName(NeedStatus status);
QString needPriorityName(NeedPriority priority);
inline constexpr NeedStatus AllNeedStatuses[] = {NeedStatus::Open, NeedStatus::TalkingAboutIt, NeedStatus::Resolved};
inline constexpr NeedPriority AllNeedPriorities[] = {NeedPriority::High, NeedPriority::Medium, NeedPriority::Low};

inline constexpr int MaxNeedTextLength = 500;
inline constexpr int MaxResolutionNoteLength = 1000;

Status validate(const Need &need);

} // namespace tend
