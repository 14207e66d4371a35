#include "databasefixture.h"

#include "storage/checkinrepository.h"
#include "storage/sqlquery.h"
#include "storage/writetransaction.h"

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

class WriteTransactionTest : public test::DatabaseFixture
{
protected:
    Status insertPartner(int seat, const QString &name)
    {
        return sql::exec(database->connection(),
                         u"INSERT INTO partners (id, seat, name, colour, created_utc, updated_utc) "
                         "VALUES (?, ?, ?, '#000000', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"_s,
                         {QUuid::createUuid().toString(QUuid::WithoutBraces), seat, name}, u"save a partner"_s);
    }

    CheckIn checkInBy(const QUuid &partnerId, int minute) const
    {
        CheckIn checkIn;
        checkIn.partnerId = partnerId;
        checkIn.atUtc = QDateTime(QDate(2026, 3, 14), QTime(20, minute), QTimeZone::utc());
        checkIn.localDay = QDate(2026, 3, 14);
        return checkIn;
    }
};

TEST_F(WriteTransactionTest, CommittedWritesStay)
{
    {
        WriteTransaction transaction(*database);
        ASSERT_TRUE(succeeded(transaction.started()));
        ASSERT_TRUE(succeeded(insertPartner(1, u"Sam"_s)));
        ASSERT_TRUE(succeeded(transaction.commit()));
    }
    EXPECT_EQ(rowCount(u"partners"_s), 1);
    reopen();
    EXPECT_EQ(rowCount(u"partners"_s), 1);
}

TEST_F(WriteTransactionTest, DestroyedWithoutCommitRollsBack)
{
    {
        WriteTransaction transaction(*database);
        ASSERT_TRUE(succeeded(transaction.started()));
        ASSERT_TRUE(succeeded(insertPartner(1, u"Sam"_s)));
        ASSERT_TRUE(succeeded(insertPartner(2, u"Alex"_s)));
        EXPECT_EQ(rowCount(u"partners"_s), 2) << "visible inside the transaction";
    }
    EXPECT_EQ(rowCount(u"partners"_s), 0);
    // The connection is usable again: the transaction really ended.
    ASSERT_TRUE(succeeded(insertPartner(1, u"Sam"_s)));
    EXPECT_EQ(rowCount(u"partners"_s), 1);
    reopen();
    EXPECT_EQ(rowCount(u"partners"_s), 1);
}

TEST_F(WriteTransactionTest, CommittingTwiceIsRefused)
{
    WriteTransaction transaction(*database);
    ASSERT_TRUE(succeeded(transaction.started()));
    ASSERT_TRUE(succeeded(transaction.commit()));
    EXPECT_TRUE(refusedMentioning(transaction.commit(), {u"already finished"_s}));
}

TEST_F(WriteTransactionTest, ANestedTransactionFailsToStartWithoutEndingTheOuterOne)
{
    WriteTransaction outer(*database);
    ASSERT_TRUE(succeeded(outer.started()));
    ASSERT_TRUE(succeeded(insertPartner(1, u"Sam"_s)));
    {
        WriteTransaction inner(*database);
        EXPECT_TRUE(refusedMentioning(inner.started(), {u"transaction"_s}));
        EXPECT_FALSE(inner.commit().ok());
    }
    ASSERT_TRUE(succeeded(outer.commit()));
    EXPECT_EQ(rowCount(u"partners"_s), 1);
}

TEST_F(WriteTransactionTest, TakesTheWriteLockAtOnce)
{
    WriteTransaction transaction(*database);
    ASSERT_TRUE(succeeded(transaction.started()));
    // Another connection cannot start writing while Tend holds BEGIN IMMEDIATE.
    const QString name = u"second-writer"_s;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        other.setDatabaseName(path);
        other.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
        ASSERT_TRUE(other.open());
        QSqlQuery begin(other);
        EXPECT_FALSE(begin.exec(u"BEGIN IMMEDIATE"_s));
        EXPECT_TRUE(begin.lastError().databaseText().contains(u"locked"_s)) << begin.lastError().text().toStdString();
        begin.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(WriteTransactionTest, AFailureMidwayInABatchLeavesNothingWritten)
{
    const auto [sam, alex] = savePartners();
    CheckInRepository repository(*database, clock);
    QList<CheckIn> batch{checkInBy(sam.id, 1), checkInBy(QUuid::createUuid(), 2), checkInBy(alex.id, 3)};
    const QList<CheckIn> given = batch;

    EXPECT_TRUE(refusedMentioning(repository.addAll(batch), {u"save the check-in"_s, u"FOREIGN KEY"_s}));
    EXPECT_EQ(rowCount(u"check_ins"_s), 0);
    Result<int> count = repository.count();
    ASSERT_TRUE(succeeded(count));
    EXPECT_EQ(count.value(), 0);
    for (qsizetype i = 0; i < batch.size(); ++i) {
        EXPECT_TRUE(batch[i].id.isNull()) << "the caller's check-in " << i << " was changed";
        EXPECT_FALSE(batch[i].createdUtc.isValid());
    }

    // Nothing is left half-open: the next write works.
    QList<CheckIn> good{checkInBy(sam.id, 4)};
    ASSERT_TRUE(succeeded(repository.addAll(good)));
    EXPECT_EQ(rowCount(u"check_ins"_s), 1);
}

TEST_F(WriteTransactionTest, AFailingActLeavesTheCheckInUnwrittenToo)
{
    const auto [sam, alex] = savePartners();
    CheckIn checkIn = checkInBy(sam.id, 5);
    checkIn.actsReceived = {QUuid::createUuid()};
    EXPECT_TRUE(refusedMentioning(CheckInRepository(*database, clock).add(checkIn), {u"FOREIGN KEY"_s}));
    EXPECT_EQ(rowCount(u"check_ins"_s), 0);
    EXPECT_EQ(rowCount(u"check_in_acts"_s), 0);
}

TEST_F(WriteTransactionTest, ASuccessfulBatchFillsIdsAndTimestamps)
{
    const auto [sam, alex] = savePartners();
    clock.advanceSeconds(42);
    QList<CheckIn> batch{checkInBy(sam.id, 1), checkInBy(alex.id, 2)};
    const QUuid chosen = QUuid::createUuid();
    batch[1].id = chosen;
    ASSERT_TRUE(succeeded(CheckInRepository(*database, clock).addAll(batch)));
    EXPECT_FALSE(batch[0].id.isNull());
    EXPECT_EQ(batch[1].id, chosen) << "an id given by the caller (an import) is kept";
    for (const CheckIn &checkIn : batch) {
        EXPECT_EQ(checkIn.createdUtc, Start.addSecs(42));
        EXPECT_EQ(checkIn.updatedUtc, Start.addSecs(42));
    }
    EXPECT_EQ(scalar(u"SELECT created_utc FROM check_ins WHERE id = ?"_s, {chosen.toString(QUuid::WithoutBraces)}),
              QVariant(u"2026-03-14T20:16:12.250Z"_s));
}

} // namespace
} // namespace tend
