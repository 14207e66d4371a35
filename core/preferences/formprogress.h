#pragma once

#include "model/aftercareact.h"
#include "model/preference.h"
#include "storage/preferencerepository.h"

#include <QDateTime>
#include <QList>

namespace tend {

// How far one partner is with their preferences form.
struct FormProgress
{
    int answered = 0;       // active acts with a rating
    int total = 0;          // active acts
    QDateTime lastChangeUtc; // of any of their answers; invalid when they have none
    bool done = false;

    bool operator==(const FormProgress &) const = default;
};

FormProgress formProgress(const QUuid &partnerId, const QList<AftercareAct> &acts, const QList<Preference> &answers,
                          const QList<FormStatus> &statuses);

} // namespace tend
