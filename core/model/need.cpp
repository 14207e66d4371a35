#include "need.h"

#include "validationtext.h"

namespace tend {

Status validate(const Need &need)
{
    if (need.raisedBy.isNull())
        return Error{validationText("Please choose who raised this need.")};
    const QString text = need.text.trimmed();
    if (text.isEmpty())
        return Error{validationText("Please write what the need is about.")};
    if (text.size() > MaxNeedTextLength)
        return Error{validationText("A need can be at most %1 characters long.").arg(MaxNeedTextLength)};
    const int priority = static_cast<int>(need.priority);
    if (priority < static_cast<int>(NeedPriority::Low) || priority > static_cast<int>(NeedPriority::High))
        return Error{validationText("Priority must be low, medium or high.")};
    if (need.status == NeedStatus::Resolved && !need.resolvedUtc.isValid())
        return Error{validationText("A resolved need needs the date it was resolved.")};
    return {};
}

} // namespace tend
