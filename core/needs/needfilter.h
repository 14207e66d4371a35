#pragma once

#include "model/need.h"

#include <optional>

namespace tend {

// What the needs list shows: by status, by who raised it, and words in the text.
struct NeedFilter
{
    std::optional<NeedStatus> status; // none: every status
    QUuid raisedBy;                   // null: both partners
    QString search;                   // every word must appear, ignoring case and accents

    bool matches(const Need &need) const;
    bool isEmpty() const { return !status && raisedBy.isNull() && search.trimmed().isEmpty(); }
};

} // namespace tend
