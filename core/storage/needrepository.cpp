#include "needrepository.h"

#include "clock.h"
#include "database.h"
#include "enumcodes.h"
#include "sqlquery.h"
#include "sqlvalues.h"
#include "texts.h"
#include "writetransaction.h"

namespace tend {

namespace {

// Two needs say the same when their words match, whatever the case and spacing.
QString comparable(const QString &text)
{
    return text.simplified().toCaseFolded();
}

Need tidied(const Need &need)
{
    Need tidy = need;
    tidy.text = tidy.text.trimmed();
    tidy.resolutionNote = tidy.resolutionNote.trimmed();
    return tidy;
}

Error needGone()
{
    return Error{StorageText::tr("This need no longer exists; it may have been deleted.")};
}

} // namespace

Status NeedRepository::add(Need &need)
{
    Need saved = tidied(need);
    if (Status valid = validate(saved); !valid)
        return valid;
    const QDateTime now = m_clock.nowUtc();
    const QString action = StorageText::tr("add the need");
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    if (Status unique = refuseDuplicate(saved, action); !unique)
        return unique;
    Result<QSqlQuery> order = sql::run(m_database.connection(),
                                       QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM needs"), {}, action);
    if (!order)
        return order.error();
    saved.sortOrder = order.value().next() ? order.value().value(0).toInt() : 1;
    order.value().finish();
    if (saved.id.isNull())
        saved.id = QUuid::createUuid();
    if (!saved.createdUtc.isValid())
        saved.createdUtc = now;
    saved.updatedUtc = now;
    if (Status inserted = insertion(action).run(rowValues(saved)); !inserted)
        return inserted;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    need = saved;
    return {};
}

Status NeedRepository::refuseDuplicate(const Need &need, const QString &action) const
{
    Result<QSqlQuery> rows = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT text FROM needs WHERE deleted_utc IS NULL AND status != ? AND id != ?"),
        {sql::code(NeedStatus::Resolved), sql::fromUuid(need.id)}, action);
    if (!rows)
        return rows.error();
    const QString wanted = comparable(need.text);
    for (QSqlQuery &q = rows.value(); q.next();) {
        if (comparable(q.value(0).toString()) == wanted)
            return Error{StorageText::tr("“%1” is already on your list of needs.").arg(need.text)};
    }
    return {};
}

sql::PreparedStatement NeedRepository::insertion(const QString &action) const
{
    return sql::PreparedStatement(
        m_database.connection(),
        QStringLiteral("INSERT INTO needs (id, raised_by, text, status, priority, sort_order, resolved_utc, "
                       "resolution_note, discussed_utc, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        action);
}

QVariantList NeedRepository::rowValues(const Need &need)
{
    return {sql::fromUuid(need.id),        sql::fromUuid(need.raisedBy),       need.text,
            sql::code(need.status),        static_cast<int>(need.priority),    need.sortOrder,
            sql::fromUtc(need.resolvedUtc), need.resolutionNote,               sql::fromUtc(need.discussedUtc),
            sql::fromUtc(need.createdUtc), sql::fromUtc(need.updatedUtc)};
}

Status NeedRepository::addAll(QList<Need> &needs)
{
    QList<Need> saved;
    saved.reserve(needs.size());
    for (const Need &need : needs) {
        saved.append(tidied(need));
        if (Status valid = validate(saved.last()); !valid)
            return valid;
    }
    const QDateTime now = m_clock.nowUtc();
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    sql::PreparedStatement insertRow = insertion(StorageText::tr("save the need"));
    for (Need &need : saved) {
        if (need.id.isNull())
            need.id = QUuid::createUuid();
        if (!need.createdUtc.isValid())
            need.createdUtc = now;
        need.updatedUtc = now;
        if (Status inserted = insertRow.run(rowValues(need)); !inserted)
            return inserted;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    needs = saved;
    return {};
}

Status NeedRepository::update(Need &need)
{
    Need saved = tidied(need);
    if (Status valid = validate(saved); !valid)
        return valid;
    saved.updatedUtc = m_clock.nowUtc();
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    // Reworded or reopened, it must not repeat another need that is still open.
    if (saved.status != NeedStatus::Resolved) {
        if (Status unique = refuseDuplicate(saved, StorageText::tr("change the need")); !unique)
            return unique;
    }
    Result<QSqlQuery> updated = sql::run(
        m_database.connection(),
        QStringLiteral("UPDATE needs SET raised_by = ?, text = ?, status = ?, priority = ?, sort_order = ?, "
                       "resolved_utc = ?, resolution_note = ?, discussed_utc = ?, updated_utc = ? "
                       "WHERE id = ? AND deleted_utc IS NULL"),
        {sql::fromUuid(saved.raisedBy), saved.text, sql::code(saved.status), static_cast<int>(saved.priority),
         saved.sortOrder, sql::fromUtc(saved.resolvedUtc), saved.resolutionNote, sql::fromUtc(saved.discussedUtc),
         sql::fromUtc(saved.updatedUtc), sql::fromUuid(saved.id)},
        StorageText::tr("change the need"));
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return needGone();
    if (Status committed = transaction.commit(); !committed)
        return committed;
    need = saved;
    return {};
}

Status NeedRepository::forgetDeletedBefore(const QDateTime &cutoffUtc)
{
    // The row stays (so copies can still be merged); its words go. A need's text cannot be
    // empty, so a dash stands in for it.
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    if (Status erased = sql::exec(m_database.connection(),
                                  QStringLiteral("UPDATE needs SET text = '-', resolution_note = '' WHERE deleted_utc IS NOT "
                                                 "NULL AND deleted_utc < ? AND (text != '-' OR resolution_note != '')"),
                                  {sql::fromUtc(cutoffUtc)}, StorageText::tr("erase deleted needs"));
        !erased)
        return erased;
    return transaction.commit();
}

Status NeedRepository::remove(const QUuid &id)
{
    return setDeleted(id, true, StorageText::tr("delete the need"));
}

Status NeedRepository::restore(const QUuid &id)
{
    return setDeleted(id, false, StorageText::tr("bring back the need"));
}

Status NeedRepository::setDeleted(const QUuid &id, bool deleted, const QString &action)
{
    const QVariant now = sql::fromUtc(m_clock.nowUtc());
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    // Only a live need can be deleted and only a deleted one restored.
    const QString statement = deleted
        ? QStringLiteral("UPDATE needs SET deleted_utc = ?, updated_utc = ? WHERE id = ? AND deleted_utc IS NULL")
        : QStringLiteral("UPDATE needs SET deleted_utc = NULL, updated_utc = ? WHERE id = ? AND deleted_utc IS NOT NULL");
    const QVariantList values = deleted ? QVariantList{now, now, sql::fromUuid(id)} : QVariantList{now, sql::fromUuid(id)};
    Result<QSqlQuery> changed = sql::run(m_database.connection(), statement, values, action);
    if (!changed)
        return changed.error();
    if (changed->numRowsAffected() != 1)
        return Error{StorageText::tr("Tend could not %1: it was not found.").arg(action)};
    return transaction.commit();
}

Status NeedRepository::saveOrder(const QList<QUuid> &ids)
{
    const QVariant now = sql::fromUtc(m_clock.nowUtc());
    const QString action = StorageText::tr("save the order of the needs");
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const int place = static_cast<int>(i) + 1;
        // A need whose place does not change keeps its updated time.
        Result<QSqlQuery> moved = sql::run(
            m_database.connection(),
            QStringLiteral("UPDATE needs SET updated_utc = CASE WHEN sort_order = ? THEN updated_utc ELSE ? END, "
                           "sort_order = ? WHERE id = ? AND deleted_utc IS NULL"),
            {place, now, place, sql::fromUuid(ids[i])}, action);
        if (!moved)
            return moved.error();
        if (moved->numRowsAffected() != 1)
            return Error{StorageText::tr("Tend could not %1: one of them was not found; it may have been deleted.").arg(action)};
    }
    return transaction.commit();
}

Result<QList<Need>> NeedRepository::all() const
{
    Result<QSqlQuery> rows = sql::run(
        m_database.connection(),
        QStringLiteral("SELECT id, raised_by, text, status, priority, sort_order, resolved_utc, resolution_note, "
                       "discussed_utc, created_utc, updated_utc FROM needs WHERE deleted_utc IS NULL "
                       "ORDER BY sort_order, created_utc"),
        {}, StorageText::tr("read the needs"));
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
        need.discussedUtc = sql::toUtc(q.value(8));
        need.createdUtc = sql::toUtc(q.value(9));
        need.updatedUtc = sql::toUtc(q.value(10));
        needs.append(need);
    }
    return needs;
}

Result<QUuid> NeedRepository::pickedForWeek(const QDate &weekStart) const
{
    Result<QSqlQuery> rows = sql::run(m_database.connection(),
                                      QStringLiteral("SELECT need_id FROM weekly_needs WHERE week_start = ?"),
                                      {sql::fromDay(weekStart)}, StorageText::tr("read the need picked for the week"));
    if (!rows)
        return rows.error();
    QSqlQuery &q = rows.value();
    return q.next() ? sql::toUuid(q.value(0)) : QUuid();
}

Status NeedRepository::pickForWeek(const QDate &weekStart, const QUuid &needId)
{
    const QString action = StorageText::tr("pick the need for the week");
    if (!weekStart.isValid() || weekStart.dayOfWeek() != Qt::Monday)
        return Error{StorageText::tr("Tend could not %1: a week must start on a Monday.").arg(action)};
    const QVariant now = sql::fromUtc(m_clock.nowUtc());
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    if (needId.isNull()) {
        if (Status cleared = sql::exec(m_database.connection(), QStringLiteral("DELETE FROM weekly_needs WHERE week_start = ?"),
                                       {sql::fromDay(weekStart)}, action);
            !cleared)
            return cleared;
        return transaction.commit();
    }
    Result<QSqlQuery> live = sql::run(m_database.connection(),
                                      QStringLiteral("SELECT 1 FROM needs WHERE id = ? AND deleted_utc IS NULL"),
                                      {sql::fromUuid(needId)}, action);
    if (!live)
        return live.error();
    const bool found = live.value().next();
    live.value().finish();
    if (!found)
        return needGone();
    if (Status picked = sql::exec(
            m_database.connection(),
            QStringLiteral("INSERT INTO weekly_needs (id, week_start, need_id, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT (week_start) DO UPDATE SET need_id = excluded.need_id, "
                           "updated_utc = excluded.updated_utc"),
            {sql::fromUuid(QUuid::createUuid()), sql::fromDay(weekStart), sql::fromUuid(needId), now, now}, action);
        !picked)
        return picked;
    return transaction.commit();
}

} // namespace tend
