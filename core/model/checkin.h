#pragma once

#include "record.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tend {

enum class CheckInKind { Daily, AfterIntimacy };

QString checkInKindName(CheckInKind kind);

// How one partner was doing at one moment. `atUtc` is the instant; `localDay` is the
// calendar day the partner lived it on, kept so days stay right across time-zone moves.
struct CheckIn : Record
{
    QUuid partnerId;
    QDateTime atUtc;
    QDate localDay;
    CheckInKind kind = CheckInKind::Daily;
    int mood = 3;
    int stress = 3;
    int closeness = 3;
    std::optional<int> feltCaredFor;
    QList<QUuid> actsReceived;
    QList<QUuid> actsWished;
    QString note;

    bool operator==(const CheckIn &) const = default;
};

inline constexpr int MaxCheckInNoteLength = 2000;

Status validate(const CheckIn &checkIn);

// The same answers, whatever order the aftercare acts were ticked in.
bool sameAnswers(const CheckIn &first, const CheckIn &second);

} // namespace tend
