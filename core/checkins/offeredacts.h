#pragma once

#include "model/aftercareact.h"
#include "model/preference.h"

#include <QList>

namespace tend {

// The catalogue as the check-in form offers it to one partner: the acts they marked "Need it"
// first, then "Like it", then the rest, each group in catalogue order. Archived acts are left
// out, except those in `alsoKeep` (acts an edited check-in already names), which come last.
QList<AftercareAct> actsOfferedTo(const QUuid &partnerId, const QList<AftercareAct> &catalogue,
                                  const QList<Preference> &preferences, const QList<QUuid> &alsoKeep = {});

} // namespace tend
