#include "databasefixture.h"

#include "storage/checkinrepository.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

QList<QUuid> sorted(QList<QUuid> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Every field a person entered, compared one by one so a failure says which.
void expectSameEntry(const CheckIn &actual, const CheckIn &expected)
{
    EXPECT_EQ(actual.id, expected.id);
    EXPECT_EQ(actual.partnerId, expected.partnerId);
    EXPECT_EQ(actual.atUtc, expected.atUtc);
    EXPECT_EQ(actual.localDay, expected.localDay);
    EXPECT_EQ(actual.kind, expected.kind);
    EXPECT_EQ(actual.mood, expected.mood);
    EXPECT_EQ(actual.stress, expected.stress);
    EXPECT_EQ(actual.closeness, expected.closeness);
    EXPECT_EQ(actual.feltCaredFor, expected.feltCaredFor);
    EXPECT_EQ(actual.note, expected.note);
    // Acts are sets: which ones, not in which order.
    EXPECT_EQ(sorted(actual.actsReceived), sorted(expected.actsReceived));
    EXPECT_EQ(sorted(actual.actsWished), sorted(expected.actsWished));
    EXPECT_EQ(actual.createdUtc, expected.createdUtc);
    EXPECT_EQ(actual.updatedUtc, expected.updatedUtc);
}

class CheckInRepositoryTest : public test::CoupleFixture
{
protected:
    // Made anew for each use, so it always writes to the currently open database.
    CheckInRepository repository() const { return CheckInRepository(*database, clock); }

    CheckIn checkInAt(const Partner &partner, const QDateTime &atUtc) const
    {
        CheckIn checkIn;
        checkIn.partnerId = partner.id;
        checkIn.atUtc = atUtc;
        checkIn.localDay = atUtc.date();
        checkIn.kind = CheckInKind::Daily;
        checkIn.mood = 4;
        checkIn.stress = 2;
        checkIn.closeness = 3;
        return checkIn;
    }

    std::optional<CheckIn> found(const QUuid &id) const
    {
        Result<std::optional<CheckIn>> result = repository().find(id);
        EXPECT_TRUE(succeeded(result));
        return result ? result.value() : std::nullopt;
    }

    QList<CheckIn> onDay(const QDate &day) const
    {
        Result<QList<CheckIn>> result = repository().onDay(day);
        EXPECT_TRUE(succeeded(result));
        return result ? result.value() : QList<CheckIn>();
    }

    QList<CheckIn> all() const
    {
        Result<QList<CheckIn>> result = repository().all();
        EXPECT_TRUE(succeeded(result));
        return result ? result.value() : QList<CheckIn>();
    }

    int count() const
    {
        Result<int> result = repository().count();
        EXPECT_TRUE(succeeded(result));
        return result ? result.value() : -1;
    }

    const QDate day{2026, 3, 14};
    const QDateTime evening{day, QTime(21, 30, 0, 125), QTimeZone::utc()};
};

TEST_F(CheckInRepositoryTest, AddsACheckInWithItsCareAndReadsItBack)
{
    CheckIn checkIn = checkInAt(sam, evening);
    checkIn.kind = CheckInKind::AfterIntimacy;
    checkIn.feltCaredFor = 5;
    checkIn.actsReceived = {acts[2].id, acts[0].id};
    checkIn.actsWished = {acts[0].id, acts[3].id, acts[1].id};
    checkIn.note = u"  Tea and a blanket, then quiet.  "_s;

    ASSERT_TRUE(succeeded(repository().add(checkIn)));
    EXPECT_FALSE(checkIn.id.isNull());
    EXPECT_EQ(checkIn.createdUtc, Start);
    EXPECT_EQ(checkIn.updatedUtc, Start);
    EXPECT_EQ(checkIn.note, u"Tea and a blanket, then quiet."_s);
    EXPECT_EQ(count(), 1);

    const std::optional<CheckIn> read = found(checkIn.id);
    ASSERT_TRUE(read.has_value());
    expectSameEntry(*read, checkIn);
    EXPECT_EQ(rowCount(u"check_in_acts"_s), 5);
}

TEST_F(CheckInRepositoryTest, NotAnsweringFeltCaredForStaysUnanswered)
{
    CheckIn checkIn = checkInAt(alex, evening);
    checkIn.feltCaredFor.reset();
    ASSERT_TRUE(succeeded(repository().add(checkIn)));
    const std::optional<CheckIn> read = found(checkIn.id);
    ASSERT_TRUE(read.has_value());
    EXPECT_FALSE(read->feltCaredFor.has_value());
    EXPECT_TRUE(scalar(u"SELECT felt_cared_for FROM check_ins"_s).isNull());
    EXPECT_TRUE(read->actsReceived.isEmpty());
    EXPECT_TRUE(read->actsWished.isEmpty());
}

TEST_F(CheckInRepositoryTest, FindsNothingForAnUnknownId)
{
    const std::optional<CheckIn> read = found(QUuid::createUuid());
    EXPECT_FALSE(read.has_value());
}

TEST_F(CheckInRepositoryTest, OnDayReturnsBothPartnersOldestFirstAndOnlyThatDay)
{
    CheckIn late = checkInAt(sam, evening);
    CheckIn early = checkInAt(alex, evening.addSecs(-3 * 3600));
    CheckIn middle = checkInAt(sam, evening.addSecs(-3600));
    CheckIn nextDay = checkInAt(alex, evening.addDays(1));
    CheckIn previousDay = checkInAt(sam, evening.addDays(-1));
    QList<CheckIn> all{late, nextDay, early, previousDay, middle};
    ASSERT_TRUE(succeeded(repository().addAll(all)));

    const QList<CheckIn> today = onDay(day);
    ASSERT_EQ(today.size(), 3);
    EXPECT_EQ(today[0].id, all[2].id);
    EXPECT_EQ(today[1].id, all[4].id);
    EXPECT_EQ(today[2].id, all[0].id);
    EXPECT_EQ(today[0].partnerId, alex.id);
    EXPECT_EQ(today[1].partnerId, sam.id);

    EXPECT_EQ(onDay(day.addDays(1)).size(), 1);
    EXPECT_EQ(onDay(day.addDays(-1)).size(), 1);
    EXPECT_TRUE(onDay(day.addDays(2)).isEmpty());
}

TEST_F(CheckInRepositoryTest, OnDayUsesTheLocalCalendarDayNotTheUtcDate)
{
    // 23:30 UTC is already the next morning for someone one hour east.
    CheckIn checkIn = checkInAt(sam, QDateTime(day, QTime(23, 30), QTimeZone::utc()));
    checkIn.localDay = day.addDays(1);
    ASSERT_TRUE(succeeded(repository().add(checkIn)));
    EXPECT_TRUE(onDay(day).isEmpty());
    const QList<CheckIn> nextDay = onDay(day.addDays(1));
    ASSERT_EQ(nextDay.size(), 1);
    EXPECT_EQ(nextDay[0].id, checkIn.id);
    EXPECT_EQ(nextDay[0].atUtc, checkIn.atUtc);
}

TEST_F(CheckInRepositoryTest, OnDayKeepsEachCheckInsOwnActs)
{
    CheckIn first = checkInAt(sam, evening);
    first.actsReceived = {acts[0].id};
    CheckIn second = checkInAt(alex, evening.addSecs(60));
    second.actsReceived = {acts[1].id};
    second.actsWished = {acts[0].id};
    QList<CheckIn> both{first, second};
    ASSERT_TRUE(succeeded(repository().addAll(both)));

    const QList<CheckIn> today = onDay(day);
    ASSERT_EQ(today.size(), 2);
    EXPECT_EQ(today[0].actsReceived, QList<QUuid>({acts[0].id}));
    EXPECT_TRUE(today[0].actsWished.isEmpty());
    EXPECT_EQ(today[1].actsReceived, QList<QUuid>({acts[1].id}));
    EXPECT_EQ(today[1].actsWished, QList<QUuid>({acts[0].id}));
}

TEST_F(CheckInRepositoryTest, UpdateChangesEverythingButTheCreationTime)
{
    CheckIn checkIn = checkInAt(sam, evening);
    checkIn.actsReceived = {acts[0].id, acts[1].id};
    checkIn.actsWished = {acts[2].id};
    ASSERT_TRUE(succeeded(repository().add(checkIn)));

    clock.advanceSeconds(600);
    checkIn.mood = 1;
    checkIn.stress = 5;
    checkIn.closeness = 2;
    checkIn.feltCaredFor = 3;
    checkIn.kind = CheckInKind::AfterIntimacy;
    checkIn.atUtc = evening.addSecs(-120);
    checkIn.actsReceived = {acts[3].id};
    checkIn.actsWished.clear();
    checkIn.note = u"Changed my mind. "_s;
    ASSERT_TRUE(succeeded(repository().update(checkIn)));
    EXPECT_EQ(checkIn.createdUtc, Start);
    EXPECT_EQ(checkIn.updatedUtc, Start.addSecs(600));
    EXPECT_EQ(checkIn.note, u"Changed my mind."_s);

    const std::optional<CheckIn> read = found(checkIn.id);
    ASSERT_TRUE(read.has_value());
    expectSameEntry(*read, checkIn);
    EXPECT_EQ(count(), 1);
    EXPECT_EQ(rowCount(u"check_in_acts"_s), 1) << "the old acts must be gone";
}

TEST_F(CheckInRepositoryTest, AnInvalidUpdateChangesNothing)
{
    CheckIn checkIn = checkInAt(sam, evening);
    ASSERT_TRUE(succeeded(repository().add(checkIn)));
    const CheckIn original = checkIn;

    clock.advanceSeconds(60);
    CheckIn changed = checkIn;
    changed.mood = 6;
    EXPECT_TRUE(refusedMentioning(repository().update(changed), {u"Mood"_s}));
    EXPECT_EQ(changed.updatedUtc, original.updatedUtc);
    const std::optional<CheckIn> read = found(checkIn.id);
    ASSERT_TRUE(read.has_value());
    expectSameEntry(*read, original);
}

TEST_F(CheckInRepositoryTest, UpdatingAMissingOrDeletedCheckInIsRefused)
{
    CheckIn never = checkInAt(sam, evening);
    never.id = QUuid::createUuid();
    EXPECT_TRUE(refusedMentioning(repository().update(never), {u"no longer exists"_s}));
    EXPECT_EQ(count(), 0);

    CheckIn deleted = checkInAt(sam, evening);
    deleted.actsReceived = {acts[0].id};
    ASSERT_TRUE(succeeded(repository().add(deleted)));
    ASSERT_TRUE(succeeded(repository().remove(deleted.id)));
    CheckIn changed = deleted;
    changed.mood = 1;
    changed.actsReceived.clear();
    EXPECT_TRUE(refusedMentioning(repository().update(changed), {u"no longer exists"_s}));

    ASSERT_TRUE(succeeded(repository().restore(deleted.id)));
    const std::optional<CheckIn> read = found(deleted.id);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->mood, deleted.mood);
    EXPECT_EQ(read->actsReceived, deleted.actsReceived);
}

TEST_F(CheckInRepositoryTest, RemoveIsSoftAndRestoreBringsItBackAsItWas)
{
    CheckIn kept = checkInAt(alex, evening.addSecs(-60));
    CheckIn removed = checkInAt(sam, evening);
    removed.feltCaredFor = 2;
    removed.actsReceived = {acts[1].id};
    removed.actsWished = {acts[2].id, acts[3].id};
    removed.note = u"Needed more quiet."_s;
    QList<CheckIn> both{kept, removed};
    ASSERT_TRUE(succeeded(repository().addAll(both)));
    kept = both[0];
    removed = both[1];
    ASSERT_EQ(count(), 2);

    clock.advanceSeconds(30);
    ASSERT_TRUE(succeeded(repository().remove(removed.id)));
    EXPECT_EQ(count(), 1);
    EXPECT_FALSE(found(removed.id).has_value());
    const QList<CheckIn> afterRemove = onDay(day);
    ASSERT_EQ(afterRemove.size(), 1);
    EXPECT_EQ(afterRemove[0].id, kept.id);
    // Soft: the row and its acts are still in the file.
    EXPECT_EQ(rowCount(u"check_ins"_s), 2);
    EXPECT_EQ(rowCount(u"check_in_acts"_s), 3);

    clock.advanceSeconds(30);
    ASSERT_TRUE(succeeded(repository().restore(removed.id)));
    EXPECT_EQ(count(), 2);
    const std::optional<CheckIn> read = found(removed.id);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->feltCaredFor, removed.feltCaredFor);
    EXPECT_EQ(read->note, removed.note);
    EXPECT_EQ(sorted(read->actsReceived), sorted(removed.actsReceived));
    EXPECT_EQ(sorted(read->actsWished), sorted(removed.actsWished));
    EXPECT_EQ(read->createdUtc, removed.createdUtc);
    EXPECT_EQ(onDay(day).size(), 2);
}

TEST_F(CheckInRepositoryTest, RemovingAnUnknownCheckInIsRefused)
{
    EXPECT_TRUE(refusedMentioning(repository().remove(QUuid::createUuid()), {u"not found"_s}));
    EXPECT_TRUE(refusedMentioning(repository().restore(QUuid::createUuid()), {u"not found"_s}));
}

TEST_F(CheckInRepositoryTest, AddingManyKeepsGivenCreationTimesAndFillsMissingOnes)
{
    CheckIn older = checkInAt(sam, evening.addDays(-400));
    older.createdUtc = evening.addDays(-400);
    older.actsWished = {acts[0].id, acts[1].id};
    CheckIn fresh = checkInAt(alex, evening);
    fresh.actsReceived = {acts[2].id};
    QList<CheckIn> both{older, fresh};
    ASSERT_TRUE(succeeded(repository().addAll(both)));
    EXPECT_EQ(found(both[0].id)->createdUtc, evening.addDays(-400));
    EXPECT_EQ(found(both[1].id)->createdUtc, clock.nowUtc());
    EXPECT_EQ(sorted(found(both[0].id)->actsWished), sorted({acts[0].id, acts[1].id}));
    EXPECT_EQ(found(both[1].id)->actsReceived, QList<QUuid>{acts[2].id});
}

TEST_F(CheckInRepositoryTest, RemovingTwiceOrRestoringALiveCheckInIsRefused)
{
    CheckIn checkIn = checkInAt(sam, evening);
    ASSERT_TRUE(succeeded(repository().add(checkIn)));
    EXPECT_TRUE(refusedMentioning(repository().restore(checkIn.id), {u"not found"_s}));
    ASSERT_TRUE(succeeded(repository().remove(checkIn.id)));
    const QVariant deletedAt = scalar(u"SELECT deleted_utc FROM check_ins WHERE id = ?"_s, {checkIn.id.toString(QUuid::WithoutBraces)});
    clock.advanceSeconds(60);
    EXPECT_TRUE(refusedMentioning(repository().remove(checkIn.id), {u"not found"_s}));
    EXPECT_EQ(scalar(u"SELECT deleted_utc FROM check_ins WHERE id = ?"_s, {checkIn.id.toString(QUuid::WithoutBraces)}),
              deletedAt);
}

TEST_F(CheckInRepositoryTest, SpacesAroundANoteDoNotCountTowardsItsLimit)
{
    CheckIn checkIn = checkInAt(sam, evening);
    checkIn.note = QString(MaxCheckInNoteLength, u'x') + u"   "_s;
    ASSERT_TRUE(succeeded(repository().add(checkIn)));
    EXPECT_EQ(checkIn.note.size(), MaxCheckInNoteLength);
    checkIn.note = u"  "_s + QString(MaxCheckInNoteLength, u'y');
    ASSERT_TRUE(succeeded(repository().update(checkIn)));
    EXPECT_EQ(found(checkIn.id)->note, QString(MaxCheckInNoteLength, u'y'));
}

TEST_F(CheckInRepositoryTest, AnInvalidCheckInIsRefusedAndNothingIsWritten)
{
    CheckIn checkIn = checkInAt(sam, evening);
    checkIn.closeness = 0;
    EXPECT_TRUE(refusedMentioning(repository().add(checkIn), {u"Closeness"_s}));
    EXPECT_TRUE(checkIn.id.isNull());
    EXPECT_EQ(count(), 0);
    EXPECT_EQ(rowCount(u"check_ins"_s), 0);
}

TEST_F(CheckInRepositoryTest, AllListsBothPartnersNewestFirstAcrossDays)
{
    CheckIn lastYear = checkInAt(alex, evening.addYears(-1));
    CheckIn newest = checkInAt(sam, evening);
    CheckIn yesterday = checkInAt(alex, evening.addDays(-1));
    CheckIn earlierToday = checkInAt(alex, evening.addSecs(-3600));
    QList<CheckIn> added{lastYear, newest, yesterday, earlierToday};
    ASSERT_TRUE(succeeded(repository().addAll(added)));

    const QList<CheckIn> listed = all();
    ASSERT_EQ(listed.size(), 4);
    EXPECT_EQ(listed[0].id, added[1].id);
    EXPECT_EQ(listed[1].id, added[3].id);
    EXPECT_EQ(listed[2].id, added[2].id);
    EXPECT_EQ(listed[3].id, added[0].id);
    expectSameEntry(listed[0], added[1]);
}

TEST_F(CheckInRepositoryTest, AllListsCheckInsAtTheSameTimeLatestWrittenFirst)
{
    CheckIn first = checkInAt(sam, evening);
    ASSERT_TRUE(succeeded(repository().add(first)));
    clock.advanceSeconds(60);
    CheckIn second = checkInAt(alex, evening);
    ASSERT_TRUE(succeeded(repository().add(second)));
    clock.advanceSeconds(60);
    CheckIn third = checkInAt(sam, evening);
    ASSERT_TRUE(succeeded(repository().add(third)));

    const QList<CheckIn> listed = all();
    ASSERT_EQ(listed.size(), 3);
    EXPECT_EQ(listed[0].id, third.id);
    EXPECT_EQ(listed[1].id, second.id);
    EXPECT_EQ(listed[2].id, first.id);
}

TEST_F(CheckInRepositoryTest, AllLeavesOutDeletedCheckIns)
{
    QList<CheckIn> many;
    for (int i = 0; i < 5; ++i)
        many.append(checkInAt(i % 2 ? sam : alex, evening.addDays(-i)));
    ASSERT_TRUE(succeeded(repository().addAll(many)));
    ASSERT_TRUE(succeeded(repository().remove(many[1].id)));
    ASSERT_TRUE(succeeded(repository().remove(many[4].id)));

    const QList<CheckIn> listed = all();
    ASSERT_EQ(listed.size(), 3);
    EXPECT_EQ(listed[0].id, many[0].id);
    EXPECT_EQ(listed[1].id, many[2].id);
    EXPECT_EQ(listed[2].id, many[3].id);

    ASSERT_TRUE(succeeded(repository().restore(many[4].id)));
    EXPECT_EQ(all().size(), 4);
}

TEST_F(CheckInRepositoryTest, AllLoadsEachCheckInsOwnActs)
{
    CheckIn older = checkInAt(sam, evening.addDays(-2));
    older.actsReceived = {acts[0].id, acts[1].id};
    older.actsWished = {acts[1].id};
    CheckIn bare = checkInAt(alex, evening.addDays(-1));
    CheckIn newer = checkInAt(alex, evening);
    newer.actsReceived = {acts[2].id};
    newer.actsWished = {acts[3].id, acts[0].id};
    CheckIn deleted = checkInAt(sam, evening.addSecs(60));
    deleted.actsReceived = {acts[3].id};
    QList<CheckIn> added{older, bare, newer, deleted};
    ASSERT_TRUE(succeeded(repository().addAll(added)));
    ASSERT_TRUE(succeeded(repository().remove(added[3].id)));

    const QList<CheckIn> listed = all();
    ASSERT_EQ(listed.size(), 3);
    expectSameEntry(listed[0], added[2]);
    expectSameEntry(listed[1], added[1]);
    expectSameEntry(listed[2], added[0]);
}

TEST_F(CheckInRepositoryTest, AllIsEmptyWithoutCheckIns)
{
    EXPECT_TRUE(all().isEmpty());
}

TEST_F(CheckInRepositoryTest, CountsOnlyCheckInsThatAreNotDeleted)
{
    EXPECT_EQ(count(), 0);
    QList<CheckIn> many;
    for (int i = 0; i < 25; ++i)
        many.append(checkInAt(i % 2 ? sam : alex, evening.addSecs(-60 * i)));
    ASSERT_TRUE(succeeded(repository().addAll(many)));
    EXPECT_EQ(count(), 25);
    ASSERT_TRUE(succeeded(repository().remove(many[3].id)));
    ASSERT_TRUE(succeeded(repository().remove(many[7].id)));
    EXPECT_EQ(count(), 23);
}

TEST_F(CheckInRepositoryTest, DataSurvivesReopening)
{
    CheckIn checkIn = checkInAt(alex, evening);
    checkIn.feltCaredFor = 1;
    checkIn.actsWished = {acts[0].id};
    ASSERT_TRUE(succeeded(repository().add(checkIn)));
    reopen();
    CheckInRepository reopened(*database, clock);
    Result<std::optional<CheckIn>> read = reopened.find(checkIn.id);
    ASSERT_TRUE(succeeded(read));
    ASSERT_TRUE(read->has_value());
    expectSameEntry(read->value(), checkIn);
}

} // namespace
} // namespace tend

namespace tend {
namespace {

using namespace Qt::StringLiterals;

TEST_F(CheckInRepositoryTest, ErasesWhatDeletedCheckInsSaidOnceUndoIsOver)
{
    CheckIn deleted = checkInAt(sam, evening);
    deleted.kind = CheckInKind::AfterIntimacy;
    deleted.note = u"Held each other for a long time."_s;
    deleted.feltCaredFor = 5;
    deleted.actsReceived = {acts[0].id};
    deleted.actsWished = {acts[1].id};
    CheckIn kept = checkInAt(alex, evening);
    kept.note = u"Still here."_s;
    kept.actsReceived = {acts[2].id};
    QList<CheckIn> both{deleted, kept};
    ASSERT_TRUE(succeeded(repository().addAll(both)));
    deleted = both[0];
    kept = both[1];
    const QVariant deletedId = deleted.id.toString(QUuid::WithoutBraces);

    const QDateTime beforeDeleting = clock.nowUtc();
    clock.advanceSeconds(60);
    ASSERT_TRUE(succeeded(repository().remove(deleted.id)));

    // Deleted after the cut-off: still inside the session that can undo it.
    ASSERT_TRUE(succeeded(repository().forgetDeletedBefore(beforeDeleting)));
    EXPECT_EQ(scalar(u"SELECT note FROM check_ins WHERE id = ?"_s, {deletedId}).toString(), deleted.note);

    clock.advanceSeconds(60);
    ASSERT_TRUE(succeeded(repository().forgetDeletedBefore(clock.nowUtc())));
    EXPECT_EQ(scalar(u"SELECT note FROM check_ins WHERE id = ?"_s, {deletedId}).toString(), QString());
    EXPECT_TRUE(scalar(u"SELECT felt_cared_for FROM check_ins WHERE id = ?"_s, {deletedId}).isNull());
    EXPECT_EQ(scalar(u"SELECT count(*) FROM check_in_acts WHERE check_in_id = ?"_s, {deletedId}).toInt(), 0);
    EXPECT_FALSE(scalar(u"SELECT deleted_utc FROM check_ins WHERE id = ?"_s, {deletedId}).isNull())
        << "the tombstone stays for merging";

    const std::optional<CheckIn> untouched = found(kept.id);
    ASSERT_TRUE(untouched.has_value());
    EXPECT_EQ(untouched->note, kept.note);
    EXPECT_EQ(untouched->actsReceived, kept.actsReceived);
}

} // namespace
} // namespace tend
