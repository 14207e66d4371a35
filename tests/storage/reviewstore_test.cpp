#include "databasefixture.h"

#include "review/reviewstore.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

// What the store tells the window: changed() after every write, failed() with the message
// after every failure, never both.
class ReviewStoreTest : public test::DatabaseFixture
{
protected:
    void SetUp() override
    {
        DatabaseFixture::SetUp();
        if (HasFatalFailure())
            return;
        store = std::make_unique<ReviewStore>(*database, clock);
        changed = std::make_unique<QSignalSpy>(store.get(), &ReviewStore::changed);
        failed = std::make_unique<QSignalSpy>(store.get(), &ReviewStore::failed);
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

    static Review reviewOf(const QDate &start, const QDate &end)
    {
        Review review;
        review.periodStart = start;
        review.periodEnd = end;
        review.answers = {{u"What helped?"_s, u"Tea"_s}};
        return review;
    }

    // Every failure so far was reported once, with exactly the message returned to the caller.
    ::testing::AssertionResult reportedOnceEach(const QList<Error> &errors) const
    {
        if (failed->count() != errors.size())
            return ::testing::AssertionFailure() << "failed() was emitted " << failed->count() << " times";
        for (qsizetype i = 0; i < errors.size(); ++i) {
            const QString reported = failed->at(i).first().toString();
            if (reported.isEmpty() || reported != errors[i].message)
                return ::testing::AssertionFailure() << "reported \"" << reported.toStdString() << '"';
        }
        return ::testing::AssertionSuccess();
    }

    std::unique_ptr<ReviewStore> store;
    std::unique_ptr<QSignalSpy> changed;
    std::unique_ptr<QSignalSpy> failed;
};

TEST_F(ReviewStoreTest, EveryWriteAnnouncesOneChangeAndReadingAnnouncesNone)
{
    Review review = reviewOf(QDate(2026, 3, 1), QDate(2026, 3, 14));
    ASSERT_TRUE(succeeded(store->add(review)));
    EXPECT_EQ(changed->count(), 1);
    review.completedUtc = clock.nowUtc();
    ASSERT_TRUE(succeeded(store->update(review)));
    EXPECT_EQ(changed->count(), 2);
    ASSERT_TRUE(succeeded(store->remove(review.id)));
    EXPECT_EQ(changed->count(), 3);
    ASSERT_TRUE(succeeded(store->restore(review.id)));
    EXPECT_EQ(changed->count(), 4);

    Result<QList<Review>> all = store->all();
    ASSERT_TRUE(succeeded(all));
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().id, review.id);
    Result<std::optional<Review>> last = store->lastCompleted();
    ASSERT_TRUE(succeeded(last));
    ASSERT_TRUE(last->has_value());
    EXPECT_EQ(last.value()->id, review.id);
    ASSERT_TRUE(succeeded(store->forgetDeletedBefore(clock.nowUtc())));

    EXPECT_EQ(changed->count(), 4) << "reading and forgetting deleted reviews change nothing the couple sees";
    EXPECT_EQ(failed->count(), 0);
    EXPECT_EQ(&store->clock(), &clock);
}

TEST_F(ReviewStoreTest, ARefusedReviewIsReportedOnceAndAnnouncesNoChange)
{
    Review backwards = reviewOf(QDate(2026, 3, 14), QDate(2026, 3, 1));
    const Status added = store->add(backwards);
    ASSERT_TRUE(refusedMentioning(added, {u"end before it starts"_s}));
    EXPECT_EQ(changed->count(), 0);
    EXPECT_TRUE(reportedOnceEach({added.error()}));
    EXPECT_EQ(rowCount(u"reviews"_s), 0);
}

TEST_F(ReviewStoreTest, EveryFailedWriteIsReportedOnce)
{
    const QUuid unknown = QUuid::createUuid();
    Review missing = reviewOf(QDate(2026, 3, 1), QDate(2026, 3, 14));
    missing.id = unknown;
    const QList<Status> failures{store->update(missing), store->remove(unknown), store->restore(unknown)};
    QList<Error> errors;
    for (const Status &failure : failures) {
        ASSERT_FALSE(failure.ok());
        errors.append(failure.error());
    }
    EXPECT_EQ(changed->count(), 0);
    EXPECT_TRUE(reportedOnceEach(errors));
}

TEST_F(ReviewStoreTest, FailedReadsAndForgettingAreReported)
{
    ASSERT_TRUE(QSqlQuery(database->connection()).exec(u"ALTER TABLE reviews RENAME TO gone"_s));
    const Result<QList<Review>> all = store->all();
    const Result<std::optional<Review>> last = store->lastCompleted();
    const Status forgotten = store->forgetDeletedBefore(clock.nowUtc());
    ASSERT_FALSE(all.ok());
    ASSERT_FALSE(last.ok());
    ASSERT_FALSE(forgotten.ok());
    EXPECT_TRUE(reportedOnceEach({all.error(), last.error(), forgotten.error()}));
    EXPECT_EQ(changed->count(), 0);
}

} // namespace
} // namespace tend
