#pragma once

#include "record.h"
#include "result.h"

#include <QString>

namespace tend {

// The four forms aftercare takes (DESIGN.md, "The domain").
enum class CareForm { Talking, PhysicalComfort, SharedActivities, SpaceAndRest };

inline constexpr CareForm AllCareForms[] = {CareForm::Talking, CareForm::PhysicalComfort,
                                            CareForm::SharedActivities, CareForm::SpaceAndRest};

QString careFormName(CareForm form);

struct AftercareAct : Record
{
    CareForm form = CareForm::Talking;
    QString label;
    QString description;
    bool builtIn = false;
    bool archived = false;
    int sortOrder = 0;

    bool operator==(const AftercareAct &) const = default;
};

inline constexpr int MaxActLabelLength = 80;

Status validate(const AftercareAct &act);

} // namespace tend
