#include "databasefixture.h"

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

class PartnerRepositoryTest : public test::DatabaseFixture
{
protected:
    static Partner partnerInSeat(int seat, const QString &name)
    {
        Partner partner;
        partner.seat = seat;
        partner.name = name;
        partner.pronouns = u"she/her"_s;
        partner.colour = seat == 1 ? u"#336699"_s : u"#CC6633"_s;
        return partner;
    }

    QList<Partner> stored()
    {
        Result<QList<Partner>> partners = PartnerRepository(*database, clock).all();
        EXPECT_TRUE(succeeded(partners));
        return partners ? partners.value() : QList<Partner>();
    }
};

TEST_F(PartnerRepositoryTest, IsEmptyBeforeTheFirstRun)
{
    EXPECT_TRUE(stored().isEmpty());
}

TEST_F(PartnerRepositoryTest, SavesBothPartnersAndReadsThemBackInSeatOrder)
{
    PartnerRepository partners(*database, clock);
    Partner second = partnerInSeat(2, u"Alex"_s);
    Partner first = partnerInSeat(1, u"Sam"_s);
    ASSERT_TRUE(succeeded(partners.save(second)));
    clock.advanceSeconds(5);
    ASSERT_TRUE(succeeded(partners.save(first)));

    EXPECT_FALSE(first.id.isNull());
    EXPECT_FALSE(second.id.isNull());
    EXPECT_NE(first.id, second.id);
    EXPECT_EQ(second.createdUtc, Start);
    EXPECT_EQ(second.updatedUtc, Start);
    EXPECT_EQ(first.createdUtc, Start.addSecs(5));

    const QList<Partner> all = stored();
    ASSERT_EQ(all.size(), 2);
    for (const auto &[read, saved] : {std::pair{all[0], first}, std::pair{all[1], second}}) {
        EXPECT_EQ(read.id, saved.id);
        EXPECT_EQ(read.seat, saved.seat);
        EXPECT_EQ(read.name, saved.name);
        EXPECT_EQ(read.pronouns, saved.pronouns);
        EXPECT_EQ(read.colour, saved.colour);
        EXPECT_EQ(read.createdUtc, saved.createdUtc);
        EXPECT_EQ(read.updatedUtc, saved.updatedUtc);
    }
}

TEST_F(PartnerRepositoryTest, TrimsNameAndPronouns)
{
    Partner partner = partnerInSeat(1, u"  Sam \n"_s);
    partner.pronouns = u" they/them  "_s;
    ASSERT_TRUE(succeeded(PartnerRepository(*database, clock).save(partner)));
    EXPECT_EQ(partner.name, u"Sam"_s);
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().name, u"Sam"_s);
    EXPECT_EQ(stored().first().pronouns, u"they/them"_s);
}

TEST_F(PartnerRepositoryTest, UpdatesInPlaceKeepingIdAndCreationTime)
{
    PartnerRepository partners(*database, clock);
    Partner partner = partnerInSeat(1, u"Sam"_s);
    ASSERT_TRUE(succeeded(partners.save(partner)));
    const QUuid id = partner.id;

    clock.advanceDays(3);
    partner.name = u"Samira"_s;
    partner.pronouns.clear();
    partner.colour = u"#00aa00"_s;
    ASSERT_TRUE(succeeded(partners.save(partner)));
    EXPECT_EQ(partner.id, id);
    EXPECT_EQ(partner.createdUtc, Start);
    EXPECT_EQ(partner.updatedUtc, Start.addDays(3));

    const QList<Partner> all = stored();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].id, id);
    EXPECT_EQ(all[0].name, u"Samira"_s);
    EXPECT_EQ(all[0].pronouns, QString());
    EXPECT_EQ(all[0].colour, u"#00aa00"_s);
    EXPECT_EQ(all[0].createdUtc, Start);
    EXPECT_EQ(all[0].updatedUtc, Start.addDays(3));
}

TEST_F(PartnerRepositoryTest, SavingANewPartnerIntoATakenSeatUpdatesTheOneSittingThere)
{
    PartnerRepository partners(*database, clock);
    Partner original = partnerInSeat(1, u"Sam"_s);
    ASSERT_TRUE(succeeded(partners.save(original)));

    clock.advanceSeconds(60);
    Partner again = partnerInSeat(1, u"Sam again"_s);
    ASSERT_TRUE(succeeded(partners.save(again)));
    EXPECT_EQ(again.id, original.id);
    EXPECT_EQ(again.createdUtc, Start);

    const QList<Partner> all = stored();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].id, original.id);
    EXPECT_EQ(all[0].name, u"Sam again"_s);
}

TEST_F(PartnerRepositoryTest, AnInvalidPartnerIsRefusedAndNothingIsWritten)
{
    PartnerRepository partners(*database, clock);
    Partner partner = partnerInSeat(1, u"   "_s);
    EXPECT_TRUE(refusedMentioning(partners.save(partner), {u"name"_s}));
    EXPECT_TRUE(partner.id.isNull());
    EXPECT_FALSE(partner.createdUtc.isValid());
    EXPECT_EQ(rowCount(u"partners"_s), 0);

    Partner thirdSeat = partnerInSeat(3, u"Jo"_s);
    EXPECT_FALSE(partners.save(thirdSeat).ok());
    EXPECT_EQ(rowCount(u"partners"_s), 0);
}

TEST_F(PartnerRepositoryTest, AnInvalidChangeLeavesTheStoredPartnerAsItWas)
{
    PartnerRepository partners(*database, clock);
    Partner partner = partnerInSeat(2, u"Alex"_s);
    ASSERT_TRUE(succeeded(partners.save(partner)));

    clock.advanceSeconds(10);
    Partner changed = partner;
    changed.colour = u"blue"_s;
    EXPECT_TRUE(refusedMentioning(partners.save(changed), {u"colour"_s}));
    EXPECT_EQ(changed.updatedUtc, Start) << "a refused save must not touch the caller's partner";

    const QList<Partner> all = stored();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].colour, partner.colour);
    EXPECT_EQ(all[0].updatedUtc, Start);
}

} // namespace
} // namespace tend

namespace tend {
namespace {

using namespace Qt::StringLiterals;

TEST_F(PartnerRepositoryTest, SavingTheCoupleStoresBothOrNeither)
{
    // The second write fails inside SQLite, after the first one succeeded.
    QSqlQuery trigger(database->connection());
    ASSERT_TRUE(trigger.exec(u"CREATE TEMP TRIGGER refuse_seat_two BEFORE INSERT ON main.partners "
                             "WHEN NEW.seat = 2 BEGIN SELECT RAISE(ABORT, 'no room for seat two'); END"_s));
    QList<Partner> couple{partnerInSeat(1, u"Robin"_s), partnerInSeat(2, u"Sam"_s)};
    const Status failed = PartnerRepository(*database, clock).saveAll(couple);
    EXPECT_TRUE(refusedMentioning(failed, {u"no room for seat two"_s}));
    EXPECT_EQ(rowCount(u"partners"_s), 0) << "the first partner was stored without the second";
    EXPECT_TRUE(couple[0].id.isNull()) << "the caller's partners were changed by a failed save";

    ASSERT_TRUE(trigger.exec(u"DROP TRIGGER refuse_seat_two"_s));
    ASSERT_TRUE(succeeded(PartnerRepository(*database, clock).saveAll(couple)));
    EXPECT_EQ(rowCount(u"partners"_s), 2);
    EXPECT_FALSE(couple[1].id.isNull());
}

} // namespace
} // namespace tend
