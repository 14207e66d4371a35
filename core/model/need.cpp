#include "need.h"

#include "texts.h"

namespace tend {

QString needStatusName(NeedStatus status)
{
    switch (status) {
    case NeedStatus::Open:
        return QCoreApplication::translate("Need", "Open");
    case NeedStatus::TalkingAboutIt:
        return QCoreApplication::translate("Need", "Talking about it");
    case NeedStatus::Resolved:
        return QCoreApplication::translate("Need", "Resolved");
    }
    return {};
}

QString needPriorityName(NeedPriority priority)
{
    switch (priority) {
    case NeedPriority::High:
        return QCoreApplication::translate("Need", "High");
    case NeedPriority::Medium:
        return QCoreApplication::translate("Need", "Medium");
    case NeedPriority::Low:
        return QCoreApplication::translate("Need", "Low");
    }
    return {};
}

Status validate(const Need &need)
{
    if (need.raisedBy.isNull())
        return Error{ValidationText::tr("Please choose who raised this need.")};
    const QString text = need.text.trimmed();
    if (text.isEmpty())
        return Error{ValidationText::tr("Please write what the need is about.")};
    if (text.size() > MaxNeedTextLength)
        return Error{ValidationText::tr("A need can be at most %1 characters long.").arg(MaxNeedTextLength)};
    const int priority = static_cast<int>(need.priority);
    if (priority < static_cast<int>(NeedPriority::Low) || priority > static_cast<int>(NeedPriority::High))
        return Error{ValidationText::tr("Priority must be low, medium or high.")};
    if (need.status == NeedStatus::Resolved && !need.resolvedUtc.isValid())
        return Error{ValidationText::tr("A resolved need needs the date it was resolved.")};
    if (need.status != NeedStatus::Resolved && need.resolvedUtc.isValid())
        return Error{ValidationText::tr("A need that is not resolved cannot have a date it was resolved.")};
    if (need.resolutionNote.trimmed().size() > MaxResolutionNoteLength) {
        return Error{ValidationText::tr("A note on how a need was resolved can be at most %1 characters long.")
                         .arg(MaxResolutionNoteLength)};
    }
    return {};
}

} // namespace tend
