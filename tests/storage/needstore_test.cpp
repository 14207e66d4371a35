#include "databasefixture.h"

#include "needs/needstore.h"
#include "needs/weeklyneed.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

// What the store tells the window: changed() after every write, failed() with the message
// after every failure, never both.
class NeedStoreTest : public test::CoupleFixture
{
protected:
    void SetUp() override
    {
        CoupleFixture::SetUp();
        if (HasFatalFailure())
            return;
        store = std::make_unique<NeedStore>(*database, clock);
        changed = std::make_unique<QSignalSpy>(store.get(), &NeedStore::changed);
        failed = std::make_unique<QSignalSpy>(store.get(), &NeedStore::failed);
        ASSERT_TRUE(changed->isValid());
        ASSERT_TRUE(failed->isValid());
    }

    void TearDown() override
    {
        changed.reset();
        failed.reset();
        store.reset();
        DatabaseFixture::TearDown();
    }

    Need needBy(const Partner &partner, const QString &text) const
    {
        Need need;
        need.raisedBy = partner.id;
        need.text = text;
        return need;
    }

    // The one failure reported so far carries exactly the message returned to the caller.
    ::testing::AssertionResult reportedOnce(const Error &error) const
    {
        if (failed->count() != 1)
            return ::testing::AssertionFailure() << "failed() was emitted " << failed->count() << " times";
        const QString reported = failed->first().first().toString();
        if (reported != error.message || reported.isEmpty())
            return ::testing::AssertionFailure() << "reported \"" << reported.toStdString() << '"';
        return ::testing::AssertionSuccess();
    }

    std::unique_ptr<NeedStore> store;
    std::unique_ptr<QSignalSpy> changed;
    std::unique_ptr<QSignalSpy> failed;
};

TEST_F(NeedStoreTest, AnAddedNeedAnnouncesOneChange)
{
    Need need = needBy(sam, u"A slow Sunday"_s);
    ASSERT_TRUE(succeeded(store->add(need)));
    EXPECT_EQ(changed->count(), 1);
    EXPECT_EQ(failed->count(), 0);
    EXPECT_FALSE(need.id.isNull());

    Result<QList<Need>> needs = store->needs();
    ASSERT_TRUE(succeeded(needs));
    ASSERT_EQ(needs->size(), 1);
    EXPECT_EQ(needs->first(), need);
    EXPECT_EQ(changed->count(), 1) << "reading announces nothing";
}

TEST_F(NeedStoreTest, ARefusedNeedReportsTheMessageAndNoChange)
{
    Need first = needBy(sam, u"A slow Sunday"_s);
    ASSERT_TRUE(succeeded(store->add(first)));
    changed->clear();

    Need again = needBy(alex, u"a slow sunday"_s);
    const Status added = store->add(again);
    ASSERT_TRUE(refusedMentioning(added, {u"a slow sunday"_s}));
    EXPECT_EQ(changed->count(), 0);
    EXPECT_TRUE(reportedOnce(added.error()));
    EXPECT_EQ(rowCount(u"needs"_s), 1);
}

TEST_F(NeedStoreTest, AFailedWriteInTheDatabaseIsReportedToo)
{
    Need stranger = needBy(sam, u"From nobody"_s);
    stranger.raisedBy = QUuid::createUuid();
    const Status added = store->add(stranger);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(changed->count(), 0);
    EXPECT_TRUE(reportedOnce(added.error()));
}

TEST_F(NeedStoreTest, EveryOtherWriteAnnouncesItself)
{
    Need a = needBy(sam, u"A"_s);
    Need b = needBy(alex, u"B"_s);
    ASSERT_TRUE(succeeded(store->add(a)));
    ASSERT_TRUE(succeeded(store->add(b)));
    a.priority = NeedPriority::High;
    ASSERT_TRUE(succeeded(store->update(a)));
    ASSERT_TRUE(succeeded(store->saveOrder({b.id, a.id})));
    ASSERT_TRUE(succeeded(store->pickForWeek(weekStart(clock.today()), b.id)));
    ASSERT_TRUE(succeeded(store->remove(a.id)));
    ASSERT_TRUE(succeeded(store->restore(a.id)));
    EXPECT_EQ(changed->count(), 7);
    EXPECT_EQ(failed->count(), 0);

    Result<QUuid> picked = store->pickedForWeek(weekStart(clock.today()));
    ASSERT_TRUE(succeeded(picked));
    EXPECT_EQ(picked.value(), b.id);
    EXPECT_EQ(changed->count(), 7);
}

TEST_F(NeedStoreTest, EveryOtherFailedWriteIsReported)
{
    const QUuid unknown = QUuid::createUuid();
    Need missing = needBy(sam, u"Missing"_s);
    missing.id = unknown;
    const QList<Status> failures{store->update(missing), store->remove(unknown), store->restore(unknown),
                                 store->saveOrder({unknown}), store->pickForWeek(weekStart(clock.today()), unknown)};
    EXPECT_EQ(changed->count(), 0);
    ASSERT_EQ(failed->count(), failures.size());
    for (qsizetype i = 0; i < failures.size(); ++i) {
        SCOPED_TRACE(i);
        ASSERT_FALSE(failures[i].ok());
        EXPECT_EQ(failed->at(i).first().toString(), failures[i].error().message);
    }
}

TEST_F(NeedStoreTest, AFailedReadIsReported)
{
    ASSERT_TRUE(QSqlQuery(database->connection()).exec(u"DROP TABLE weekly_needs"_s));
    const Result<QUuid> picked = store->pickedForWeek(weekStart(clock.today()));
    ASSERT_FALSE(picked.ok());
    EXPECT_TRUE(reportedOnce(picked.error()));

    ASSERT_TRUE(QSqlQuery(database->connection()).exec(u"ALTER TABLE needs RENAME TO gone"_s));
    const Result<QList<Need>> needs = store->needs();
    ASSERT_FALSE(needs.ok());
    EXPECT_EQ(failed->count(), 2);
    EXPECT_EQ(failed->last().first().toString(), needs.error().message);
    EXPECT_EQ(changed->count(), 0);
}

} // namespace
} // namespace tend
