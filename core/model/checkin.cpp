#include "checkin.h"

#include "scale.h"
#include "texts.h"

#include <QSet>

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
        return Error{ValidationText::tr("Please choose who is checking in.")};
    if (!checkIn.atUtc.isValid())
        return Error{ValidationText::tr("A check-in needs a valid date and time.")};
    if (!checkIn.localDay.isValid())
        return Error{ValidationText::tr("A check-in needs a valid calendar day.")};
    for (const auto &[value, what] : {std::pair{checkIn.mood, ValidationText::tr("Mood")},
                                      std::pair{checkIn.stress, ValidationText::tr("Stress")},
                                      std::pair{checkIn.closeness, ValidationText::tr("Closeness")}}) {
        if (Status status = validateScale(value, what); !status)
            return status;
    }
    if (checkIn.feltCaredFor) {
        if (Status status = validateScale(*checkIn.feltCaredFor, ValidationText::tr("Felt cared for")); !status)
            return status;
    }
    if (checkIn.note.size() > MaxCheckInNoteLength)
        return Error{ValidationText::tr("A note can be at most %1 characters long.").arg(MaxCheckInNoteLength)};
    return {};
}

bool sameAnswers(const CheckIn &first, const CheckIn &second)
{
    const auto sameActs = [](const QList<QUuid> &one, const QList<QUuid> &other) {
        return QSet<QUuid>(one.cbegin(), one.cend()) == QSet<QUuid>(other.cbegin(), other.cend());
    };
    CheckIn firstWithoutActs = first;
    CheckIn secondWithoutActs = second;
    for (CheckIn *each : {&firstWithoutActs, &secondWithoutActs}) {
        each->actsReceived.clear();
        each->actsWished.clear();
    }
    return firstWithoutActs == secondWithoutActs && sameActs(first.actsReceived, second.actsReceived)
           && sameActs(first.actsWished, second.actsWished);
}

} // namespace tend
