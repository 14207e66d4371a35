#pragma once

#include "model/aftercareact.h"
#include "model/checkin.h"
#include "model/need.h"
#include "model/preference.h"
#include "model/reminder.h"
#include "model/reminderdelivery.h"

#include <QString>

#include <optional>

namespace tend::sql {

// Enums are stored as short readable words, so the file stays understandable and mergeable.
QString code(CareForm form);
QString code(CheckInKind kind);
QString code(NeedStatus status);
QString code(Rating rating);
QString code(Timing timing);
QString code(ReminderKind kind);
QString code(Frequency frequency);
QString code(DeliveryWay way);

std::optional<CareForm> careFormFromCode(const QString &code);
std::optional<CheckInKind> checkInKindFromCode(const QString &code);
std::optional<NeedStatus> needStatusFromCode(const QString &code);
std::optional<Rating> ratingFromCode(const QString &code);
std::optional<Timing> timingFromCode(const QString &code);
std::optional<ReminderKind> reminderKindFromCode(const QString &code);
std::optional<Frequency> frequencyFromCode(const QString &code);
std::optional<DeliveryWay> deliveryWayFromCode(const QString &code);

} // namespace tend::sql
