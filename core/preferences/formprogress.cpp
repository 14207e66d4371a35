#include "formprogress.h"

#include <QSet>

namespace tend {

FormProgress formProgress(const QUuid &partnerId, const QList<AftercareAct> &acts, const QList<Preference> &answers,
                          const QList<FormStatus> &statuses)
{
    FormProgress progress;
    QSet<QUuid> active;
    for (const AftercareAct &act : acts) {
        if (!act.archived)
            active.insert(act.id);
    }
    progress.total = int(active.size());
    for (const Preference &answer : answers) {
        if (answer.partnerId != partnerId)
            continue;
        if (answer.isAnswered() && active.contains(answer.actId))
            ++progress.answered;
        if (!progress.lastChangeUtc.isValid() || answer.updatedUtc > progress.lastChangeUtc)
            progress.lastChangeUtc = answer.updatedUtc;
    }
    progress.done = isFormDone(partnerId, statuses);
    return progress;
}

bool isFormDone(const QUuid &partnerId, const QList<FormStatus> &statuses)
{
    for (const FormStatus &status : statuses) {
        if (status.partnerId == partnerId)
            return status.done;
    }
    return false;
}

bool answersAreOpenToBoth(bool revealTogether, const QUuid &first, const QUuid &second,
                          const QList<FormStatus> &statuses)
{
    return !revealTogether || (isFormDone(first, statuses) && isFormDone(second, statuses));
}

} // namespace tend
