#include "checkin.h"

#include "scale.h"
#include "validationtext.h"

namespace tend {

QString checkInKindName(CheckInKind kind)
{
    switch (kind) {
    case CheckInKind::Daily:
        return QCoreApplication::translate("CheckInKind", "Daily");
    case CheckInKind::AfterIntimacy:
        return QCoreApplication::translate("CheckInKind", "After intimacy");
    }
    return {};
}

Status validate(const CheckIn &checkIn)
{
    if (checkIn.partnerId.isNull())
        return Error{validationText("Please choose who is checking in.")};
    if (!checkIn.atUtc.isValid())
        return Error{validationText("A check-in needs a valid date and time.")};
    if (!checkIn.localDay.isValid())
        return Error{validationText("A check-in needs a valid calendar day.")};
    for (const auto &[value, what] : {std::pair{checkIn.mood, validationText("Mood")},
                                      std::pair{checkIn.stress, validationText("Stress")},
                                      std::pair{checkIn.closeness, validationText("Closeness")}}) {
        if (Status status = validateScale(value, what); !status)
            return status;
    }
    if (checkIn.feltCaredFor) {
        if (Status status = validateScale(*checkIn.feltCaredFor, validationText("Felt cared for")); !status)
            return status;
    }
    if (checkIn.note.size() > MaxCheckInNoteLength)
        return Error{validationText("A note can be at most %1 characters long.").arg(MaxCheckInNoteLength)};
    return {};
}

} // namespace tend
