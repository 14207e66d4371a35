#pragma once

#include "model/aftercareact.h"
#include "model/checkin.h"
#include "model/need.h"

#include <QString>

#include <optional>

namespace tend::sql {

// Enums are stored as short readable words, so the file stays understandable and mergeable.
QString code(CareForm form);
QString code(CheckInKind kind);
QString code(NeedStatus status);

std::optional<CareForm> careFormFromCode(const QString &code);
std::optional<CheckInKind> checkInKindFromCode(const QString &code);
std::optional<NeedStatus> needStatusFromCode(const QString &code);

} // namespace tend::sql
