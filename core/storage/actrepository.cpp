#include "actrepository.h"

#include "clock.h"
#include "database.h"
#include "enumcodes.h"
#include "sqlquery.h"
#include "sqlvalues.h"
#include "texts.h"
#include "writetransaction.h"

namespace tend {

Result<QList<AftercareAct>> ActRepository::all(Archived archived) const
{
    Result<QSqlQuery> query = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT id, form, label, description, built_in, archived, sort_order, created_utc, updated_utc "
                       "FROM aftercare_acts WHERE archived = 0 OR ? "
                       "ORDER BY CASE form WHEN 'talking' THEN 0 WHEN 'physical' THEN 1 WHEN 'shared' THEN 2 ELSE 3 END, "
                       "sort_order, label"),
        {archived == Archived::Include}, StorageText::tr("read the aftercare catalogue"));
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

Result<int> ActRepository::nextSortOrder(CareForm form) const
{
    Result<QSqlQuery> query = sql::run(m_database.connection(),
                                       QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM aftercare_acts WHERE form = ?"),
                                       {sql::code(form)}, StorageText::tr("read the aftercare catalogue"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    return q.next() ? q.value(0).toInt() : 1;
}

Status ActRepository::add(AftercareAct &act)
{
    return write(act, true);
}

Status ActRepository::update(AftercareAct &act)
{
    return write(act, false);
}

Status ActRepository::moveToForm(AftercareAct &act, CareForm form)
{
    Result<int> order = nextSortOrder(form);
    if (!order)
        return order.error();
    AftercareAct moved = act;
    moved.form = form;
    moved.sortOrder = order.value();
    if (Status updated = update(moved); !updated)
        return updated;
    act = moved;
    return {};
}

Status ActRepository::write(AftercareAct &act, bool isNew)
{
    AftercareAct saved = act;
    saved.label = saved.label.simplified();
    saved.description = saved.description.simplified();
    if (Status valid = validate(saved); !valid)
        return valid;
    const QDateTime now = m_clock.nowUtc();
    saved.updatedUtc = now;

    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    if (isNew) {
        Result<int> order = nextSortOrder(saved.form);
        if (!order)
            return order.error();
        saved.id = QUuid::createUuid();
        saved.createdUtc = now;
        saved.builtIn = false;
        saved.archived = false;
        saved.sortOrder = order.value();
        if (Status inserted = sql::exec(
                m_database.connection(),
                QStringLiteral("INSERT INTO aftercare_acts (id, form, label, description, built_in, archived, sort_order, "
                               "created_utc, updated_utc) VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?)"),
                {sql::fromUuid(saved.id), sql::code(saved.form), saved.label, saved.description, saved.sortOrder,
                 sql::fromUtc(saved.createdUtc), sql::fromUtc(saved.updatedUtc)},
                StorageText::tr("add the aftercare act"));
            !inserted)
            return inserted;
    } else {
        Result<QSqlQuery> updated = sql::run(
            m_database.connection(),
            QStringLiteral("UPDATE aftercare_acts SET form = ?, label = ?, description = ?, archived = ?, sort_order = ?, "
                           "updated_utc = ? WHERE id = ? RETURNING id"),
            {sql::code(saved.form), saved.label, saved.description, saved.archived, saved.sortOrder,
             sql::fromUtc(saved.updatedUtc), sql::fromUuid(saved.id)},
            StorageText::tr("change the aftercare act"));
        if (!updated)
            return updated.error();
        const bool found = updated.value().next();
        updated.value().finish();
        if (!found)
            return Error{StorageText::tr("Tend could not find the aftercare act “%1” any more.").arg(saved.label)};
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    act = saved;
    return {};
}

} // namespace tend
