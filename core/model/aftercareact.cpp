#include "aftercareact.h"

#include "texts.h"

namespace tend {

QString careFormName(CareForm form)
{
    switch (form) {
    case CareForm::Talking:
        return QCoreApplication::translate("CareForm", "Talking");
    case CareForm::PhysicalComfort:
        return QCoreApplication::translate("CareForm", "Physical comfort");
    case CareForm::SharedActivities:
        return QCoreApplication::translate("CareForm", "Shared activities");
    case CareForm::SpaceAndRest:
        return QCoreApplication::translate("CareForm", "Space and rest");
    }
    return {};
}

Status validate(const AftercareAct &act)
{
    const QString label = act.label.trimmed();
    if (label.isEmpty())
        return Error{ValidationText::tr("Please describe the aftercare act in a few words.")};
    if (label.size() > MaxActLabelLength)
        return Error{ValidationText::tr("An act's name can be at most %1 characters long.").arg(MaxActLabelLength)};
    return {};
}

} // namespace tend
