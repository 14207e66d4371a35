#include "databasefixture.h"

#include "review/reviewrepository.h"

#include <gtest/gtest.h>

namespace tend {

// Readable failures: a review printed as its period, state and words. Static, so another
// suite may print reviews its own way.
static void PrintTo(const Review &review, std::ostream *os)
{
    *os << "Review " << review.id.toString(QUuid::WithoutBraces).toStdString() << ' '
        << review.periodStart.toString(Qt::ISODate).toStdString() << ".."
        << review.periodEnd.toString(Qt::ISODate).toStdString() << (review.isDone() ? " done" : " in progress")
        << " notes \"" << review.notes.toStdString() << "\" agreements \"" << review.agreements.toStdString() << "\" "
        << review.answers.size() << " answers";
}

namespace {

using namespace Qt::StringLiterals;

class ReviewRepositoryTest : public test::DatabaseFixture
{
protected:
    ReviewRepository repository() const { return ReviewRepository(*database, clock); }

    QList<Review> stored() const
    {
        Result<QList<Review>> reviews = repository().all();
        EXPECT_TRUE(succeeded(reviews));
        return reviews ? reviews.value() : QList<Review>();
    }

    std::optional<Review> lastCompleted() const
    {
        Result<std::optional<Review>> last = repository().lastCompleted();
        EXPECT_TRUE(succeeded(last));
        return last ? last.value() : std::nullopt;
    }

    static Review reviewOf(const QDate &start, const QDate &end, const QString &notes = {})
    {
        Review review;
        review.periodStart = start;
        review.periodEnd = end;
        review.notes = notes;
        return review;
    }

    Review doneReviewOf(const QDate &start, const QDate &end) const
    {
        Review review = reviewOf(start, end);
        review.completedUtc = clock.nowUtc();
        return review;
    }

    bool exec(const QString &statement) const { return QSqlQuery(database->connection()).exec(statement); }
};

TEST_F(ReviewRepositoryTest, IsEmptyAtFirst)
{
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_FALSE(lastCompleted().has_value());
}

TEST_F(ReviewRepositoryTest, AReviewWithItsAnswersIsReadBackExactly)
{
    Review review = reviewOf(QDate(2026, 3, 1), QDate(2026, 3, 14),
                             u"Wir haben über den Winter gesprochen 🌙\nand about Sunday mornings.\n\n— Sam & Alex"_s);
    review.agreements = u"Ask first, every time.\nMore quiet evenings: two a week."_s;
    review.answers = {{u"What helped most this fortnight?"_s, u"The blanket and the tea ☕"_s},
                      {u"Which day felt far apart?"_s, u"Tuesday.\nWe were both tired."_s},
                      {u"What would you like more of?"_s, u"Holding hands"_s}};
    review.completedUtc = QDateTime(QDate(2026, 3, 14), QTime(21, 30, 0, 125), QTimeZone::utc());

    ASSERT_TRUE(succeeded(repository().add(review)));
    EXPECT_FALSE(review.id.isNull());
    EXPECT_EQ(review.createdUtc, Start);
    EXPECT_EQ(review.updatedUtc, Start);
    EXPECT_EQ(rowCount(u"review_answers"_s), 3);

    reopen();
    const QList<Review> read = stored();
    ASSERT_EQ(read.size(), 1);
    EXPECT_EQ(read.first(), review);
    ASSERT_EQ(read.first().answers.size(), 3);
    EXPECT_EQ(read.first().answers[1].answer, u"Tuesday.\nWe were both tired."_s) << "asked second, read second";
    EXPECT_TRUE(read.first().isDone());
}

TEST_F(ReviewRepositoryTest, AReviewInProgressHasNoCompletionTime)
{
    Review review = reviewOf(QDate(2026, 3, 1), QDate(2026, 3, 14));
    ASSERT_TRUE(succeeded(repository().add(review)));
    EXPECT_TRUE(scalar(u"SELECT completed_utc FROM reviews"_s).isNull());
    ASSERT_EQ(stored().size(), 1);
    EXPECT_FALSE(stored().first().isDone());
    EXPECT_EQ(stored().first(), review);
}

TEST_F(ReviewRepositoryTest, SpacesAroundTheWordsAreTrimmedAndGivenTimesKept)
{
    const QDateTime created(QDate(2026, 2, 1), QTime(9, 0), QTimeZone::utc());
    Review review = reviewOf(QDate(2026, 2, 1), QDate(2026, 2, 28), u"  \n Notes \n "_s);
    review.createdUtc = created;
    review.answers = {{u"  A question? "_s, u"\tAn answer  "_s}};
    ASSERT_TRUE(succeeded(repository().add(review)));
    EXPECT_EQ(review.notes, u"Notes"_s);
    EXPECT_EQ(review.answers.first(), (ReviewAnswer{u"A question?"_s, u"An answer"_s}));
    EXPECT_EQ(review.createdUtc, created);
    EXPECT_EQ(review.updatedUtc, Start);
    EXPECT_EQ(stored().first(), review);
}

TEST_F(ReviewRepositoryTest, AnInvalidReviewIsRefusedWithTheReasonAndNothingIsWritten)
{
    Review backwards = reviewOf(QDate(2026, 3, 14), QDate(2026, 3, 1));
    backwards.answers = {{u"Question"_s, u"Answer"_s}};
    EXPECT_TRUE(refusedMentioning(repository().add(backwards), {u"end before it starts"_s}));
    EXPECT_TRUE(backwards.id.isNull()) << "the caller's review is left as it was";

    Review emptyAnswer = reviewOf(QDate(2026, 3, 1), QDate(2026, 3, 14));
    emptyAnswer.answers = {{u"Fine question"_s, u"Fine answer"_s}, {u"Skipped?"_s, u"   "_s}};
    EXPECT_TRUE(refusedMentioning(repository().add(emptyAnswer), {u"Skipped?"_s, u"empty"_s}));

    Review longNotes = reviewOf(QDate(2026, 3, 1), QDate(2026, 3, 14), QString(MaxReviewNotesLength + 1, u'x'));
    EXPECT_TRUE(refusedMentioning(repository().add(longNotes), {QString::number(MaxReviewNotesLength)}));

    EXPECT_EQ(rowCount(u"reviews"_s), 0);
    EXPECT_EQ(rowCount(u"review_answers"_s), 0);
}

TEST_F(ReviewRepositoryTest, AnInvalidUpdateChangesNothing)
{
    Review review = reviewOf(QDate(2026, 3, 1), QDate(2026, 3, 14), u"Kept"_s);
    review.answers = {{u"Question"_s, u"Kept answer"_s}};
    ASSERT_TRUE(succeeded(repository().add(review)));
    const Review before = review;

    clock.advanceSeconds(30);
    Review changed = review;
    changed.notes = u"Changed"_s;
    changed.answers = {{QString(), u"An answer without its question"_s}};
    EXPECT_TRUE(refusedMentioning(repository().update(changed), {u"question"_s}));
    EXPECT_EQ(changed.updatedUtc, before.updatedUtc);
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first(), before);
}

TEST_F(ReviewRepositoryTest, AnUpdateSavesEverythingAndReplacesTheAnswers)
{
    Review review = reviewOf(QDate(2026, 3, 1), QDate(2026, 3, 14), u"Half way"_s);
    review.answers = {{u"First"_s, u"one"_s}, {u"Second"_s, u"two"_s}, {u"Third"_s, u"three"_s}};
    ASSERT_TRUE(succeeded(repository().add(review)));
    const QDateTime created = review.createdUtc;

    clock.advanceSeconds(600);
    review.periodStart = QDate(2026, 3, 2);
    review.periodEnd = QDate(2026, 3, 15);
    review.notes = u"All the way\nthrough."_s;
    review.agreements = u"A walk on Sundays."_s;
    review.answers = {{u"Third"_s, u"three, now first"_s}, {u"Fourth"_s, u"four"_s}};
    review.completedUtc = clock.nowUtc();
    ASSERT_TRUE(succeeded(repository().update(review)));
    EXPECT_EQ(review.updatedUtc, clock.nowUtc());
    EXPECT_EQ(review.createdUtc, created);

    reopen();
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first(), review);
    EXPECT_EQ(rowCount(u"review_answers"_s), 2) << "the old answers are gone";

    review.answers.clear();
    ASSERT_TRUE(succeeded(repository().update(review)));
    EXPECT_TRUE(stored().first().answers.isEmpty());
    EXPECT_EQ(rowCount(u"review_answers"_s), 0);
}

TEST_F(ReviewRepositoryTest, UpdatingAMissingOrDeletedReviewIsRefused)
{
    Review unknown = reviewOf(QDate(2026, 3, 1), QDate(2026, 3, 14));
    unknown.id = QUuid::createUuid();
    unknown.answers = {{u"Question"_s, u"Answer"_s}};
    EXPECT_TRUE(refusedMentioning(repository().update(unknown), {u"no longer exists"_s}));
    EXPECT_EQ(rowCount(u"review_answers"_s), 0);

    Review deleted = reviewOf(QDate(2026, 3, 1), QDate(2026, 3, 14), u"Before"_s);
    ASSERT_TRUE(succeeded(repository().add(deleted)));
    ASSERT_TRUE(succeeded(repository().remove(deleted.id)));
    deleted.notes = u"After deleting"_s;
    EXPECT_TRUE(refusedMentioning(repository().update(deleted), {u"no longer exists"_s}));
    EXPECT_EQ(scalar(u"SELECT notes FROM reviews"_s).toString(), u"Before"_s);
}

TEST_F(ReviewRepositoryTest, ARemovedReviewComesBackExactlyAsItWas)
{
    Review kept = reviewOf(QDate(2026, 2, 1), QDate(2026, 2, 28), u"Kept"_s);
    Review removed = doneReviewOf(QDate(2026, 3, 1), QDate(2026, 3, 14));
    removed.answers = {{u"Question"_s, u"Answer"_s}};
    ASSERT_TRUE(succeeded(repository().add(kept)));
    ASSERT_TRUE(succeeded(repository().add(removed)));

    clock.advanceSeconds(10);
    ASSERT_TRUE(succeeded(repository().remove(removed.id)));
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first(), kept);
    EXPECT_EQ(rowCount(u"reviews"_s), 2) << "deleting is soft";
    EXPECT_TRUE(refusedMentioning(repository().remove(removed.id), {u"not found"_s}));

    ASSERT_TRUE(succeeded(repository().restore(removed.id)));
    const QList<Review> read = stored();
    ASSERT_EQ(read.size(), 2);
    Review restored = read.first();
    EXPECT_EQ(restored.updatedUtc, clock.nowUtc());
    restored.updatedUtc = removed.updatedUtc;
    EXPECT_EQ(restored, removed) << "everything but the updated time as it was";
    EXPECT_TRUE(refusedMentioning(repository().restore(removed.id), {u"not found"_s}));
    EXPECT_TRUE(refusedMentioning(repository().remove(QUuid::createUuid()), {u"not found"_s}));
}

TEST_F(ReviewRepositoryTest, WhatADeletedReviewSaidIsErasedOnceUndoCannotBringItBack)
{
    Review deleted = doneReviewOf(QDate(2026, 3, 1), QDate(2026, 3, 14));
    deleted.notes = u"Something private"_s;
    deleted.agreements = u"A private agreement"_s;
    deleted.answers = {{u"Question"_s, u"A private answer"_s}};
    Review kept = reviewOf(QDate(2026, 2, 1), QDate(2026, 2, 28), u"Kept words"_s);
    kept.answers = {{u"Question"_s, u"Kept answer"_s}};
    ASSERT_TRUE(succeeded(repository().add(deleted)));
    ASSERT_TRUE(succeeded(repository().add(kept)));
    const QVariant deletedId = deleted.id.toString(QUuid::WithoutBraces);

    const QDateTime beforeDeleting = clock.nowUtc();
    clock.advanceSeconds(60);
    ASSERT_TRUE(succeeded(repository().remove(deleted.id)));

    ASSERT_TRUE(succeeded(repository().forgetDeletedBefore(beforeDeleting)));
    EXPECT_EQ(scalar(u"SELECT notes FROM reviews WHERE id = ?"_s, {deletedId}).toString(), deleted.notes)
        << "deleted after the cut-off: undo may still bring it back";
    EXPECT_EQ(rowCount(u"review_answers"_s), 2);

    clock.advanceSeconds(60);
    ASSERT_TRUE(succeeded(repository().forgetDeletedBefore(clock.nowUtc())));
    EXPECT_EQ(scalar(u"SELECT notes FROM reviews WHERE id = ?"_s, {deletedId}).toString(), QString());
    EXPECT_EQ(scalar(u"SELECT agreements FROM reviews WHERE id = ?"_s, {deletedId}).toString(), QString());
    EXPECT_EQ(scalar(u"SELECT count(*) FROM review_answers WHERE review_id = ?"_s, {deletedId}).toInt(), 0);
    EXPECT_FALSE(scalar(u"SELECT deleted_utc FROM reviews WHERE id = ?"_s, {deletedId}).isNull())
        << "the row stays, so copies can be merged";
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first(), kept);
}

TEST_F(ReviewRepositoryTest, AllListsTheNewestPeriodFirstWithEachReviewsOwnAnswers)
{
    Review march = reviewOf(QDate(2026, 3, 1), QDate(2026, 3, 14), u"March"_s);
    march.answers = {{u"Q"_s, u"march 1"_s}, {u"Q2"_s, u"march 2"_s}};
    Review january = doneReviewOf(QDate(2026, 1, 1), QDate(2026, 1, 31));
    january.answers = {{u"Q"_s, u"january"_s}};
    Review february = doneReviewOf(QDate(2026, 2, 1), QDate(2026, 2, 28));
    Review deleted = doneReviewOf(QDate(2026, 4, 1), QDate(2026, 4, 2));
    for (Review *review : {&march, &january, &february, &deleted})
        ASSERT_TRUE(succeeded(repository().add(*review)));
    ASSERT_TRUE(succeeded(repository().remove(deleted.id)));

    const QList<Review> read = stored();
    ASSERT_EQ(read.size(), 3);
    EXPECT_EQ(read[0], march);
    EXPECT_EQ(read[1], february);
    EXPECT_EQ(read[2], january);
}

TEST_F(ReviewRepositoryTest, LastCompletedIgnoresReviewsInProgressAndDeletedOnes)
{
    Review january = doneReviewOf(QDate(2026, 1, 1), QDate(2026, 1, 31));
    Review february = doneReviewOf(QDate(2026, 2, 1), QDate(2026, 2, 28));
    february.answers = {{u"Q"_s, u"february"_s}};
    Review inProgress = reviewOf(QDate(2026, 3, 1), QDate(2026, 3, 14));
    Review deleted = doneReviewOf(QDate(2026, 3, 1), QDate(2026, 3, 10));
    // Added out of order: the latest period decides, not the latest written.
    for (Review *review : {&february, &inProgress, &deleted, &january})
        ASSERT_TRUE(succeeded(repository().add(*review)));
    ASSERT_TRUE(succeeded(repository().remove(deleted.id)));

    const std::optional<Review> last = lastCompleted();
    ASSERT_TRUE(last.has_value());
    EXPECT_EQ(*last, february);

    inProgress.completedUtc = clock.nowUtc();
    ASSERT_TRUE(succeeded(repository().update(inProgress)));
    ASSERT_TRUE(lastCompleted().has_value());
    EXPECT_EQ(lastCompleted()->id, inProgress.id);
}

TEST_F(ReviewRepositoryTest, AFailedAnswerLeavesNoHalfWrittenReview)
{
    Review earlier = reviewOf(QDate(2026, 2, 1), QDate(2026, 2, 28));
    ASSERT_TRUE(succeeded(repository().add(earlier)));
    ASSERT_TRUE(exec(u"DROP TABLE review_answers"_s));

    Review review = reviewOf(QDate(2026, 3, 1), QDate(2026, 3, 14), u"Notes"_s);
    review.answers = {{u"Question"_s, u"Answer"_s}};
    EXPECT_TRUE(refusedMentioning(repository().add(review), {u"save the answers of the review"_s, u"review_answers"_s}));
    EXPECT_TRUE(review.id.isNull());
    EXPECT_EQ(rowCount(u"reviews"_s), 1);
    EXPECT_TRUE(refusedMentioning(repository().all(), {u"read the reviews"_s, u"review_answers"_s}))
        << "reviews without their answers would look like skipped questions";
}

TEST_F(ReviewRepositoryTest, AFailedUpdateKeepsTheOldAnswersAndWords)
{
    Review review = reviewOf(QDate(2026, 3, 1), QDate(2026, 3, 14), u"Old notes"_s);
    review.answers = {{u"Question"_s, u"Old answer"_s}};
    ASSERT_TRUE(succeeded(repository().add(review)));
    const Review before = review;
    ASSERT_TRUE(exec(u"CREATE TRIGGER refuse_answers BEFORE INSERT ON review_answers "
                     "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"_s));

    review.notes = u"New notes"_s;
    review.answers = {{u"Question"_s, u"New answer"_s}};
    EXPECT_TRUE(refusedMentioning(repository().update(review), {u"answers of the review"_s, u"the disk is full"_s}));
    EXPECT_EQ(review.notes, u"New notes"_s) << "the caller keeps what was typed";
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first(), before);
}

TEST_F(ReviewRepositoryTest, AnUnreadableTableIsAnErrorNotAnEmptyList)
{
    ASSERT_TRUE(exec(u"ALTER TABLE reviews RENAME TO gone"_s));
    EXPECT_TRUE(refusedMentioning(repository().all(), {u"read the reviews"_s, u"reviews"_s}));
    EXPECT_TRUE(refusedMentioning(repository().lastCompleted(), {u"read the reviews"_s}));
    Review review = reviewOf(QDate(2026, 3, 1), QDate(2026, 3, 14));
    EXPECT_TRUE(refusedMentioning(repository().add(review), {u"save the review"_s}));
    EXPECT_TRUE(refusedMentioning(repository().remove(QUuid::createUuid()), {u"delete the review"_s}));
    EXPECT_TRUE(refusedMentioning(repository().forgetDeletedBefore(clock.nowUtc()), {u"erase deleted reviews"_s}));
}

} // namespace
} // namespace tend
