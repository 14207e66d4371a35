#include "needworkflow.h"

#include "texts.h"

#include "texts.h"

#include <QCoreApplication>

namespace tend {

namespace {


} // namespace

Result<Need> startTalking(const Need &need)
{
    switch (need.status) {
    case NeedStatus::Open:
        break;
    case NeedStatus::TalkingAboutIt:
        return Error{NeedWorkflowText::tr("You are already talking about this need.")};
    case NeedStatus::Resolved:
        return Error{NeedWorkflowText::tr("This need is already resolved. Reopen it first to talk about it again.")};
    }
    Need talking = need;
    talking.status = NeedStatus::TalkingAboutIt;
    return talking;
}

Result<Need> resolve(const Need &need, const QString &resolutionNote, const QDateTime &nowUtc)
{
    if (need.status == NeedStatus::Resolved)
        return Error{NeedWorkflowText::tr("This need is already resolved.")};
    const QString note = resolutionNote.trimmed();
    if (note.size() > MaxResolutionNoteLength) {
        return Error{ValidationText::tr("A note on how a need was resolved can be at most %1 characters long.")
                         .arg(MaxResolutionNoteLength)};
    }
    if (!nowUtc.isValid())
        return Error{ValidationText::tr("A resolved need needs the date it was resolved.")};
    Need resolved = need;
    resolved.status = NeedStatus::Resolved;
    resolved.resolvedUtc = nowUtc.toUTC();
    resolved.resolutionNote = note;
    return resolved;
}

Result<Need> reopen(const Need &need)
{
    if (need.status == NeedStatus::Open)
        return Error{NeedWorkflowText::tr("This need is already open.")};
    Need reopened = need;
    reopened.status = NeedStatus::Open;
    reopened.resolvedUtc = QDateTime();
    reopened.resolutionNote.clear();
    return reopened;
}

} // namespace tend
