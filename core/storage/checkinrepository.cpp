#include "checkinrepository.h"

#include "clock.h"
#include "database.h"
#include "enumcodes.h"
#include "sqlitestatement.h"
#include "sqlquery.h"
#include "sqlvalues.h"
#include "texts.h"
#include "writetransaction.h"

#include <QHash>

namespace tend {

namespace {

QVariant optionalScale(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

const QString SelectColumns = QStringLiteral(
    "SELECT id, partner_id, at_utc, local_day, kind, mood, stress, closeness, felt_cared_for, note, "
    "created_utc, updated_utc FROM check_ins WHERE ");

const QString SelectAllActs = QStringLiteral("SELECT check_in_id, act_id, role FROM check_in_acts");

// The conditions name columns of check_ins only, which check_in_acts does not share.
const QString SelectActsOfPicked = QStringLiteral(
    "SELECT check_in_acts.check_in_id, check_in_acts.act_id, check_in_acts.role FROM check_ins "
    "JOIN check_in_acts ON check_in_acts.check_in_id = check_ins.id WHERE ");

// As sql::checkInKindFromCode(…).value_or(CheckInKind::Daily), without a QString for every row.
CheckInKind kindFromCode(QByteArrayView code)
{
    static const QByteArray afterIntimacy = sql::code(CheckInKind::AfterIntimacy).toUtf8();
    return code == afterIntimacy ? CheckInKind::AfterIntimacy : CheckInKind::Daily;
}

CheckIn checkInFromRow(const sql::SqliteStatement &row)
{
    CheckIn checkIn;
    checkIn.id = sql::uuidFromText(row.text(0));
    checkIn.partnerId = sql::uuidFromText(row.text(1));
    checkIn.atUtc = sql::utcFromText(row.text(2));
    checkIn.localDay = sql::dayFromText(row.text(3));
    checkIn.kind = kindFromCode(row.text(4));
    checkIn.mood = row.integer(5);
    checkIn.stress = row.integer(6);
    checkIn.closeness = row.integer(7);
    if (!row.isNull(8))
        checkIn.feltCaredFor = row.integer(8);
    checkIn.note = row.string(9);
    checkIn.createdUtc = sql::utcFromText(row.text(10));
    checkIn.updatedUtc = sql::utcFromText(row.text(11));
    return checkIn;
}

} // namespace

Status CheckInRepository::add(CheckIn &checkIn)
{
    QList<CheckIn> one{checkIn};
    if (Status added = addAll(one); !added)
        return added;
    checkIn = one.first();
    return {};
}

Status CheckInRepository::addAll(QList<CheckIn> &checkIns)
{
    QList<CheckIn> saved = checkIns;
    for (CheckIn &checkIn : saved) {
        checkIn.note = checkIn.note.trimmed();
        if (Status valid = validate(checkIn); !valid)
            return valid;
    }
    const QDateTime now = m_clock.nowUtc();
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    sql::PreparedStatement insertRow(
        m_database.connection(),
        QStringLiteral("INSERT INTO check_ins (id, partner_id, at_utc, local_day, kind, mood, stress, closeness, "
                       "felt_cared_for, note, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        StorageText::tr("save the check-in"));
    sql::PreparedStatement insertAct = actInsertion();
    for (CheckIn &checkIn : saved) {
        if (checkIn.id.isNull())
            checkIn.id = QUuid::createUuid();
        if (!checkIn.createdUtc.isValid())
            checkIn.createdUtc = now;
        checkIn.updatedUtc = now;
        Status inserted = insertRow.run(
            {sql::fromUuid(checkIn.id), sql::fromUuid(checkIn.partnerId), sql::fromUtc(checkIn.atUtc),
             sql::fromDay(checkIn.localDay), sql::code(checkIn.kind), checkIn.mood, checkIn.stress, checkIn.closeness,
             optionalScale(checkIn.feltCaredFor), checkIn.note, sql::fromUtc(checkIn.createdUtc),
             sql::fromUtc(checkIn.updatedUtc)});
        if (!inserted)
            return inserted;
        if (Status acts = writeActs(checkIn, insertAct); !acts)
            return acts;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    checkIns = saved;
    return {};
}

sql::PreparedStatement CheckInRepository::actInsertion() const
{
    return sql::PreparedStatement(m_database.connection(),
                                  QStringLiteral("INSERT INTO check_in_acts (check_in_id, act_id, role) VALUES (?, ?, ?)"),
                                  StorageText::tr("save the aftercare of a check-in"));
}

Status CheckInRepository::writeActs(const CheckIn &checkIn, sql::PreparedStatement &insertAct)
{
    for (const auto &[acts, role] : {std::pair{&checkIn.actsReceived, QStringLiteral("received")},
                                     std::pair{&checkIn.actsWished, QStringLiteral("wished")}}) {
        for (const QUuid &act : *acts) {
            if (Status written = insertAct.run({sql::fromUuid(checkIn.id), sql::fromUuid(act), role}); !written)
                return written;
        }
    }
    return {};
}

Status CheckInRepository::update(CheckIn &checkIn)
{
    CheckIn saved = checkIn;
    saved.note = saved.note.trimmed();
    if (Status valid = validate(saved); !valid)
        return valid;
    saved.updatedUtc = m_clock.nowUtc();
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    Result<QSqlQuery> updated = sql::run(
        m_database.connection(),
        QStringLiteral("UPDATE check_ins SET partner_id = ?, at_utc = ?, local_day = ?, kind = ?, mood = ?, stress = ?, "
                       "closeness = ?, felt_cared_for = ?, note = ?, updated_utc = ? WHERE id = ? AND deleted_utc IS NULL"),
        {sql::fromUuid(saved.partnerId), sql::fromUtc(saved.atUtc), sql::fromDay(saved.localDay), sql::code(saved.kind),
         saved.mood, saved.stress, saved.closeness, optionalScale(saved.feltCaredFor), saved.note,
         sql::fromUtc(saved.updatedUtc), sql::fromUuid(saved.id)},
        StorageText::tr("change the check-in"));
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{StorageText::tr("This check-in no longer exists; it may have been deleted.")};
    if (Status cleared = sql::exec(m_database.connection(), QStringLiteral("DELETE FROM check_in_acts WHERE check_in_id = ?"),
                                   {sql::fromUuid(saved.id)}, StorageText::tr("change the aftercare of a check-in"));
        !cleared) {
        return cleared;
    }
    sql::PreparedStatement insertAct = actInsertion();
    if (Status acts = writeActs(saved, insertAct); !acts)
        return acts;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    checkIn = saved;
    return {};
}

Status CheckInRepository::remove(const QUuid &id)
{
    return setDeleted(id, true, StorageText::tr("delete the check-in"));
}

Status CheckInRepository::restore(const QUuid &id)
{
    return setDeleted(id, false, StorageText::tr("bring back the check-in"));
}

Status CheckInRepository::forgetDeletedBefore(const QDateTime &cutoffUtc)
{
    const QString action = StorageText::tr("erase deleted check-ins");
    const QVariant cutoff = sql::fromUtc(cutoffUtc);
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    const QString deletedBefore = QStringLiteral("deleted_utc IS NOT NULL AND deleted_utc < ?");
    if (Status acts = sql::exec(m_database.connection(),
                                QStringLiteral("DELETE FROM check_in_acts WHERE check_in_id IN "
                                               "(SELECT id FROM check_ins WHERE ") + deletedBefore + u')',
                                {cutoff}, action);
        !acts) {
        return acts;
    }
    if (Status notes = sql::exec(m_database.connection(),
                                 QStringLiteral("UPDATE check_ins SET note = '', felt_cared_for = NULL WHERE ") +
                                     deletedBefore + QStringLiteral(" AND (note != '' OR felt_cared_for IS NOT NULL)"),
                                 {cutoff}, action);
        !notes) {
        return notes;
    }
    return transaction.commit();
}

Status CheckInRepository::setDeleted(const QUuid &id, bool deleted, const QString &action)
{
    const QString now = sql::fromUtc(m_clock.nowUtc()).toString();
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    // Only a live check-in can be deleted and only a deleted one restored.
    const QString statement = deleted
        ? QStringLiteral("UPDATE check_ins SET deleted_utc = ?, updated_utc = ? WHERE id = ? AND deleted_utc IS NULL")
        : QStringLiteral("UPDATE check_ins SET deleted_utc = NULL, updated_utc = ? WHERE id = ? AND deleted_utc IS NOT NULL");
    const QVariantList values = deleted ? QVariantList{now, now, sql::fromUuid(id)} : QVariantList{now, sql::fromUuid(id)};
    Result<QSqlQuery> changed = sql::run(m_database.connection(), statement, values, action);
    if (!changed)
        return changed.error();
    if (changed->numRowsAffected() != 1)
        return Error{StorageText::tr("Tend could not %1: it was not found.").arg(action)};
    return transaction.commit();
}

// Read through SQLite's own API (sqlitestatement.h): the whole history is read each time the
// History page opens, and Qt's per-column QVariants made that several times slower.
Result<QList<CheckIn>> CheckInRepository::select(const QString &condition, const QString &order,
                                                 const QVariantList &values, ActRows actRows) const
{
    const QString action = StorageText::tr("read the check-ins");
    const QSqlDatabase db = m_database.connection();
    Result<sql::SqliteStatement> rows =
        sql::SqliteStatement::prepare(db, SelectColumns + condition + order, values, action);
    if (!rows)
        return rows.error();
    QList<CheckIn> checkIns;
    const Status readRows =
        rows.value().forEachRow([&](const sql::SqliteStatement &row) { checkIns.append(checkInFromRow(row)); });
    if (!readRows)
        return readRows.error();
    if (checkIns.isEmpty())
        return checkIns;

    QHash<QUuid, qsizetype> indexById;
    indexById.reserve(checkIns.size());
    for (qsizetype index = 0; index < checkIns.size(); ++index)
        indexById.insert(checkIns[index].id, index);
    // Whichever way SQLite walks check_in_acts, a check-in's acts come in key order (act id, role).
    Result<sql::SqliteStatement> acts =
        actRows == ActRows::All
            ? sql::SqliteStatement::prepare(db, SelectAllActs, {}, action)
            : sql::SqliteStatement::prepare(db, SelectActsOfPicked + condition, values, action);
    if (!acts)
        return acts.error();
    const Status readActs = acts.value().forEachRow([&](const sql::SqliteStatement &row) {
        const auto index = indexById.constFind(sql::uuidFromText(row.text(0)));
        if (index == indexById.constEnd())
            return;
        CheckIn &checkIn = checkIns[*index];
        (row.text(2) == QByteArrayView("received") ? checkIn.actsReceived : checkIn.actsWished)
            .append(sql::uuidFromText(row.text(1)));
    });
    if (!readActs)
        return readActs.error();
    return checkIns;
}

Result<QList<CheckIn>> CheckInRepository::all() const
{
    return select(QStringLiteral("deleted_utc IS NULL"), QStringLiteral(" ORDER BY at_utc DESC, created_utc DESC"), {},
                  ActRows::All);
}

Result<QList<CheckIn>> CheckInRepository::onDay(const QDate &day) const
{
    return select(QStringLiteral("local_day = ? AND deleted_utc IS NULL"), QStringLiteral(" ORDER BY at_utc"),
                  {sql::fromDay(day)});
}

Result<std::optional<CheckIn>> CheckInRepository::find(const QUuid &id) const
{
    Result<QList<CheckIn>> found = select(QStringLiteral("id = ? AND deleted_utc IS NULL"), {}, {sql::fromUuid(id)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<CheckIn>();
    return std::optional<CheckIn>(found->first());
}

Result<int> CheckInRepository::count() const
{
    Result<QSqlQuery> rows = sql::run(m_database.connection(),
                                      QStringLiteral("SELECT count(*) FROM check_ins WHERE deleted_utc IS NULL"), {},
                                      StorageText::tr("count the check-ins"));
    if (!rows)
        return rows.error();
    QSqlQuery &q = rows.value();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace tend
