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
    QList<Partner> one{partner};
    if (Status saved = saveAll(one); !saved)
        return saved;
    partner = one.first();
    return {};
}

Status PartnerRepository::saveAll(QList<Partner> &partners)
{
    QList<Partner> saved = partners;
    for (Partner &partner : saved) {
        partner.name = partner.name.trimmed();
        partner.pronouns = partner.pronouns.trimmed();
        if (Status valid = validate(partner); !valid)
            return valid;
    }
    const QDateTime now = m_clock.nowUtc();
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    for (Partner &partner : saved) {
        if (Status written = write(partner, now); !written)
            return written;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    partners = saved;
    return {};
}

Status PartnerRepository::write(Partner &partner, const QDateTime &now)
{
    if (partner.id.isNull()) {
        partner.id = QUuid::createUuid();
        partner.createdUtc = now;
    }
    partner.updatedUtc = now;
    // Upsert on the seat: the first run inserts, editing the partners later updates in place.
    Result<QSqlQuery> written = sql::run(m_database.connection(),
                               QStringLiteral("INSERT INTO partners (id, seat, name, pronouns, colour, created_utc, updated_utc) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?) "
                                              "ON CONFLICT (seat) DO UPDATE SET name = excluded.name, "
                                              "pronouns = excluded.pronouns, colour = excluded.colour, "
                                              "updated_utc = excluded.updated_utc "
                                              "RETURNING id, created_utc"),
                               {sql::fromUuid(partner.id), partner.seat, partner.name, partner.pronouns, partner.colour,
                                sql::fromUtc(partner.createdUtc), sql::fromUtc(partner.updatedUtc)},
                               QCoreApplication::translate("Storage", "save %1").arg(partner.name));
    if (!written)
        return written.error();
    if (QSqlQuery &row = written.value(); row.next()) {
        partner.id = sql::toUuid(row.value(0));
        partner.createdUtc = sql::toUtc(row.value(1));
    }
    written.value().finish();
    return {};
}

} // namespace tend
