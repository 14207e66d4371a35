#include "checkins/needsmet.h"

#include "printers.h"

#include <gtest/gtest.h>

namespace tend {
namespace {

class NeedsMetTest : public ::testing::Test
{
protected:
    CheckIn checkIn(const QList<QUuid> &wished, const QList<QUuid> &received) const
    {
        CheckIn result;
        result.actsWished = wished;
        result.actsReceived = received;
        return result;
    }

    const QUuid tea = QUuid::createUuid();
    const QUuid blanket = QUuid::createUuid();
    const QUuid quiet = QUuid::createUuid();
    const QUuid cuddle = QUuid::createUuid();
};

TEST_F(NeedsMetTest, EverythingWishedForAndReceivedIsOne)
{
    const NeedsMet met = needsMet(checkIn({tea, blanket}, {blanket, tea}));
    EXPECT_EQ(met, (NeedsMet{.met = 2, .wished = 2}));
    ASSERT_TRUE(met.ratio().has_value());
    EXPECT_DOUBLE_EQ(*met.ratio(), 1.0);
}

TEST_F(NeedsMetTest, NothingWishedForReceivedIsZero)
{
    const NeedsMet met = needsMet(checkIn({tea, blanket}, {quiet}));
    EXPECT_EQ(met, (NeedsMet{.met = 0, .wished = 2}));
    ASSERT_TRUE(met.ratio().has_value());
    EXPECT_DOUBLE_EQ(*met.ratio(), 0.0);
}

TEST_F(NeedsMetTest, PartlyReceivedCountsOnlyWhatWasWishedFor)
{
    // Cuddling was received but not wished for: it does not raise the share.
    const NeedsMet met = needsMet(checkIn({tea, blanket, quiet, cuddle}, {blanket, quiet}));
    EXPECT_EQ(met, (NeedsMet{.met = 2, .wished = 4}));
    ASSERT_TRUE(met.ratio().has_value());
    EXPECT_DOUBLE_EQ(*met.ratio(), 0.5);

    const NeedsMet extra = needsMet(checkIn({tea, blanket, quiet}, {tea, cuddle}));
    EXPECT_EQ(extra, (NeedsMet{.met = 1, .wished = 3}));
    EXPECT_DOUBLE_EQ(extra.ratio().value_or(-1), 1.0 / 3.0);
}

TEST_F(NeedsMetTest, NothingWishedForHasNoRatio)
{
    const NeedsMet met = needsMet(checkIn({}, {}));
    EXPECT_EQ(met, (NeedsMet{.met = 0, .wished = 0}));
    EXPECT_FALSE(met.ratio().has_value());
}

TEST_F(NeedsMetTest, CareReceivedWithoutAnyWishHasNoRatio)
{
    const NeedsMet met = needsMet(checkIn({}, {tea, blanket}));
    EXPECT_EQ(met, (NeedsMet{.met = 0, .wished = 0}));
    EXPECT_FALSE(met.ratio().has_value());
}

TEST_F(NeedsMetTest, AnActNamedTwiceCountsOnce)
{
    const NeedsMet met = needsMet(checkIn({tea, tea, blanket}, {tea, tea}));
    EXPECT_EQ(met, (NeedsMet{.met = 1, .wished = 2}));
    EXPECT_DOUBLE_EQ(met.ratio().value_or(-1), 0.5);
}

TEST_F(NeedsMetTest, CountsByIdWithoutNeedingTheCatalogue)
{
    // An act archived since (or unknown to any catalogue passed around) still counts by its id.
    const QUuid archivedAct = QUuid::createUuid();
    const NeedsMet met = needsMet(checkIn({archivedAct, tea}, {archivedAct}));
    EXPECT_EQ(met, (NeedsMet{.met = 1, .wished = 2}));
}

} // namespace
} // namespace tend
