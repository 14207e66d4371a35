#include "databasefixture.h"

#include "storage/actrepository.h"
#include "storage/migration.h"
#include "storage/needrepository.h"

#include <QMap>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;
using test::DatabaseFixture;

// The tables each built-in step creates. A new migration needs an entry here.
const QMap<int, QStringList> &tablesOfStep()
{
    static const QMap<int, QStringList> tables{
        {1, {u"partners"_s}},
        {2, {u"aftercare_acts"_s}},
        {3, {u"check_ins"_s, u"check_in_acts"_s}},
        {4, {u"needs"_s}},
        {5, {u"preferences"_s, u"preference_forms"_s, u"settings"_s}},
        {6, {u"weekly_needs"_s}},
        {7, {u"check_ins_by_time"_s}}, // an index
        {8, {u"reviews"_s, u"reviews_by_period"_s, u"review_answers"_s}},
    };
    return tables;
}

QStringList tablesIn(const Database &database)
{
    QStringList tables;
    QSqlQuery query(database.connection());
    if (query.exec(u"SELECT name FROM sqlite_schema WHERE type IN ('table', 'index') ORDER BY name"_s)) {
        while (query.next())
            tables.append(query.value(0).toString());
    }
    return tables;
}

TEST(BuiltInMigrations, AreNumberedFromOneWithoutGaps)
{
    const QList<Migration> &migrations = builtInMigrations();
    ASSERT_FALSE(migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        EXPECT_EQ(migrations[i].version, i + 1);
        EXPECT_FALSE(migrations[i].sql.trimmed().isEmpty());
    }
    EXPECT_EQ(latestVersion(migrations), migrations.size());
    EXPECT_EQ(latestVersion({}), 0);
}

TEST(BuiltInMigrations, EveryStepIsKnownToTheseTests)
{
    EXPECT_EQ(tablesOfStep().size(), builtInMigrations().size());
    EXPECT_EQ(tablesOfStep().lastKey(), latestVersion(builtInMigrations()));
}

class MigrationStep : public ::testing::TestWithParam<int>
{
};

TEST_P(MigrationStep, TakesAFreshFileToItsVersionWithItsTables)
{
    const int steps = GetParam();
    ASSERT_LE(steps, builtInMigrations().size());
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());

    Result<std::unique_ptr<Database>> opened =
        Database::open(folder.filePath(u"tend.sqlite"_s), builtInMigrations().mid(0, steps));
    ASSERT_TRUE(succeeded(opened));
    const Database &database = *opened.value();
    EXPECT_EQ(database.schemaVersion(), steps);

    const QStringList tables = tablesIn(database);
    for (auto step = tablesOfStep().cbegin(); step != tablesOfStep().cend(); ++step) {
        for (const QString &table : step.value()) {
            const bool expected = step.key() <= steps;
            EXPECT_EQ(tables.contains(table), expected)
                << table.toStdString() << (expected ? " missing" : " already there") << " after step " << steps;
        }
    }
    // Step 2's temporary seed table is gone once the step is done.
    EXPECT_FALSE(tables.contains(u"seed"_s));
}

INSTANTIATE_TEST_SUITE_P(BuiltIn, MigrationStep, ::testing::Range(1, 9));

TEST(Migration, UpgradesAnOlderDatabaseAndKeepsItsData)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(u"tend.sqlite"_s);
    ManualClock clock(QDateTime(QDate(2026, 1, 2), QTime(8, 0), QTimeZone::utc()));
    Partner partner;
    partner.name = u"Robin"_s;
    partner.colour = u"#112233"_s;
    {
        Result<std::unique_ptr<Database>> version1 = Database::open(path, builtInMigrations().mid(0, 1));
        ASSERT_TRUE(succeeded(version1));
        ASSERT_EQ(version1.value()->schemaVersion(), 1);
        PartnerRepository partners(*version1.value(), clock);
        ASSERT_TRUE(succeeded(partners.save(partner)));
    }

    Result<std::unique_ptr<Database>> latest = Database::open(path);
    ASSERT_TRUE(succeeded(latest));
    Database &database = *latest.value();
    EXPECT_EQ(database.schemaVersion(), latestVersion(builtInMigrations()));
    Result<QList<Partner>> partners = PartnerRepository(database, clock).all();
    ASSERT_TRUE(succeeded(partners));
    ASSERT_EQ(partners->size(), 1);
    EXPECT_EQ(partners->first().id, partner.id);
    EXPECT_EQ(partners->first().name, u"Robin"_s);
    Result<QList<AftercareAct>> acts = ActRepository(database, clock).all();
    ASSERT_TRUE(succeeded(acts));
    EXPECT_FALSE(acts->isEmpty());
}

TEST(Migration, Step6KeepsTheNeedsAndMarksNoneDiscussed)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(u"tend.sqlite"_s);
    ManualClock clock(QDateTime(QDate(2026, 1, 2), QTime(8, 0), QTimeZone::utc()));
    Partner partner;
    partner.name = u"Robin"_s;
    partner.colour = u"#112233"_s;
    const QString needId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        Result<std::unique_ptr<Database>> version5 = Database::open(path, builtInMigrations().mid(0, 5));
        ASSERT_TRUE(succeeded(version5));
        ASSERT_TRUE(succeeded(PartnerRepository(*version5.value(), clock).save(partner)));
        QSqlQuery insert(version5.value()->connection());
        ASSERT_TRUE(insert.prepare(u"INSERT INTO needs (id, raised_by, text, created_utc, updated_utc) "
                                   "VALUES (?, ?, 'Slow mornings', '2026-01-01T08:00:00.000Z', "
                                   "'2026-01-01T08:00:00.000Z')"_s));
        insert.addBindValue(needId);
        insert.addBindValue(partner.id.toString(QUuid::WithoutBraces));
        ASSERT_TRUE(insert.exec());
    }

    Result<std::unique_ptr<Database>> latest = Database::open(path);
    ASSERT_TRUE(succeeded(latest));
    Result<QList<Need>> needs = NeedRepository(*latest.value(), clock).all();
    ASSERT_TRUE(succeeded(needs));
    ASSERT_EQ(needs->size(), 1);
    EXPECT_EQ(needs->first().id, QUuid::fromString(needId));
    EXPECT_EQ(needs->first().text, u"Slow mornings"_s);
    EXPECT_FALSE(needs->first().discussedUtc.isValid());
}

using Reopening = DatabaseFixture;

TEST_F(Reopening, KeepsDataAndVersionAndDoesNotRunStepsAgain)
{
    const auto [first, second] = savePartners();
    const int acts = rowCount(u"aftercare_acts"_s);
    ASSERT_GT(acts, 0);

    reopen();
    EXPECT_EQ(database->schemaVersion(), latestVersion(builtInMigrations()));
    EXPECT_EQ(rowCount(u"aftercare_acts"_s), acts);
    Result<QList<Partner>> partners = PartnerRepository(*database, clock).all();
    ASSERT_TRUE(succeeded(partners));
    ASSERT_EQ(partners->size(), 2);
    EXPECT_EQ(partners->at(0).id, first.id);
    EXPECT_EQ(partners->at(1).id, second.id);
}

TEST_F(Reopening, ANewerDatabaseIsRefusedAndLeftByteForByteUnchanged)
{
    savePartners();
    const int newer = latestVersion(builtInMigrations()) + 1;
    QSqlQuery(database->connection()).exec(u"PRAGMA user_version = %1"_s.arg(newer));
    ASSERT_EQ(database->schemaVersion(), newer);
    database.reset();

    const QByteArray before = test::sha256Of(path);
    const QStringList entriesBefore = test::entriesOf(folder.path());
    ASSERT_EQ(entriesBefore, QStringList({u"tend.sqlite"_s}));

    Result<std::unique_ptr<Database>> opened = Database::open(path);
    EXPECT_TRUE(refusedMentioning(opened, {u"newer version"_s, QString::number(newer), u"untouched"_s}));
    EXPECT_EQ(test::sha256Of(path), before);
    EXPECT_EQ(test::entriesOf(folder.path()), entriesBefore);

    // Still refused the second time: nothing was half-done the first time.
    EXPECT_TRUE(refusedMentioning(Database::open(path), {u"newer version"_s}));
    EXPECT_EQ(test::sha256Of(path), before);
}

TEST(Migration, AFailedStepIsRolledBackEntirelyAndItsErrorSurfaced)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(u"tend.sqlite"_s);
    const QList<Migration> broken{
        {1, u"CREATE TABLE first_step (x INTEGER);"_s},
        {2, u"CREATE TABLE second_step (y INTEGER);\nINSERT INTO first_step VALUES (1);\n"
            "INSERT INTO no_such_table VALUES (1);"_s},
    };

    Result<std::unique_ptr<Database>> opened = Database::open(path, broken);
    EXPECT_TRUE(refusedMentioning(opened, {u"version 2"_s, u"no_such_table"_s}));

    Result<std::unique_ptr<Database>> atOne = Database::open(path, broken.mid(0, 1));
    ASSERT_TRUE(succeeded(atOne));
    EXPECT_EQ(atOne.value()->schemaVersion(), 1);
    const QStringList tables = tablesIn(*atOne.value());
    EXPECT_TRUE(tables.contains(u"first_step"_s));
    EXPECT_FALSE(tables.contains(u"second_step"_s));
    QSqlQuery rows(atOne.value()->connection());
    ASSERT_TRUE(rows.exec(u"SELECT count(*) FROM first_step"_s) && rows.next());
    EXPECT_EQ(rows.value(0).toInt(), 0) << "the insert of the failed step was kept";
    rows.finish();
    atOne.value().reset();

    // Once the step is fixed, the same file moves on to version 2.
    QList<Migration> fixed = broken;
    fixed[1].sql = u"CREATE TABLE second_step (y INTEGER);"_s;
    Result<std::unique_ptr<Database>> atTwo = Database::open(path, fixed);
    ASSERT_TRUE(succeeded(atTwo));
    EXPECT_EQ(atTwo.value()->schemaVersion(), 2);
    EXPECT_TRUE(tablesIn(*atTwo.value()).contains(u"second_step"_s));
}

TEST(Migration, AStepMayDropATableOfAnEarlierStep)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(u"tend.sqlite"_s);
    const QList<Migration> steps{
        {1, u"CREATE TABLE old_shape (x INTEGER); INSERT INTO old_shape VALUES (7);"_s},
        {2, u"CREATE TABLE new_shape (x INTEGER); INSERT INTO new_shape SELECT x FROM old_shape; DROP TABLE old_shape;"_s},
    };
    ASSERT_TRUE(succeeded(Database::open(path, steps.mid(0, 1))));

    Result<std::unique_ptr<Database>> upgraded = Database::open(path, steps);
    ASSERT_TRUE(succeeded(upgraded));
    EXPECT_EQ(upgraded.value()->schemaVersion(), 2);
    const QStringList tables = tablesIn(*upgraded.value());
    EXPECT_FALSE(tables.contains(u"old_shape"_s));
    EXPECT_TRUE(tables.contains(u"new_shape"_s));
}

TEST(Migration, ASyntaxErrorInTheFirstStepLeavesVersionZero)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(u"tend.sqlite"_s);
    Result<std::unique_ptr<Database>> opened =
        Database::open(path, {{1, u"CREATE TABLE good (x); CREAT TABLE typo (y);"_s}});
    EXPECT_TRUE(refusedMentioning(opened, {u"version 1"_s, u"syntax error"_s}));
    EXPECT_EQ(test::readOnPlainConnection(path, u"PRAGMA user_version"_s).toInt(), 0);
    EXPECT_EQ(test::readOnPlainConnection(path, u"SELECT count(*) FROM sqlite_schema"_s).toInt(), 0);
}

using OpenedDatabase = DatabaseFixture;

TEST_F(OpenedDatabase, CarriesTheTendApplicationId)
{
    EXPECT_EQ(scalar(u"PRAGMA application_id"_s).toInt(), TendApplicationId);
    database.reset();
    // Bytes 68–71 of the SQLite header, big-endian: "Tend".
    EXPECT_EQ(test::readAll(path).mid(68, 4), QByteArray("Tend"));
}

TEST_F(OpenedDatabase, UsesForeignKeysWalAndFullSync)
{
    EXPECT_EQ(scalar(u"PRAGMA foreign_keys"_s).toInt(), 1);
    EXPECT_EQ(scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    EXPECT_EQ(scalar(u"PRAGMA synchronous"_s).toInt(), 2);
    EXPECT_EQ(scalar(u"PRAGMA temp_store"_s).toInt(), 2) << "temporary tables and sorts stay in memory";
}

TEST_F(OpenedDatabase, IsAtTheLatestVersion)
{
    EXPECT_EQ(database->schemaVersion(), latestVersion(builtInMigrations()));
    EXPECT_EQ(database->filePath(), path);
}

} // namespace
} // namespace tend
