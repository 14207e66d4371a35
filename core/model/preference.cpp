#include "preference.h"

#include "validationtext.h"

namespace tend {

Status validate(const Preference &preference)
{
    if (preference.partnerId.isNull())
        return Error{validationText("A preference must belong to a partner.")};
    if (preference.actId.isNull())
        return Error{validationText("A preference must be about an aftercare act.")};
    if (preference.note.size() > MaxPreferenceNoteLength)
        return Error{validationText("A note can be at most %1 characters long.").arg(MaxPreferenceNoteLength)};
    return {};
}

} // namespace tend
