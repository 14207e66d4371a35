// The reminders file: its own kind of file beside the data, Tend's default reminders the first
// time, edits that never fire for the past, and claims that deliver each occurrence once.

#include "core/statusassertions.h"
#include "filehelpers.h"

#include "clock.h"
#include "storage/database.h"
#include "storage/datafolder.h"
#include "storage/reminderrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

class ReminderRepositoryTest : public ::testing::Test
{
protected:
    // Tuesday 14 May 2024, 18:00 in Berlin.
    static inline const QDateTime Start{QDate(2024, 5, 14), QTime(16, 0), QTimeZone::utc()};

    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        open();
    }

    void open()
    {
        database.reset();
        Result<std::unique_ptr<Database>> opened = ReminderRepository::openIn(folder.path(), clock);
        ASSERT_TRUE(succeeded(opened));
        database = std::move(opened).value();
    }

    ReminderRepository repository() const { return ReminderRepository(*database, clock); }

    QList<Reminder> stored() const
    {
        Result<QList<Reminder>> all = repository().all();
        EXPECT_TRUE(succeeded(all));
        return all ? all.value() : QList<Reminder>();
    }

    Reminder storedOfKind(ReminderKind kind) const
    {
        for (const Reminder &reminder : stored()) {
            if (reminder.kind == kind)
                return reminder;
        }
        ADD_FAILURE() << "no reminder of that kind";
        return {};
    }

    QList<ClaimedReminder> claim()
    {
        Result<QList<ClaimedReminder>> claimed = repository().claimDue();
        EXPECT_TRUE(succeeded(claimed));
        return claimed ? claimed.value() : QList<ClaimedReminder>();
    }

    void setLocal(const QDate &day, const QTime &time) { clock.setNowUtc(QDateTime(day, time, zone)); }

    QTemporaryDir folder;
    QTimeZone zone{"Europe/Berlin"};
    ManualClock clock{Start, zone};
    std::unique_ptr<Database> database;
};

TEST_F(ReminderRepositoryTest, StartsWithTheDefaultRemindersOnceInAFileOfItsOwn)
{
    const QList<Reminder> reminders = stored();
    ASSERT_EQ(reminders.size(), 4);
    EXPECT_EQ(reminders[0].kind, ReminderKind::CheckIn);
    EXPECT_TRUE(reminders[0].enabled);
    EXPECT_EQ(reminders[0].schedule.time, QTime(21, 0));
    EXPECT_EQ(reminders[1].kind, ReminderKind::WeeklyNeed);
    EXPECT_EQ(reminders[1].schedule.weekdays, 1 << Qt::Sunday);
    EXPECT_FALSE(reminders[2].enabled);
    EXPECT_FALSE(reminders[3].enabled);
    EXPECT_EQ(reminders[0].text, discreetText(ReminderKind::CheckIn));

    open();
    EXPECT_EQ(stored().size(), 4) << "the defaults are added once";
    EXPECT_TRUE(QFile::exists(remindersPathIn(folder.path())));
    EXPECT_FALSE(QFile::exists(databasePathIn(folder.path()))) << "the couple's data is not touched";
    EXPECT_EQ(test::permissionBits(remindersPathIn(folder.path())), 0600);
}

TEST_F(ReminderRepositoryTest, TheRemindersFileAndTheDataFileAreNotMistakenForEachOther)
{
    database.reset();
    EXPECT_TRUE(refusedMentioning(Database::open(remindersPathIn(folder.path())), {u"another application"_s}));
    ASSERT_TRUE(succeeded(Database::open(databasePathIn(folder.path()))));
    EXPECT_TRUE(refusedMentioning(
        Database::open(databasePathIn(folder.path()), reminderMigrations(), TendRemindersApplicationId),
        {u"another application"_s}));
}

TEST_F(ReminderRepositoryTest, AddsEditsAndRemovesAReminder)
{
    Reminder reminder;
    reminder.schedule.frequency = Frequency::Weekly;
    reminder.schedule.weekdays = (1 << Qt::Monday) | (1 << Qt::Thursday);
    reminder.schedule.time = QTime(7, 30, 15);
    reminder.text = u"  Tend — a walk together  "_s;
    ASSERT_TRUE(succeeded(repository().add(reminder)));
    EXPECT_FALSE(reminder.id.isNull());
    EXPECT_EQ(reminder.text, u"Tend — a walk together"_s);
    EXPECT_EQ(reminder.schedule.time, QTime(7, 30)) << "reminders keep whole minutes";
    EXPECT_EQ(reminder.lastFiredUtc, clock.nowUtc()) << "a new reminder never fires for the past";
    open();
    ASSERT_EQ(stored().size(), 5);
    EXPECT_EQ(stored().last(), reminder);

    reminder.schedule.frequency = Frequency::Monthly;
    reminder.schedule.dayOfMonth = 31;
    ASSERT_TRUE(succeeded(repository().update(reminder)));
    EXPECT_EQ(stored().last(), reminder);

    ASSERT_TRUE(succeeded(repository().remove(reminder.id)));
    EXPECT_EQ(stored().size(), 4);
    EXPECT_TRUE(refusedMentioning(repository().remove(reminder.id), {u"no longer exists"_s}));
    EXPECT_TRUE(refusedMentioning(repository().update(reminder), {u"no longer exists"_s}));
}

TEST_F(ReminderRepositoryTest, BadInputIsRefusedAndNothingIsWritten)
{
    Reminder blank;
    blank.text = u"   "_s;
    EXPECT_TRUE(refusedMentioning(repository().add(blank), {u"text"_s}));
    Reminder noDays;
    noDays.text = u"Tend"_s;
    noDays.schedule.frequency = Frequency::Weekly;
    EXPECT_TRUE(refusedMentioning(repository().add(noDays), {u"day of the week"_s}));
    Reminder checkIn = storedOfKind(ReminderKind::CheckIn);
    Reminder tooLong = checkIn;
    tooLong.text = QString(MaxReminderTextLength + 1, u'x');
    EXPECT_TRUE(refusedMentioning(repository().update(tooLong), {QString::number(MaxReminderTextLength)}));
    EXPECT_EQ(stored().size(), 4);
    EXPECT_EQ(storedOfKind(ReminderKind::CheckIn), checkIn);
}

TEST_F(ReminderRepositoryTest, EachOccurrenceIsClaimedOnceAcrossTwoConnections)
{
    setLocal(QDate(2024, 5, 14), QTime(20, 59));
    EXPECT_TRUE(claim().isEmpty());
    setLocal(QDate(2024, 5, 14), QTime(21, 0));
    const QList<ClaimedReminder> first = claim();
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first.first().reminder.kind, ReminderKind::CheckIn);
    EXPECT_EQ(first.first().due.dueUtc, QDateTime(QDate(2024, 5, 14), QTime(21, 0), zone).toUTC());
    EXPECT_FALSE(first.first().due.late);

    // A second Tend (the window, or another `tend --remind`) on its own connection.
    Result<std::unique_ptr<Database>> other = ReminderRepository::openIn(folder.path(), clock);
    ASSERT_TRUE(succeeded(other));
    clock.advanceSeconds(30);
    Result<QList<ClaimedReminder>> again = ReminderRepository(*other.value(), clock).claimDue();
    ASSERT_TRUE(succeeded(again));
    EXPECT_TRUE(again.value().isEmpty());
    EXPECT_TRUE(claim().isEmpty());
}

TEST_F(ReminderRepositoryTest, AfterAGapOnlyTheLatestMissedOccurrenceComesOnceAndLate)
{
    // The machine was off from Tuesday evening until Friday morning.
    setLocal(QDate(2024, 5, 17), QTime(8, 15));
    const QList<ClaimedReminder> claimed = claim();
    ASSERT_EQ(claimed.size(), 1);
    EXPECT_EQ(claimed.first().due.dueUtc, QDateTime(QDate(2024, 5, 16), QTime(21, 0), zone).toUTC());
    EXPECT_TRUE(claimed.first().due.late);
    clock.advanceSeconds(60);
    EXPECT_TRUE(claim().isEmpty()) << "not once per missed day";
}

TEST_F(ReminderRepositoryTest, TheCheckInReminderStaysQuietOnADayBothCheckedIn)
{
    ASSERT_TRUE(succeeded(repository().setBothCheckedInOn(QDate(2024, 5, 14))));
    EXPECT_EQ(repository().bothCheckedInOn().value(), QDate(2024, 5, 14));
    setLocal(QDate(2024, 5, 14), QTime(21, 0));
    EXPECT_TRUE(claim().isEmpty());
    setLocal(QDate(2024, 5, 15), QTime(21, 0));
    EXPECT_EQ(claim().size(), 1) << "the next day it comes again";

    ASSERT_TRUE(succeeded(repository().setBothCheckedInOn(QDate(2024, 5, 16))));
    ASSERT_TRUE(succeeded(repository().setBothCheckedInOn(QDate()))); // an undo took a check-in back
    EXPECT_FALSE(repository().bothCheckedInOn().value().isValid());
    setLocal(QDate(2024, 5, 16), QTime(21, 0));
    EXPECT_EQ(claim().size(), 1);
}

TEST_F(ReminderRepositoryTest, ANewTimeOrSwitchingBackOnDoesNotFireForThePast)
{
    Reminder checkIn = storedOfKind(ReminderKind::CheckIn);
    setLocal(QDate(2024, 5, 14), QTime(22, 0));
    ASSERT_EQ(claim().size(), 1);

    setLocal(QDate(2024, 5, 15), QTime(20, 30));
    checkIn = storedOfKind(ReminderKind::CheckIn);
    checkIn.schedule.time = QTime(20, 0); // already past today
    ASSERT_TRUE(succeeded(repository().update(checkIn)));
    EXPECT_TRUE(claim().isEmpty());

    Reminder mindfulness = storedOfKind(ReminderKind::Mindfulness); // 08:00, off since Tuesday
    mindfulness.enabled = true;
    ASSERT_TRUE(succeeded(repository().update(mindfulness)));
    EXPECT_TRUE(claim().isEmpty()) << "no catch-up for the days it was off";
    setLocal(QDate(2024, 5, 16), QTime(8, 0));
    const QList<ClaimedReminder> claimed = claim();
    ASSERT_EQ(claimed.size(), 1);
    EXPECT_EQ(claimed.first().reminder.kind, ReminderKind::Mindfulness);
}

TEST_F(ReminderRepositoryTest, SnoozeAndDeliveriesAreKept)
{
    setLocal(QDate(2024, 5, 14), QTime(21, 0));
    const QList<ClaimedReminder> claimed = claim();
    ASSERT_EQ(claimed.size(), 1);
    const Reminder snoozedReminder = snoozed(claimed.first().reminder, Snooze::OneHour, clock.nowUtc(), zone);
    ASSERT_TRUE(succeeded(repository().saveFireState(snoozedReminder)));
    setLocal(QDate(2024, 5, 14), QTime(21, 59));
    EXPECT_TRUE(claim().isEmpty());
    setLocal(QDate(2024, 5, 14), QTime(22, 0));
    ASSERT_EQ(claim().size(), 1) << "the snooze comes back once";
    EXPECT_TRUE(claim().isEmpty());

    ReminderDelivery delivery;
    delivery.reminderId = claimed.first().reminder.id;
    delivery.dueUtc = claimed.first().due.dueUtc;
    delivery.deliveredUtc = clock.nowUtc();
    delivery.way = DeliveryWay::None;
    delivery.problem = u"No notification service is running."_s;
    ASSERT_TRUE(succeeded(repository().recordDelivery(delivery)));
    delivery.way = DeliveryWay::Desktop;
    delivery.problem.clear();
    ASSERT_TRUE(succeeded(repository().recordDelivery(delivery)));
    open();
    Result<QList<ReminderDelivery>> deliveries = repository().deliveries();
    ASSERT_TRUE(succeeded(deliveries));
    EXPECT_EQ(deliveries.value(), QList<ReminderDelivery>{delivery}) << "the latest delivery per reminder";
}

TEST_F(ReminderRepositoryTest, NothingIntimateCanBeStoredHere)
{
    // The schema has room for schedules, discreet texts and delivery times only.
    QSqlQuery columns(database->connection());
    ASSERT_TRUE(columns.exec(u"SELECT group_concat(name) FROM pragma_table_info('reminders')"_s) && columns.next());
    EXPECT_EQ(columns.value(0).toString(),
              u"id,kind,frequency,time_of_day,weekdays,day_of_month,enabled,text,last_fired_utc,snoozed_until_utc,"
              "sort_order,created_utc,updated_utc"_s);
    QSqlQuery tables(database->connection());
    ASSERT_TRUE(tables.exec(u"SELECT group_concat(name) FROM sqlite_schema WHERE type = 'table'"_s) && tables.next());
    EXPECT_EQ(tables.value(0).toString(), u"reminders,deliveries,reminder_state"_s);
}

TEST_F(ReminderRepositoryTest, DeletedDefaultsStayDeleted)
{
    for (const Reminder &reminder : stored())
        ASSERT_TRUE(succeeded(repository().remove(reminder.id)));
    open();
    EXPECT_TRUE(stored().isEmpty()) << "the next open (say, tend --remind a minute later) does not bring them back";
}

TEST_F(ReminderRepositoryTest, FireStateChangesWorkOnWhatIsStoredNotOnAnOlderCopy)
{
    const Reminder shownInTheBanner = storedOfKind(ReminderKind::CheckIn);
    // The page skips tonight's...
    ASSERT_TRUE(succeeded(repository().changeFireState(shownInTheBanner.id, [this](const Reminder &stored) {
        return skipNext(stored, clock.nowUtc(), zone);
    })));
    const QDateTime skippedUpTo = storedOfKind(ReminderKind::CheckIn).lastFiredUtc;
    ASSERT_EQ(skippedUpTo, QDateTime(QDate(2024, 5, 14), QTime(21, 0), zone).toUTC());
    // ...then the banner, holding its older copy, snoozes: the skip stays.
    ASSERT_TRUE(succeeded(repository().changeFireState(shownInTheBanner.id, [this](const Reminder &stored) {
        return snoozed(stored, Snooze::TenMinutes, clock.nowUtc(), zone);
    })));
    EXPECT_EQ(storedOfKind(ReminderKind::CheckIn).lastFiredUtc, skippedUpTo);
    EXPECT_TRUE(refusedMentioning(repository().changeFireState(QUuid::createUuid(), [](const Reminder &r) { return r; }),
                                  {u"no longer exists"_s}));
}

} // namespace
} // namespace tend
