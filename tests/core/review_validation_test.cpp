#include "model/review.h"

#include "statusassertions.h"

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

Review validReview()
{
    Review review;
    review.periodStart = QDate(2026, 1, 1);
    review.periodEnd = QDate(2026, 3, 31);
    review.notes = u"We talked about the winter."_s;
    return review;
}

TEST(ReviewValidation, AcceptsAValidReview)
{
    EXPECT_TRUE(succeeded(validate(validReview())));
}

TEST(ReviewValidation, AcceptsAOneDayPeriod)
{
    Review review = validReview();
    review.periodEnd = review.periodStart;
    EXPECT_TRUE(succeeded(validate(review)));
}

TEST(ReviewValidation, RefusesAPeriodEndingBeforeItStarts)
{
    Review review = validReview();
    review.periodEnd = review.periodStart.addDays(-1);
    EXPECT_TRUE(refusedMentioning(validate(review), {u"end before it starts"_s}));
}

TEST(ReviewValidation, RefusesAMissingFirstOrLastDay)
{
    Review noStart = validReview();
    noStart.periodStart = QDate();
    EXPECT_TRUE(refusedMentioning(validate(noStart), {u"first and last day"_s}));

    Review noEnd = validReview();
    noEnd.periodEnd = QDate();
    EXPECT_TRUE(refusedMentioning(validate(noEnd), {u"first and last day"_s}));
}

TEST(ReviewValidation, AcceptsAnswersAndNotesUpToTheirLimits)
{
    Review review = validReview();
    review.notes = QString(MaxReviewNotesLength, u'n');
    review.agreements = QString(MaxReviewAgreementsLength, u'a');
    review.answers = {{QString(MaxReviewQuestionLength, u'q'), QString(MaxReviewAnswerLength, u'x')}};
    EXPECT_TRUE(succeeded(validate(review)));
}

TEST(ReviewValidation, SpacesAroundTheWordsDoNotCountTowardsTheLimits)
{
    Review review = validReview();
    review.notes = u"  "_s + QString(MaxReviewNotesLength, u'n') + u"\n"_s;
    review.answers = {{u" Q "_s, u"\n"_s + QString(MaxReviewAnswerLength, u'x') + u" "_s}};
    EXPECT_TRUE(succeeded(validate(review)));
}

TEST(ReviewValidation, RefusesNotesOrAgreementsThatAreTooLong)
{
    Review longNotes = validReview();
    longNotes.notes = QString(MaxReviewNotesLength + 1, u'n');
    EXPECT_TRUE(refusedMentioning(validate(longNotes), {u"notes"_s, QString::number(MaxReviewNotesLength)}));

    Review longAgreements = validReview();
    longAgreements.agreements = QString(MaxReviewAgreementsLength + 1, u'a');
    EXPECT_TRUE(refusedMentioning(validate(longAgreements), {u"agreements"_s, QString::number(MaxReviewAgreementsLength)}));
}

TEST(ReviewValidation, RefusesAnAnswerWithoutItsQuestion)
{
    Review review = validReview();
    review.answers = {{u"What helped?"_s, u"Tea"_s}, {u"  "_s, u"An answer to nothing"_s}};
    EXPECT_TRUE(refusedMentioning(validate(review), {u"question it answers"_s}));
}

TEST(ReviewValidation, RefusesAnEmptyAnswerNamingItsQuestion)
{
    Review review = validReview();
    review.answers = {{u"What helped?"_s, u" \n "_s}};
    EXPECT_TRUE(refusedMentioning(validate(review), {u"What helped?"_s, u"empty"_s}));
}

TEST(ReviewValidation, RefusesAQuestionOrAnswerThatIsTooLong)
{
    Review longQuestion = validReview();
    longQuestion.answers = {{QString(MaxReviewQuestionLength + 1, u'q'), u"Yes"_s}};
    EXPECT_TRUE(refusedMentioning(validate(longQuestion), {u"question"_s, QString::number(MaxReviewQuestionLength)}));

    Review longAnswer = validReview();
    longAnswer.answers = {{u"What helped?"_s, QString(MaxReviewAnswerLength + 1, u'x')}};
    EXPECT_TRUE(refusedMentioning(validate(longAnswer), {u"answer"_s, QString::number(MaxReviewAnswerLength)}));
}

TEST(ReviewValidation, APeriodEndingInTheFutureIsNotTheModelsConcern)
{
    Review review = validReview();
    review.periodEnd = QDate(2999, 1, 1);
    EXPECT_TRUE(succeeded(validate(review)));
}

} // namespace
} // namespace tend
