#include "preferencerepository.h"

#include "clock.h"
#include "database.h"
#include "enumcodes.h"
#include "sqlquery.h"
#include "sqlvalues.h"
#include "texts.h"
#include "writetransaction.h"

namespace tend {

namespace {

QVariant nullableText(const QString &code)
{
    return code.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(code);
}

} // namespace

Result<QList<Preference>> PreferenceRepository::all() const
{
    Result<QSqlQuery> query =
        sql::run(m_database.connection(),
                 QStringLiteral("SELECT id, partner_id, act_id, rating, ask_first, timing, note, created_utc, updated_utc "
                                "FROM preferences ORDER BY partner_id, act_id"),
                 {}, StorageText::tr("read the aftercare preferences"));
    if (!query)
        return query.error();
    QList<Preference> preferences;
    for (QSqlQuery &q = query.value(); q.next();) {
        Preference preference;
        preference.id = sql::toUuid(q.value(0));
        preference.partnerId = sql::toUuid(q.value(1));
        preference.actId = sql::toUuid(q.value(2));
        preference.rating = sql::ratingFromCode(q.value(3).toString());
        preference.askFirst = q.value(4).toBool();
        preference.timing = sql::timingFromCode(q.value(5).toString());
        preference.note = q.value(6).toString();
        preference.createdUtc = sql::toUtc(q.value(7));
        preference.updatedUtc = sql::toUtc(q.value(8));
        preferences.append(preference);
    }
    return preferences;
}

Status PreferenceRepository::save(Preference &preference)
{
    QList<Preference> one{preference};
    if (Status saved = saveAll(one); !saved)
        return saved;
    preference = one.first();
    return {};
}

Status PreferenceRepository::saveAll(QList<Preference> &preferences)
{
    QList<Preference> saved = preferences;
    const QDateTime now = m_clock.nowUtc();
    for (Preference &preference : saved) {
        preference.note = preference.note.trimmed();
        if (Status valid = validate(preference); !valid)
            return valid;
        if (preference.id.isNull())
            preference.id = QUuid::createUuid();
        if (!preference.createdUtc.isValid())
            preference.createdUtc = now;
        preference.updatedUtc = now;
    }

    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    // One answer per partner and act: a second save about the same act replaces the first
    // and keeps the first one's id and creation time.
    const QString upsert = QStringLiteral(
        "INSERT INTO preferences (id, partner_id, act_id, rating, ask_first, timing, note, created_utc, updated_utc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (partner_id, act_id) DO UPDATE SET rating = excluded.rating, ask_first = excluded.ask_first, "
        "timing = excluded.timing, note = excluded.note, updated_utc = excluded.updated_utc "
        "RETURNING id, created_utc");
    for (Preference &preference : saved) {
        Result<QSqlQuery> written = sql::run(
            m_database.connection(), upsert,
            {sql::fromUuid(preference.id), sql::fromUuid(preference.partnerId), sql::fromUuid(preference.actId),
             nullableText(preference.rating ? sql::code(*preference.rating) : QString()), preference.askFirst,
             nullableText(preference.timing ? sql::code(*preference.timing) : QString()), preference.note,
             sql::fromUtc(preference.createdUtc), sql::fromUtc(preference.updatedUtc)},
            StorageText::tr("save the aftercare preference"));
        if (!written)
            return written.error();
        if (QSqlQuery &row = written.value(); row.next()) {
            preference.id = sql::toUuid(row.value(0));
            preference.createdUtc = sql::toUtc(row.value(1));
        }
        written.value().finish();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    preferences = saved;
    return {};
}

Result<QList<FormStatus>> PreferenceRepository::formStatuses() const
{
    Result<QSqlQuery> query = sql::run(m_database.connection(),
                                       QStringLiteral("SELECT partner_id, done, updated_utc FROM preference_forms"), {},
                                       StorageText::tr("read whether the preference forms are done"));
    if (!query)
        return query.error();
    QList<FormStatus> statuses;
    for (QSqlQuery &q = query.value(); q.next();)
        statuses.append({sql::toUuid(q.value(0)), q.value(1).toBool(), sql::toUtc(q.value(2))});
    return statuses;
}

Status PreferenceRepository::setFormDone(const QUuid &partnerId, bool done)
{
    const QVariant now = sql::fromUtc(m_clock.nowUtc());
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    if (Status written = sql::exec(m_database.connection(),
                                   QStringLiteral("INSERT INTO preference_forms (id, partner_id, done, created_utc, updated_utc) "
                                                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (partner_id) DO UPDATE SET "
                                                  "done = excluded.done, updated_utc = excluded.updated_utc"),
                                   {sql::fromUuid(QUuid::createUuid()), sql::fromUuid(partnerId), done, now, now},
                                   StorageText::tr("mark the preference form"));
        !written)
        return written;
    return transaction.commit();
}

} // namespace tend
