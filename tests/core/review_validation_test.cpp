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

} // namespace
} // namespace tend
