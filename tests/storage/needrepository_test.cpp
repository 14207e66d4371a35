#include "databasefixture.h"

#include "storage/needrepository.h"

#include <QHash>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

class NeedRepositoryTest : public test::CoupleFixture
{
protected:
    NeedRepository repository() const { return NeedRepository(*database, clock); }

    QList<Need> stored() const
    {
        Result<QList<Need>> needs = repository().all();
        EXPECT_TRUE(succeeded(needs));
        return needs ? needs.value() : QList<Need>();
    }

    Need needBy(const Partner &partner, const QString &text, int sortOrder) const
    {
        Need need;
        need.raisedBy = partner.id;
        need.text = text;
        need.sortOrder = sortOrder;
        return need;
    }
};

TEST_F(NeedRepositoryTest, IsEmptyAtFirst)
{
    EXPECT_TRUE(stored().isEmpty());
}

TEST_F(NeedRepositoryTest, AddsNeedsAndReadsThemBackInTheCouplesOrder)
{
    const QDateTime resolved(QDate(2026, 3, 1), QTime(18, 0, 0, 5), QTimeZone::utc());
    Need third = needBy(sam, u"  A slower Sunday morning  "_s, 3);
    Need first = needBy(alex, u"Say when something felt off"_s, 1);
    first.priority = NeedPriority::High;
    first.status = NeedStatus::TalkingAboutIt;
    Need second = needBy(sam, u"More hugs when we get home"_s, 2);
    second.priority = NeedPriority::Low;
    second.status = NeedStatus::Resolved;
    second.resolvedUtc = resolved;
    second.resolutionNote = u"We hug at the door now."_s;
    QList<Need> needs{third, first, second};

    ASSERT_TRUE(succeeded(repository().addAll(needs)));
    for (const Need &need : needs) {
        EXPECT_FALSE(need.id.isNull());
        EXPECT_EQ(need.createdUtc, Start);
        EXPECT_EQ(need.updatedUtc, Start);
    }
    EXPECT_EQ(needs[0].text, u"A slower Sunday morning"_s);

    const QList<Need> read = stored();
    ASSERT_EQ(read.size(), 3);
    const QList<Need> expected{needs[1], needs[2], needs[0]};
    for (qsizetype i = 0; i < read.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(read[i].id, expected[i].id);
        EXPECT_EQ(read[i].raisedBy, expected[i].raisedBy);
        EXPECT_EQ(read[i].text, expected[i].text);
        EXPECT_EQ(read[i].status, expected[i].status);
        EXPECT_EQ(read[i].priority, expected[i].priority);
        EXPECT_EQ(read[i].sortOrder, expected[i].sortOrder);
        EXPECT_EQ(read[i].resolvedUtc, expected[i].resolvedUtc);
        EXPECT_EQ(read[i].resolutionNote, expected[i].resolutionNote);
        EXPECT_EQ(read[i].createdUtc, expected[i].createdUtc);
        EXPECT_EQ(read[i].updatedUtc, expected[i].updatedUtc);
    }
    EXPECT_EQ(read[1].resolvedUtc, resolved);
    EXPECT_FALSE(read[0].resolvedUtc.isValid());
}

TEST_F(NeedRepositoryTest, KeepsAGivenCreationTime)
{
    const QDateTime raised(QDate(2025, 12, 24), QTime(19, 0), QTimeZone::utc());
    Need need = needBy(alex, u"Plan a weekend away"_s, 0);
    need.createdUtc = raised;
    QList<Need> needs{need};
    ASSERT_TRUE(succeeded(repository().addAll(needs)));
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored()[0].createdUtc, raised);
    EXPECT_EQ(stored()[0].updatedUtc, Start);
}

TEST_F(NeedRepositoryTest, EqualSortOrderFallsBackToCreationTime)
{
    QList<Need> later{needBy(sam, u"Later"_s, 0)};
    clock.advanceSeconds(1);
    ASSERT_TRUE(succeeded(repository().addAll(later)));
    clock.setNowUtc(Start);
    QList<Need> earlier{needBy(alex, u"Earlier"_s, 0)};
    ASSERT_TRUE(succeeded(repository().addAll(earlier)));
    const QList<Need> read = stored();
    ASSERT_EQ(read.size(), 2);
    EXPECT_EQ(read[0].text, u"Earlier"_s);
    EXPECT_EQ(read[1].text, u"Later"_s);
}

TEST_F(NeedRepositoryTest, OneInvalidNeedRefusesTheWholeBatch)
{
    QList<Need> needs{needBy(sam, u"Fine"_s, 0), needBy(alex, u"  "_s, 1)};
    EXPECT_TRUE(refusedMentioning(repository().addAll(needs), {u"need is about"_s}));
    EXPECT_TRUE(needs[0].id.isNull());
    EXPECT_EQ(rowCount(u"needs"_s), 0);
}

TEST_F(NeedRepositoryTest, ANeedFromSomeoneWhoIsNotAPartnerIsRefusedAndNothingIsWritten)
{
    Need stranger = needBy(sam, u"From nobody"_s, 1);
    stranger.raisedBy = QUuid::createUuid();
    QList<Need> needs{needBy(sam, u"Fine"_s, 0), stranger};
    EXPECT_TRUE(refusedMentioning(repository().addAll(needs), {u"need"_s, u"FOREIGN KEY"_s}));
    EXPECT_TRUE(needs[0].id.isNull());
    EXPECT_EQ(rowCount(u"needs"_s), 0);
}

TEST_F(NeedRepositoryTest, AddAllKeepsWhenANeedWasDiscussed)
{
    const QDateTime discussed(QDate(2026, 3, 2), QTime(20, 0, 0, 7), QTimeZone::utc());
    Need need = needBy(sam, u"Talk about the holidays"_s, 0);
    need.discussedUtc = discussed;
    QList<Need> needs{need, needBy(alex, u"Never discussed"_s, 1)};
    ASSERT_TRUE(succeeded(repository().addAll(needs)));
    const QList<Need> read = stored();
    ASSERT_EQ(read.size(), 2);
    EXPECT_EQ(read[0], needs[0]);
    EXPECT_EQ(read[0].discussedUtc, discussed);
    EXPECT_FALSE(read[1].discussedUtc.isValid());
}

TEST_F(NeedRepositoryTest, AddPutsANewNeedLastAndFillsItIn)
{
    QList<Need> earlier{needBy(sam, u"First"_s, 4), needBy(alex, u"Second"_s, 7)};
    ASSERT_TRUE(succeeded(repository().addAll(earlier)));
    clock.advanceSeconds(60);

    Need need = needBy(alex, u"  Ask before tickling  "_s, 0);
    ASSERT_TRUE(succeeded(repository().add(need)));
    EXPECT_FALSE(need.id.isNull());
    EXPECT_EQ(need.sortOrder, 8);
    EXPECT_EQ(need.text, u"Ask before tickling"_s);
    EXPECT_EQ(need.createdUtc, clock.nowUtc());
    EXPECT_EQ(need.updatedUtc, clock.nowUtc());

    const QList<Need> read = stored();
    ASSERT_EQ(read.size(), 3);
    EXPECT_EQ(read.last(), need);
}

TEST_F(NeedRepositoryTest, TheFirstNeedAddedIsNumberOne)
{
    Need need = needBy(sam, u"Only one"_s, 42);
    ASSERT_TRUE(succeeded(repository().add(need)));
    EXPECT_EQ(need.sortOrder, 1);
}

TEST_F(NeedRepositoryTest, ANeedAlreadyOnTheListIsRefusedWithItsTextAndNothingIsWritten)
{
    Need first = needBy(sam, u"More hugs when we get home"_s, 0);
    ASSERT_TRUE(succeeded(repository().add(first)));

    for (const QString &same : {u"More hugs when we get home"_s, u"  more HUGS   when we\nget home "_s}) {
        SCOPED_TRACE(same.toStdString());
        Need again = needBy(alex, same, 0);
        EXPECT_TRUE(refusedMentioning(repository().add(again), {same.trimmed(), u"already"_s}));
        EXPECT_TRUE(again.id.isNull());
        EXPECT_EQ(rowCount(u"needs"_s), 1);
    }

    Need talking = first;
    talking.status = NeedStatus::TalkingAboutIt;
    ASSERT_TRUE(succeeded(repository().update(talking)));
    Need again = needBy(alex, first.text, 0);
    EXPECT_FALSE(repository().add(again).ok()) << "a need being talked about is still on the list";
    EXPECT_EQ(rowCount(u"needs"_s), 1);
}

TEST_F(NeedRepositoryTest, ANeedMayComeBackOnceItIsResolvedOrDeleted)
{
    Need resolved = needBy(sam, u"Slow Sunday mornings"_s, 0);
    ASSERT_TRUE(succeeded(repository().add(resolved)));
    resolved.status = NeedStatus::Resolved;
    resolved.resolvedUtc = clock.nowUtc();
    ASSERT_TRUE(succeeded(repository().update(resolved)));
    Need again = needBy(alex, u"slow sunday mornings"_s, 0);
    ASSERT_TRUE(succeeded(repository().add(again)));

    ASSERT_TRUE(succeeded(repository().remove(again.id)));
    Need thirdTime = needBy(alex, u"Slow Sunday mornings"_s, 0);
    EXPECT_TRUE(succeeded(repository().add(thirdTime)));
    EXPECT_EQ(stored().size(), 2);
}

TEST_F(NeedRepositoryTest, RewordingOrReopeningANeedIntoOneStillOpenIsRefused)
{
    Need open = needBy(sam, u"More hugs when we get home"_s, 0);
    Need other = needBy(alex, u"Slow Sunday mornings"_s, 0);
    ASSERT_TRUE(succeeded(repository().add(open)));
    ASSERT_TRUE(succeeded(repository().add(other)));

    Need reworded = other;
    reworded.text = u"more hugs when we get HOME"_s;
    EXPECT_TRUE(refusedMentioning(repository().update(reworded), {u"already"_s}));
    EXPECT_EQ(scalar(u"SELECT text FROM needs WHERE id = ?"_s, {other.id.toString(QUuid::WithoutBraces)}).toString(),
              other.text);

    Need samePriorityChange = open;
    samePriorityChange.priority = NeedPriority::High;
    EXPECT_TRUE(succeeded(repository().update(samePriorityChange))) << "a need is no duplicate of itself";

    Need resolvedTwin = needBy(alex, u"Say when something felt off"_s, 0);
    ASSERT_TRUE(succeeded(repository().add(resolvedTwin)));
    resolvedTwin.status = NeedStatus::Resolved;
    resolvedTwin.resolvedUtc = clock.nowUtc();
    ASSERT_TRUE(succeeded(repository().update(resolvedTwin)));
    Need again = needBy(sam, u"Say when something felt off"_s, 0);
    ASSERT_TRUE(succeeded(repository().add(again)));
    Need reopened = resolvedTwin;
    reopened.status = NeedStatus::Open;
    reopened.resolvedUtc = QDateTime();
    EXPECT_TRUE(refusedMentioning(repository().update(reopened), {u"already"_s}))
        << "reopening would put the same need on the list twice";
}

TEST_F(NeedRepositoryTest, WhatADeletedNeedSaidIsErasedOnceUndoCannotBringItBack)
{
    Need deleted = needBy(sam, u"Something private"_s, 0);
    deleted.status = NeedStatus::Resolved;
    deleted.resolvedUtc = clock.nowUtc();
    deleted.resolutionNote = u"A private note"_s;
    Need kept = needBy(alex, u"Kept words"_s, 0);
    ASSERT_TRUE(succeeded(repository().add(deleted)));
    ASSERT_TRUE(succeeded(repository().add(kept)));
    const QVariant deletedId = deleted.id.toString(QUuid::WithoutBraces);

    const QDateTime beforeDeleting = clock.nowUtc();
    clock.advanceSeconds(60);
    ASSERT_TRUE(succeeded(repository().remove(deleted.id)));

    ASSERT_TRUE(succeeded(repository().forgetDeletedBefore(beforeDeleting)));
    EXPECT_EQ(scalar(u"SELECT text FROM needs WHERE id = ?"_s, {deletedId}).toString(), deleted.text)
        << "deleted after the cut-off: undo may still bring it back";

    clock.advanceSeconds(60);
    ASSERT_TRUE(succeeded(repository().forgetDeletedBefore(clock.nowUtc())));
    EXPECT_EQ(scalar(u"SELECT text FROM needs WHERE id = ?"_s, {deletedId}).toString(), u"-"_s);
    EXPECT_EQ(scalar(u"SELECT resolution_note FROM needs WHERE id = ?"_s, {deletedId}).toString(), QString());
    EXPECT_FALSE(scalar(u"SELECT deleted_utc FROM needs WHERE id = ?"_s, {deletedId}).isNull());
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first(), kept);
}

TEST_F(NeedRepositoryTest, AnInvalidNeedIsRefusedAndNothingIsWritten)
{
    Need blank = needBy(sam, u"   "_s, 0);
    EXPECT_TRUE(refusedMentioning(repository().add(blank), {u"need is about"_s}));
    EXPECT_TRUE(blank.id.isNull());
    EXPECT_EQ(rowCount(u"needs"_s), 0);

    Need need = needBy(sam, u"Fine"_s, 0);
    ASSERT_TRUE(succeeded(repository().add(need)));
    const Need before = need;
    Need changed = need;
    changed.text = u"Changed"_s;
    changed.status = NeedStatus::Resolved; // without the date it was resolved
    clock.advanceSeconds(5);
    EXPECT_TRUE(refusedMentioning(repository().update(changed), {u"resolved"_s}));
    EXPECT_EQ(changed.updatedUtc, before.updatedUtc) << "the caller's need is left as it was";
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first(), before);
}

TEST_F(NeedRepositoryTest, AnUpdateIsReadBackExactly)
{
    Need need = needBy(sam, u"Say when something felt off"_s, 0);
    ASSERT_TRUE(succeeded(repository().add(need)));
    clock.advanceDays(3);

    need.raisedBy = alex.id;
    need.text = u"  Say it gently when something felt off "_s;
    need.priority = NeedPriority::High;
    need.status = NeedStatus::Resolved;
    need.resolvedUtc = QDateTime(QDate(2026, 3, 16), QTime(21, 0, 0, 42), QTimeZone::utc());
    need.resolutionNote = u" A quiet word the next morning. "_s;
    need.discussedUtc = QDateTime(QDate(2026, 3, 16), QTime(20, 30, 0, 1), QTimeZone::utc());
    need.sortOrder = 9;
    const QDateTime created = need.createdUtc;
    ASSERT_TRUE(succeeded(repository().update(need)));
    EXPECT_EQ(need.text, u"Say it gently when something felt off"_s);
    EXPECT_EQ(need.resolutionNote, u"A quiet word the next morning."_s);
    EXPECT_EQ(need.updatedUtc, clock.nowUtc());
    EXPECT_EQ(need.createdUtc, created);

    reopen();
    const QList<Need> read = stored();
    ASSERT_EQ(read.size(), 1);
    EXPECT_EQ(read.first(), need);

    need.status = NeedStatus::Open;
    need.resolvedUtc = QDateTime();
    need.resolutionNote.clear();
    need.discussedUtc = QDateTime();
    ASSERT_TRUE(succeeded(repository().update(need)));
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first(), need);
    EXPECT_FALSE(stored().first().discussedUtc.isValid());
    EXPECT_TRUE(scalar(u"SELECT resolved_utc FROM needs"_s).isNull());
}

TEST_F(NeedRepositoryTest, UpdatingANeedThatIsNotThereFails)
{
    Need unknown = needBy(sam, u"Never saved"_s, 0);
    unknown.id = QUuid::createUuid();
    EXPECT_TRUE(refusedMentioning(repository().update(unknown), {u"no longer exists"_s}));
    EXPECT_EQ(rowCount(u"needs"_s), 0);

    Need deleted = needBy(sam, u"Deleted"_s, 0);
    ASSERT_TRUE(succeeded(repository().add(deleted)));
    ASSERT_TRUE(succeeded(repository().remove(deleted.id)));
    deleted.text = u"Changed after deleting"_s;
    EXPECT_TRUE(refusedMentioning(repository().update(deleted), {u"no longer exists"_s}));
    EXPECT_EQ(scalar(u"SELECT text FROM needs"_s).toString(), u"Deleted"_s);
}

TEST_F(NeedRepositoryTest, ARemovedNeedComesBackExactlyAsItWas)
{
    Need kept = needBy(sam, u"Kept"_s, 0);
    Need removed = needBy(alex, u"Removed"_s, 0);
    ASSERT_TRUE(succeeded(repository().add(kept)));
    ASSERT_TRUE(succeeded(repository().add(removed)));

    clock.advanceSeconds(10);
    ASSERT_TRUE(succeeded(repository().remove(removed.id)));
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first(), kept);
    EXPECT_EQ(rowCount(u"needs"_s), 2) << "deleting is soft";
    EXPECT_TRUE(refusedMentioning(repository().remove(removed.id), {u"not found"_s}));

    ASSERT_TRUE(succeeded(repository().restore(removed.id)));
    const QList<Need> read = stored();
    ASSERT_EQ(read.size(), 2);
    EXPECT_EQ(read[1].id, removed.id);
    EXPECT_EQ(read[1].text, removed.text);
    EXPECT_EQ(read[1].sortOrder, removed.sortOrder);
    EXPECT_TRUE(refusedMentioning(repository().restore(removed.id), {u"not found"_s}));
    EXPECT_FALSE(repository().remove(QUuid::createUuid()).ok());
}

TEST_F(NeedRepositoryTest, TheCouplesOrderIsSavedAndSurvivesReopening)
{
    Need a = needBy(sam, u"A"_s, 0);
    Need b = needBy(alex, u"B"_s, 0);
    Need c = needBy(sam, u"C"_s, 0);
    for (Need *need : {&a, &b, &c})
        ASSERT_TRUE(succeeded(repository().add(*need)));
    clock.advanceSeconds(30);

    ASSERT_TRUE(succeeded(repository().saveOrder({a.id, c.id, b.id})));
    reopen();
    const QList<Need> read = stored();
    ASSERT_EQ(read.size(), 3);
    EXPECT_EQ(read[0].id, a.id);
    EXPECT_EQ(read[1].id, c.id);
    EXPECT_EQ(read[2].id, b.id);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(read[i].sortOrder, i + 1);
    EXPECT_EQ(read[0].updatedUtc, a.updatedUtc) << "A kept its place";
    EXPECT_EQ(read[1].updatedUtc, clock.nowUtc());
    EXPECT_EQ(read[2].updatedUtc, clock.nowUtc());

    ASSERT_TRUE(succeeded(repository().saveOrder({b.id})));
    QHash<QUuid, int> places;
    for (const Need &need : stored())
        places.insert(need.id, need.sortOrder);
    EXPECT_EQ(places.value(b.id), 1);
    EXPECT_EQ(places.value(a.id), 1) << "needs not listed keep their numbers";
    EXPECT_EQ(places.value(c.id), 2);
}

TEST_F(NeedRepositoryTest, AnOrderWithAMissingNeedChangesNothing)
{
    Need a = needBy(sam, u"A"_s, 0);
    Need b = needBy(alex, u"B"_s, 0);
    ASSERT_TRUE(succeeded(repository().add(a)));
    ASSERT_TRUE(succeeded(repository().add(b)));
    ASSERT_TRUE(succeeded(repository().remove(a.id)));

    EXPECT_TRUE(refusedMentioning(repository().saveOrder({b.id, a.id}), {u"order"_s, u"not found"_s}));
    EXPECT_EQ(scalar(u"SELECT sort_order FROM needs WHERE id = ?"_s, {b.id.toString(QUuid::WithoutBraces)}).toInt(), 2)
        << "rolled back";
}

TEST_F(NeedRepositoryTest, ThePickForAWeekIsStoredAndReplaced)
{
    const QDate monday(2026, 3, 9);
    Need first = needBy(sam, u"First"_s, 0);
    Need second = needBy(alex, u"Second"_s, 0);
    ASSERT_TRUE(succeeded(repository().add(first)));
    ASSERT_TRUE(succeeded(repository().add(second)));

    Result<QUuid> none = repository().pickedForWeek(monday);
    ASSERT_TRUE(succeeded(none));
    EXPECT_TRUE(none->isNull());

    ASSERT_TRUE(succeeded(repository().pickForWeek(monday, first.id)));
    ASSERT_TRUE(succeeded(repository().pickForWeek(monday.addDays(7), second.id)));
    ASSERT_TRUE(succeeded(repository().pickForWeek(monday, second.id)));
    EXPECT_EQ(rowCount(u"weekly_needs"_s), 2) << "one pick per week";

    reopen();
    Result<QUuid> picked = repository().pickedForWeek(monday);
    ASSERT_TRUE(succeeded(picked));
    EXPECT_EQ(picked.value(), second.id);
    Result<QUuid> nextWeek = repository().pickedForWeek(monday.addDays(7));
    ASSERT_TRUE(succeeded(nextWeek));
    EXPECT_EQ(nextWeek.value(), second.id);
    Result<QUuid> weekBefore = repository().pickedForWeek(monday.addDays(-7));
    ASSERT_TRUE(succeeded(weekBefore));
    EXPECT_TRUE(weekBefore->isNull());

    ASSERT_TRUE(succeeded(repository().pickForWeek(monday, QUuid())));
    Result<QUuid> takenBack = repository().pickedForWeek(monday);
    ASSERT_TRUE(succeeded(takenBack));
    EXPECT_TRUE(takenBack->isNull());
    EXPECT_EQ(rowCount(u"weekly_needs"_s), 1);
}

TEST_F(NeedRepositoryTest, OnlyALiveNeedCanBePickedForAWeekStartingOnMonday)
{
    const QDate monday(2026, 3, 9);
    Need need = needBy(sam, u"Picked"_s, 0);
    ASSERT_TRUE(succeeded(repository().add(need)));

    EXPECT_TRUE(refusedMentioning(repository().pickForWeek(monday.addDays(2), need.id), {u"Monday"_s}));
    EXPECT_FALSE(repository().pickForWeek(QDate(), need.id).ok());
    EXPECT_TRUE(refusedMentioning(repository().pickForWeek(monday, QUuid::createUuid()), {u"no longer exists"_s}));
    ASSERT_TRUE(succeeded(repository().remove(need.id)));
    EXPECT_TRUE(refusedMentioning(repository().pickForWeek(monday, need.id), {u"no longer exists"_s}));
    EXPECT_EQ(rowCount(u"weekly_needs"_s), 0);
}

} // namespace
} // namespace tend
