#include "partnerrepository.h"

#include "clock.h"
#include "database.h"
#include "sqlquery.h"
#include "sqlvalues.h"
#include "writetransaction.h"

#include <QCoreApplication>

namespace tend {

Result<QList<Partner>> PartnerRepository::all() const
{
    Result<QSqlQuery> query = sql::run(m_database.connection(),
                                       QStringLiteral("SELECT id, seat, name, pronouns, colour, created_utc, updated_utc "
                                                      "FROM partners ORDER BY seat"),
                                       {}, QCoreApplication::translate("Storage", "read the partners"));
    if (!query)
        return query.error();
    QList<Partner> partners;
    for (QSqlQuery &q = query.value(); q.next();) {
        Partner partner;
        partner.id = sql::toUuid(q.value(0));
        partner.seat = q.value(1).toInt();
        partner.name = q.value(2).toString();
        partner.pronouns = q.value(3).toString();
        partner.colour = q.value(4).toString();
        partner.createdUtc = sql::toUtc(q.value(5));
        partner.updatedUtc = sql::toUtc(q.value(6));
        partners.append(partner);
    }
    return partners;
}

Status PartnerRepository::save(Partner &partner)
{
    partner.name = partner.name.trimmed();
    partner.pronouns = partner.pronouns.trimmed();
    if (Status valid = validate(partner); !valid)
        return valid;

    Partner saved = partner;
    const QDateTime now = m_clock.nowUtc();
    if (saved.id.isNull()) {
        saved.id = QUuid::createUuid();
        saved.createdUtc = now;
    }
    saved.updatedUtc = now;

    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    // Upsert on the seat: the first run inserts, editing the partners later updates in place.
    Result<QSqlQuery> written = sql::run(m_database.connection(),
                               QStringLiteral("INSERT INTO partners (id, seat, name, pronouns, colour, created_utc, updated_utc) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?) "
                                              "ON CONFLICT (seat) DO UPDATE SET name = excluded.name, "
                                              "pronouns = excluded.pronouns, colour = excluded.colour, "
                                              "updated_utc = excluded.updated_utc "
                                              "RETURNING id, created_utc"),
                               {sql::fromUuid(saved.id), saved.seat, saved.name, saved.pronouns, saved.colour,
                                sql::fromUtc(saved.createdUtc), sql::fromUtc(saved.updatedUtc)},
                               QCoreApplication::translate("Storage", "save %1").arg(saved.name));
    if (!written)
        return written.error();
    if (QSqlQuery &row = written.value(); row.next()) {
        saved.id = sql::toUuid(row.value(0));
        saved.createdUtc = sql::toUtc(row.value(1));
    }
    written.value().finish();
    if (Status committed = transaction.commit(); !committed)
        return committed;
    partner = saved;
    return {};
}

} // namespace tend
