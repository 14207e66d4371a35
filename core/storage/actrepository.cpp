#include "actrepository.h"

#include "database.h"
#include "enumcodes.h"
#include "sqlquery.h"
#include "sqlvalues.h"

#include <QCoreApplication>

namespace tend {

Result<QList<AftercareAct>> ActRepository::all(Archived archived) const
{
    Result<QSqlQuery> query = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT id, form, label, description, built_in, archived, sort_order, created_utc, updated_utc "
                       "FROM aftercare_acts WHERE archived = 0 OR ? "
                       "ORDER BY CASE form WHEN 'talking' THEN 0 WHEN 'physical' THEN 1 WHEN 'shared' THEN 2 ELSE 3 END, "
                       "sort_order, label"),
        {archived == Archived::Include}, QCoreApplication::translate("Storage", "read the aftercare catalogue"));
    if (!query)
        return query.error();
    QList<AftercareAct> acts;
    for (QSqlQuery &q = query.value(); q.next();) {
        AftercareAct act;
        act.id = sql::toUuid(q.value(0));
        act.form = sql::careFormFromCode(q.value(1).toString()).value_or(CareForm::Talking);
        act.label = q.value(2).toString();
        act.description = q.value(3).toString();
        act.builtIn = q.value(4).toBool();
        act.archived = q.value(5).toBool();
        act.sortOrder = q.value(6).toInt();
        act.createdUtc = sql::toUtc(q.value(7));
        act.updatedUtc = sql::toUtc(q.value(8));
        acts.append(act);
    }
    return acts;
}

} // namespace tend
