#pragma once

#include "clock.h"
#include "core/statusassertions.h"
#include "crypto/securebytes.h"
#include "crypto/vaultformat.h"
#include "demo/demohistory.h"
#include "filehelpers.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/datafolder.h"
#include "storage/needrepository.h"
#include "storage/partnerrepository.h"
#include "storage/preferencerepository.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace tend::test {

inline SecureBytes secret(const char *text)
{
    return SecureBytes::copyOf(QByteArrayView(text));
}

// The salt in a vault's header (crypto/vaultformat.h).
inline QByteArray saltOf(const QByteArray &vault)
{
    constexpr qsizetype SaltAt = 20;
    return vault.mid(SaltAt, VaultHeader::SaltSize);
}

// Every row of every table of `database`, as text, sorted: two databases hold the same data
// exactly when these are equal.
inline QStringList everyRow(const Database &database)
{
    const QSqlDatabase db = database.connection();
    QStringList tables;
    QSqlQuery schema(db);
    EXPECT_TRUE(schema.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")));
    while (schema.next())
        tables.append(schema.value(0).toString());
    QStringList rows;
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) << table.toStdString();
        while (query.next()) {
            QStringList values{table};
            for (int column = 0; column < query.record().count(); ++column) {
                const QVariant value = query.value(column);
                values.append(value.isNull() ? QStringLiteral("NULL")
                              : value.typeId() == QMetaType::QByteArray ? QString::fromLatin1(value.toByteArray().toHex())
                                                                        : value.toString());
            }
            rows.append(values.join(u'|'));
        }
    }
    rows.sort();
    return rows;
}

// What the repositories read back: partners, check-ins, needs and preferences.
struct Contents
{
    QList<Partner> partners;
    QList<CheckIn> checkIns;
    QList<Need> needs;
    QList<Preference> preferences;
    QStringList rows;
    bool operator==(const Contents &) const = default;
};

// A data folder with a sealed or plain Tend database in it, filled with a made-up history.
class SealedFolderFixture : public ::testing::Test
{
protected:
    static constexpr char Passphrase[] = "blanket fort on a rainy sunday";
    static constexpr char NewPassphrase[] = "hot chocolate under the stars";
    static inline const QByteArray Canary = "canary-7f3a9c tea and a long hug";

    void SetUp() override { ASSERT_TRUE(folder.isValid()); }

    QString vaultPath() const { return vaultPathIn(folder.path()); }
    QString plainPath() const { return databasePathIn(folder.path()); }

    std::unique_ptr<Database> createSealed(const char *passphrase = Passphrase)
    {
        Result<std::unique_ptr<Database>> created =
            Database::createSealed(vaultPath(), secret(passphrase), KeyDerivation::fastForTests());
        EXPECT_TRUE(succeeded(created));
        return created ? std::move(created).value() : nullptr;
    }

    std::unique_ptr<Database> openSealed(const char *passphrase = Passphrase)
    {
        Result<std::unique_ptr<Database>> opened = Database::openSealed(vaultPath(), secret(passphrase));
        EXPECT_TRUE(succeeded(opened));
        return opened ? std::move(opened).value() : nullptr;
    }

    std::unique_ptr<Database> openPlain()
    {
        Result<std::unique_ptr<Database>> opened = Database::open(plainPath());
        EXPECT_TRUE(succeeded(opened));
        return opened ? std::move(opened).value() : nullptr;
    }

    // Two months of check-ins, needs and preferences of both partners, and one check-in whose
    // note is the canary.
    void fillWithHistory(Database &database)
    {
        DemoOptions options;
        options.days = 60;
        options.needs = 6;
        ASSERT_TRUE(succeeded(fillDemoHistory(database, clock, options)));
        ASSERT_TRUE(succeeded(addCheckIn(database, QString::fromUtf8(Canary))));
    }

    Status addCheckIn(Database &database, const QString &note)
    {
        Result<QList<Partner>> partners = PartnerRepository(database, clock).all();
        if (!partners)
            return partners.error();
        if (partners->isEmpty())
            return Error{QStringLiteral("no partner to check in")};
        clock.advanceSeconds(1);
        CheckIn checkIn;
        checkIn.partnerId = partners->first().id;
        checkIn.atUtc = clock.nowUtc().addSecs(-60);
        checkIn.localDay = checkIn.atUtc.date();
        checkIn.note = note;
        return CheckInRepository(database, clock).add(checkIn);
    }

    Contents contentsOf(Database &database) const
    {
        Contents contents;
        Result<QList<Partner>> partners = PartnerRepository(database, clock).all();
        Result<QList<CheckIn>> checkIns = CheckInRepository(database, clock).all();
        Result<QList<Need>> needs = NeedRepository(database, clock).all();
        Result<QList<Preference>> preferences = PreferenceRepository(database, clock).all();
        EXPECT_TRUE(succeeded(partners) && succeeded(checkIns) && succeeded(needs) && succeeded(preferences));
        if (partners && checkIns && needs && preferences) {
            contents = {*partners, *checkIns, *needs, *preferences, everyRow(database)};
        }
        return contents;
    }

    // The folder's entries and their permission bits, e.g. "tend.vault 600".
    QStringList entriesWithModes() const
    {
        QStringList found;
        for (const QString &entry : entriesOf(folder.path()))
            found.append(entry + u' ' + QString::number(permissionBits(folder.filePath(entry)), 8));
        return found;
    }

    QTemporaryDir folder;
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(14, 23, 10), QTimeZone::utc())};
};

} // namespace tend::test
