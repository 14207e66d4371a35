#include "model/scale.h"

#include "statusassertions.h"

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

static_assert(isOnScale(1) && isOnScale(5) && !isOnScale(0) && !isOnScale(6));

TEST(Scale, RunsFromOneToFive)
{
    EXPECT_EQ(ScaleMin, 1);
    EXPECT_EQ(ScaleMax, 5);
    for (int value = -1; value <= 7; ++value)
        EXPECT_EQ(isOnScale(value), value >= 1 && value <= 5) << value;
}

TEST(Scale, ValidationNamesTheQuestionTheRangeAndTheValue)
{
    EXPECT_TRUE(succeeded(validateScale(3, u"Mood"_s)));
    EXPECT_TRUE(refusedMentioning(validateScale(6, u"Closeness"_s), {u"Closeness"_s, u"1"_s, u"5"_s, u"6"_s}));
    EXPECT_TRUE(refusedMentioning(validateScale(0, u"Stress"_s), {u"Stress must be between 1 and 5; it was 0."_s}));
}

} // namespace
} // namespace tend
