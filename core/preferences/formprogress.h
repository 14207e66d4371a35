#pragma once

#include "model/aftercareact.h"
#include "model/preference.h"
#include "model/formstatus.h"

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

bool isFormDone(const QUuid &partnerId, const QList<FormStatus> &statuses);

// Whether each partner may see the other's answers, and the plan made of both: always, unless
// "reveal together" is on, and then only once both have marked their form done.
bool answersAreOpenToBoth(bool revealTogether, const QUuid &first, const QUuid &second,
                          const QList<FormStatus> &statuses);

} // namespace tend
