#include "preference.h"

#include "texts.h"

namespace tend {

QString ratingName(Rating rating)
{
    switch (rating) {
    case Rating::NeedIt:
        return QCoreApplication::translate("Rating", "Need it");
    case Rating::LikeIt:
        return QCoreApplication::translate("Rating", "Like it");
    case Rating::Neutral:
        return QCoreApplication::translate("Rating", "Neutral");
    case Rating::NotForMe:
        return QCoreApplication::translate("Rating", "Not for me");
    }
    return {};
}

QString timingName(Timing timing)
{
    switch (timing) {
    case Timing::RightAway:
        return QCoreApplication::translate("Timing", "Right away");
    case Timing::LaterThatDay:
        return QCoreApplication::translate("Timing", "Later that day");
    case Timing::NextDay:
        return QCoreApplication::translate("Timing", "Next day");
    }
    return {};
}

Status validate(const Preference &preference)
{
    if (preference.partnerId.isNull())
        return Error{ValidationText::tr("A preference must belong to a partner.")};
    if (preference.actId.isNull())
        return Error{ValidationText::tr("A preference must be about an aftercare act.")};
    if (preference.note.size() > MaxPreferenceNoteLength)
        return Error{ValidationText::tr("A note can be at most %1 characters long.").arg(MaxPreferenceNoteLength)};
    return {};
}

} // namespace tend
