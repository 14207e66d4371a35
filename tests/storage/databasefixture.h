#pragma once

#include "clock.h"
#include "core/statusassertions.h"
#include "filehelpers.h"
#include "storage/actrepository.h"
#include "storage/database.h"
#include "storage/partnerrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <memory>
#include <tuple>

namespace tend::test {

// A fresh Tend database in its own temporary folder for every test, and a clock that only
// moves when the test says so.
class DatabaseFixture : public ::testing::Test
{
protected:
    static inline const QDateTime Start{QDate(2026, 3, 14), QTime(20, 15, 30, 250), QTimeZone::utc()};

    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        path = folder.filePath(QStringLiteral("tend.sqlite"));
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        ASSERT_TRUE(succeeded(opened));
        database = std::move(opened).value();
    }

    void TearDown() override { database.reset(); }

    // Closes the database (checkpointing the WAL into the file) and opens it again.
    void reopen()
    {
        database.reset();
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        ASSERT_TRUE(succeeded(opened));
        database = std::move(opened).value();
    }

    // Both partners, saved; most rows need them.
    std::pair<Partner, Partner> savePartners()
    {
        Partner first;
        first.seat = 1;
        first.name = QStringLiteral("Sam");
        first.pronouns = QStringLiteral("they/them");
        first.colour = QStringLiteral("#336699");
        Partner second;
        second.seat = 2;
        second.name = QStringLiteral("Alex");
        second.colour = QStringLiteral("#cc6633");
        PartnerRepository partners(*database, clock);
        EXPECT_TRUE(succeeded(partners.save(first)));
        EXPECT_TRUE(succeeded(partners.save(second)));
        return {first, second};
    }

    // One value straight from SQL, bypassing the repositories; invalid if the statement failed.
    QVariant scalar(const QString &statement, const QVariantList &values = {}) const
    {
        QSqlQuery query(database->connection());
        if (!query.prepare(statement))
            return {};
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    // -1 when the table cannot be read, so a missing table never passes for an empty one.
    int rowCount(const QString &table) const
    {
        const QVariant count = scalar(QStringLiteral("SELECT count(*) FROM ") + table);
        return count.isValid() ? count.toInt() : -1;
    }

    QTemporaryDir folder;
    QString path;
    ManualClock clock{Start};
    std::unique_ptr<Database> database;
};

// A fresh database with both partners saved (Sam in seat 1, Alex in seat 2) and the active act
// catalogue read back, for tests of the rows that belong to a partner or an act.
class CoupleFixture : public DatabaseFixture
{
protected:
    void SetUp() override
    {
        DatabaseFixture::SetUp();
        if (HasFatalFailure())
            return;
        std::tie(sam, alex) = savePartners();
        Result<QList<AftercareAct>> all = ActRepository(*database, clock).all();
        ASSERT_TRUE(succeeded(all));
        // The tests pick from the first few acts of the built-in catalogue.
        ASSERT_GE(all->size(), 4);
        acts = all.value();
    }

    Partner sam;
    Partner alex;
    QList<AftercareAct> acts;
};

} // namespace tend::test
