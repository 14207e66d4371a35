#include "needrepository.h"

#include "clock.h"
#include "database.h"
#include "enumcodes.h"
#include "sqlquery.h"
#include "sqlvalues.h"
#include "writetransaction.h"

#include <QCoreApplication>

namespace tend {

Status NeedRepository::addAll(QList<Need> &needs)
{
    for (const Need &need : needs) {
        if (Status valid = validate(need); !valid)
            return valid;
    }
    QList<Need> saved = needs;
    const QDateTime now = m_clock.nowUtc();
    const QString action = QCoreApplication::translate("Storage", "save the need");
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    for (Need &need : saved) {
        if (need.id.isNull())
            need.id = QUuid::createUuid();
        if (!need.createdUtc.isValid())
            need.createdUtc = now;
        need.updatedUtc = now;
        need.text = need.text.trimmed();
        Status inserted = sql::exec(
            m_database.connection(),
            QStringLiteral("INSERT INTO needs (id, raised_by, text, status, priority, sort_order, resolved_utc, "
                           "resolution_note, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {sql::fromUuid(need.id), sql::fromUuid(need.raisedBy), need.text, sql::code(need.status),
             static_cast<int>(need.priority), need.sortOrder, sql::fromUtc(need.resolvedUtc), need.resolutionNote,
             sql::fromUtc(need.createdUtc), sql::fromUtc(need.updatedUtc)},
            action);
        if (!inserted)
            return inserted;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    needs = saved;
    return {};
}

Result<QList<Need>> NeedRepository::all() const
{
    Result<QSqlQuery> rows = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT id, raised_by, text, status, priority, sort_order, resolved_utc, resolution_note, "
                       "created_utc, updated_utc FROM needs WHERE deleted_utc IS NULL ORDER BY sort_order, created_utc"),
        {}, QCoreApplication::translate("Storage", "read the needs"));
    if (!rows)
        return rows.error();
    QList<Need> needs;
    for (QSqlQuery &q = rows.value(); q.next();) {
        Need need;
        need.id = sql::toUuid(q.value(0));
        need.raisedBy = sql::toUuid(q.value(1));
        need.text = q.value(2).toString();
        need.status = sql::needStatusFromCode(q.value(3).toString()).value_or(NeedStatus::Open);
        need.priority = static_cast<NeedPriority>(q.value(4).toInt());
        need.sortOrder = q.value(5).toInt();
        need.resolvedUtc = sql::toUtc(q.value(6));
        need.resolutionNote = q.value(7).toString();
        need.createdUtc = sql::toUtc(q.value(8));
        need.updatedUtc = sql::toUtc(q.value(9));
        needs.append(need);
    }
    return needs;
}

} // namespace tend
