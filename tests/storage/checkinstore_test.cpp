#include "databasefixture.h"

#include "checkins/checkinstore.h"
#include "storage/checkinrepository.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

// The store keeps the whole history once read; every write through it must leave that kept
// list exactly as a fresh read of the database would be.
class CheckInStoreTest : public test::CoupleFixture
{
protected:
    void SetUp() override
    {
        CoupleFixture::SetUp();
        if (HasFatalFailure())
            return;
        store = std::make_unique<CheckInStore>(*database, clock);
        failed = std::make_unique<QSignalSpy>(store.get(), &CheckInStore::failed);
        ASSERT_TRUE(failed->isValid());
    }

    void TearDown() override
    {
        failed.reset();
        store.reset();
        CoupleFixture::TearDown();
    }

    CheckIn checkInAt(const Partner &partner, const QDateTime &atUtc, int mood) const
    {
        CheckIn checkIn;
        checkIn.partnerId = partner.id;
        checkIn.atUtc = atUtc;
        checkIn.localDay = atUtc.date();
        checkIn.mood = mood;
        checkIn.stress = 2;
        checkIn.closeness = 3;
        return checkIn;
    }

    ::testing::AssertionResult keptAsStored() const
    {
        Result<QList<CheckIn>> kept = store->all();
        Result<QList<CheckIn>> stored = CheckInRepository(*database, clock).all();
        if (!kept || !stored)
            return ::testing::AssertionFailure() << "a read failed";
        if (kept->size() != stored->size())
            return ::testing::AssertionFailure() << "kept " << kept->size() << ", stored " << stored->size();
        for (qsizetype i = 0; i < kept->size(); ++i) {
            if (!(kept->at(i) == stored->at(i)))
                return ::testing::AssertionFailure() << "check-in " << i << " differs: kept mood "
                                                     << kept->at(i).mood << " note \""
                                                     << kept->at(i).note.toStdString() << "\", stored mood "
                                                     << stored->at(i).mood << " note \""
                                                     << stored->at(i).note.toStdString() << '"';
        }
        return ::testing::AssertionSuccess();
    }

    std::unique_ptr<CheckInStore> store;
    std::unique_ptr<QSignalSpy> failed;
};

TEST_F(CheckInStoreTest, TheKeptHistoryFollowsEveryWriteAsTheDatabaseHasIt)
{
    ASSERT_TRUE(succeeded(store->all())); // kept from here on
    const QDateTime evening = Start.addSecs(-3600);

    CheckIn first = checkInAt(sam, evening, 4);
    first.actsReceived = {acts[0].id, acts[2].id};
    first.actsWished = {acts[1].id};
    first.note = u"  Tea on the sofa  "_s; // stored trimmed
    ASSERT_TRUE(succeeded(store->add(first)));
    CheckIn later = checkInAt(alex, evening.addSecs(600), 2);
    ASSERT_TRUE(succeeded(store->add(later)));
    clock.advanceSeconds(5);
    CheckIn sameTime = checkInAt(alex, evening, 5); // written later, so it comes before `first`
    ASSERT_TRUE(succeeded(store->add(sameTime)));
    EXPECT_TRUE(keptAsStored());
    ASSERT_EQ(store->all()->size(), 3);
    EXPECT_EQ(store->all()->at(0).id, later.id);
    EXPECT_EQ(store->all()->at(1).id, sameTime.id);
    EXPECT_EQ(store->all()->at(2).note, u"Tea on the sofa"_s);

    clock.advanceSeconds(5);
    later.atUtc = evening.addDays(-2);
    later.localDay = later.atUtc.date();
    later.actsWished = {acts[3].id};
    later.note = u"Moved back two days"_s;
    ASSERT_TRUE(succeeded(store->update(later)));
    EXPECT_TRUE(keptAsStored());
    EXPECT_EQ(store->all()->constLast().id, later.id);

    ASSERT_TRUE(succeeded(store->remove(first.id)));
    EXPECT_TRUE(keptAsStored());
    EXPECT_EQ(store->all()->size(), 2);
    ASSERT_TRUE(succeeded(store->restore(first.id)));
    EXPECT_TRUE(keptAsStored());
    EXPECT_EQ(store->all()->size(), 3);

    CheckIn impossible = checkInAt(sam, evening, 9);
    EXPECT_FALSE(store->add(impossible));
    EXPECT_TRUE(keptAsStored());
    EXPECT_EQ(store->all()->size(), 3);
}

TEST_F(CheckInStoreTest, ReadsTheDatabaseOnceAndKeepsWhatItRead)
{
    CheckIn saved = checkInAt(sam, Start.addSecs(-60), 3);
    ASSERT_TRUE(succeeded(store->add(saved)));
    ASSERT_EQ(store->all()->size(), 1);

    // Written around the store: the kept list does not see it (the store says so).
    CheckIn around = checkInAt(alex, Start.addSecs(-30), 3);
    ASSERT_TRUE(succeeded(CheckInRepository(*database, clock).add(around)));
    EXPECT_EQ(store->all()->size(), 1);
    EXPECT_EQ(CheckInStore(*database, clock).all()->size(), 2);
    EXPECT_EQ(failed->count(), 0);
}

TEST_F(CheckInStoreTest, ReadingAheadKeepsTheHistoryAndReportsAFailure)
{
    CheckIn saved = checkInAt(sam, Start.addSecs(-60), 3);
    ASSERT_TRUE(succeeded(CheckInRepository(*database, clock).add(saved)));
    store->readAhead();
    CheckIn around = checkInAt(alex, Start.addSecs(-30), 3);
    ASSERT_TRUE(succeeded(CheckInRepository(*database, clock).add(around)));
    ASSERT_EQ(store->all()->size(), 1); // read by readAhead(), before `around` was written
    EXPECT_EQ(store->all()->first().id, saved.id);
    EXPECT_EQ(failed->count(), 0);

    CheckInStore another(*database, clock);
    QSignalSpy anotherFailed(&another, &CheckInStore::failed);
    ASSERT_TRUE(database->connection().exec(u"ALTER TABLE check_in_acts RENAME TO hidden_acts"_s).lastError().type()
                == QSqlError::NoError);
    another.readAhead();
    EXPECT_EQ(anotherFailed.count(), 1);
}

TEST_F(CheckInStoreTest, AFailedReadIsReportedKeepsNothingAndIsTriedAgain)
{
    CheckIn saved = checkInAt(sam, Start.addSecs(-60), 3);
    ASSERT_TRUE(succeeded(store->add(saved)));
    ASSERT_TRUE(database->connection().exec(u"ALTER TABLE check_in_acts RENAME TO hidden_acts"_s).lastError().type()
                == QSqlError::NoError);

    Result<QList<CheckIn>> broken = store->all();
    ASSERT_FALSE(broken);
    ASSERT_EQ(failed->count(), 1);
    EXPECT_EQ(failed->at(0).first().toString(), broken.error().message);

    ASSERT_TRUE(database->connection().exec(u"ALTER TABLE hidden_acts RENAME TO check_in_acts"_s).lastError().type()
                == QSqlError::NoError);
    Result<QList<CheckIn>> again = store->all();
    ASSERT_TRUE(succeeded(again));
    ASSERT_EQ(again->size(), 1);
    EXPECT_EQ(again->first().id, saved.id);
}

} // namespace
} // namespace tend
