#include "databasefixture.h"

#include "storage/sqlitestatement.h"

#include <QSqlQuery>

#include <limits>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

class SqliteStatementTest : public test::DatabaseFixture
{
protected:
    Result<sql::SqliteStatement> prepare(const QString &statement, const QVariantList &values = {}) const
    {
        return sql::SqliteStatement::prepare(database->connection(), statement, values, u"read the samples"_s);
    }

    // Runs through Qt's own path, as Tend's writes do.
    bool execute(const QString &statement, const QVariantList &values = {}) const
    {
        QSqlQuery query(database->connection());
        if (!query.prepare(statement))
            return false;
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec();
    }

    void createSamples()
    {
        ASSERT_TRUE(execute(u"CREATE TABLE samples (word TEXT, number INTEGER, maybe INTEGER)"_s));
        ASSERT_TRUE(execute(u"INSERT INTO samples VALUES (?, ?, ?)"_s,
                            {u"Café ☕ 🌱 Ångström مرحبا"_s, 42, QVariant(QMetaType::fromType<int>())}));
        ASSERT_TRUE(execute(u"INSERT INTO samples VALUES (?, ?, ?)"_s, {u""_s, -7, 5}));
    }
};

TEST_F(SqliteStatementTest, ReadsWhatQtWroteOnTheSameConnection)
{
    createSamples();
    Result<sql::SqliteStatement> rows = prepare(u"SELECT word, number, maybe FROM samples ORDER BY rowid"_s);
    ASSERT_TRUE(succeeded(rows));
    sql::SqliteStatement &row = rows.value();

    ASSERT_TRUE(succeeded(row.next()));
    const QString word = u"Café ☕ 🌱 Ångström مرحبا"_s;
    EXPECT_EQ(row.text(0), word.toUtf8());
    EXPECT_EQ(row.string(0), word);
    EXPECT_EQ(row.integer(1), 42);
    EXPECT_FALSE(row.isNull(1));
    EXPECT_TRUE(row.isNull(2));
    EXPECT_TRUE(row.text(2).isNull());
    EXPECT_TRUE(row.string(2).isNull());

    Result<bool> second = row.next();
    ASSERT_TRUE(succeeded(second));
    EXPECT_TRUE(second.value());
    EXPECT_FALSE(row.isNull(0)) << "empty text is not NULL";
    EXPECT_TRUE(row.string(0).isEmpty());
    EXPECT_EQ(row.integer(1), -7);
    EXPECT_EQ(row.integer(2), 5);

    Result<bool> end = row.next();
    ASSERT_TRUE(succeeded(end));
    EXPECT_FALSE(end.value());
}

TEST_F(SqliteStatementTest, BindsValuesInOrderAndANullStringAsEmptyText)
{
    Result<sql::SqliteStatement> rows = prepare(u"SELECT ?, ?, ?, ?, ?, typeof(?)"_s,
                                                {u"tea"_s, 7, QVariant(QMetaType::fromType<int>()), QString(), 2.5,
                                                 qint64(1) << 40});
    ASSERT_TRUE(succeeded(rows));
    sql::SqliteStatement &row = rows.value();
    Result<bool> first = row.next();
    ASSERT_TRUE(succeeded(first));
    ASSERT_TRUE(first.value());
    EXPECT_EQ(row.string(0), u"tea"_s);
    EXPECT_EQ(row.integer(1), 7);
    EXPECT_TRUE(row.isNull(2));
    EXPECT_FALSE(row.isNull(3));
    EXPECT_EQ(row.string(3), u""_s);
    EXPECT_EQ(row.string(4), u"2.5"_s);
    EXPECT_EQ(row.string(5), u"integer"_s);
}

TEST_F(SqliteStatementTest, ForEachRowVisitsEveryRowOnce)
{
    Result<sql::SqliteStatement> rows =
        prepare(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) SELECT i FROM n"_s);
    ASSERT_TRUE(succeeded(rows));
    long long sum = 0;
    int visits = 0;
    const Status read = rows.value().forEachRow([&](const sql::SqliteStatement &row) {
        sum += row.integer(0);
        ++visits;
    });
    ASSERT_TRUE(succeeded(read));
    EXPECT_EQ(visits, 1000);
    EXPECT_EQ(sum, 500500);
}

TEST_F(SqliteStatementTest, AMissingTableIsRefusedNamingTheActionAndTheReason)
{
    Result<sql::SqliteStatement> rows = prepare(u"SELECT word FROM nowhere"_s);
    EXPECT_TRUE(refusedMentioning(rows, {u"read the samples"_s, u"no such table"_s, u"nowhere"_s}));
}

TEST_F(SqliteStatementTest, AFailureWhileSteppingIsAnErrorNotTheEnd)
{
    Result<sql::SqliteStatement> rows = prepare(u"SELECT abs(?)"_s, {std::numeric_limits<qint64>::min()});
    ASSERT_TRUE(succeeded(rows));
    bool visited = false;
    const Status read = rows.value().forEachRow([&](const sql::SqliteStatement &) { visited = true; });
    EXPECT_TRUE(refusedMentioning(read, {u"read the samples"_s, u"integer overflow"_s}));
    EXPECT_FALSE(visited);
}

TEST_F(SqliteStatementTest, AConnectionThatIsNotOpenIsRefused)
{
    const Result<sql::SqliteStatement> rows =
        sql::SqliteStatement::prepare(QSqlDatabase(), u"SELECT 1"_s, {}, u"read the samples"_s);
    EXPECT_TRUE(refusedMentioning(rows, {u"read the samples"_s, u"not open"_s}));
}

// SQLite refuses to drop a table while a statement on the same connection still reads it,
// so a statement left unfinalized shows here.
TEST_F(SqliteStatementTest, FinalizesWhenItGoesEvenHalfWayThrough)
{
    createSamples();
    {
        Result<sql::SqliteStatement> rows = prepare(u"SELECT word FROM samples"_s);
        ASSERT_TRUE(succeeded(rows));
        ASSERT_TRUE(succeeded(rows.value().next()));
        EXPECT_FALSE(execute(u"DROP TABLE samples"_s)) << "the statement should still be reading";
        // A moved-from statement must leave the statement to its new owner.
        sql::SqliteStatement moved(std::move(rows).value());
    }
    EXPECT_TRUE(execute(u"DROP TABLE samples"_s));
}

TEST_F(SqliteStatementTest, FinalizesTheStatementItIsAssignedOver)
{
    createSamples();
    Result<sql::SqliteStatement> rows = prepare(u"SELECT word FROM samples"_s);
    ASSERT_TRUE(succeeded(rows));
    ASSERT_TRUE(succeeded(rows.value().next()));
    Result<sql::SqliteStatement> other = prepare(u"SELECT 1"_s);
    ASSERT_TRUE(succeeded(other));
    rows.value() = std::move(other).value();
    EXPECT_TRUE(execute(u"DROP TABLE samples"_s));
    Result<bool> row = rows.value().next();
    ASSERT_TRUE(succeeded(row));
    EXPECT_TRUE(row.value());
    EXPECT_EQ(rows.value().integer(0), 1);
}

} // namespace
} // namespace tend
