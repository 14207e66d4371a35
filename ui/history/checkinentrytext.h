#pragma once

#include "model/checkin.h"

#include <QHash>
#include <QTimeZone>

namespace tend {

// One word per step of "felt cared for", from 1 to 5, as the check-in form asks it.
QStringList caredForSteps();

// "21:40 · After intimacy": when, in `zone`, and what kind of check-in.
QString checkInWhenText(const CheckIn &checkIn, const QTimeZone &zone);
// "Mood 4 (Good) · Stress 2 (A little tense) · Closeness 5 (Very close) · Felt cared for 4 (Cared for)";
// cared for only when it was answered.
QString checkInScalesText(const CheckIn &checkIn);
// "Received: Cuddling, Water · Wished for: Quiet time"; empty when neither was ticked.
QString checkInActsText(const CheckIn &checkIn, const QHash<QUuid, QString> &actNames);

} // namespace tend
