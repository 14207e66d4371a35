#include "settingsrepository.h"

#include "clock.h"
#include "database.h"
#include "sqlquery.h"
#include "sqlvalues.h"
#include "texts.h"
#include "writetransaction.h"

#include <QUuid>

namespace tend {

Result<bool> SettingsRepository::flag(const QString &key, bool fallback) const
{
    Result<QSqlQuery> query = sql::run(m_database.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                       {key}, StorageText::tr("read the settings"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    return q.next() ? q.value(0).toString() == QLatin1String("1") : fallback;
}

Status SettingsRepository::setFlag(const QString &key, bool value)
{
    const QVariant now = sql::fromUtc(m_clock.nowUtc());
    WriteTransaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    if (Status written = sql::exec(m_database.connection(),
                                   QStringLiteral("INSERT INTO settings (id, key, value, created_utc, updated_utc) "
                                                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                                                  "value = excluded.value, updated_utc = excluded.updated_utc"),
                                   {sql::fromUuid(QUuid::createUuid()), key,
                                    value ? QStringLiteral("1") : QStringLiteral("0"), now, now},
                                   StorageText::tr("save the settings"));
        !written)
        return written;
    return transaction.commit();
}

} // namespace tend
