#include "reminders/remindermessage.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

class ReminderMessageTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    const QTimeZone zone{"America/New_York"};
    Reminder reminder = [] {
        Reminder r;
        r.kind = ReminderKind::CheckIn;
        r.text = u"Tend — time for your check-in"_s;
        return r;
    }();
    const QDateTime now = QDateTime(QDate(2024, 11, 8), QTime(8, 30), QTimeZone("America/New_York")).toUTC();
};

TEST_F(ReminderMessageTest, OnTimeItSaysOnlyItsDiscreetText)
{
    const ReminderMessage message = messageFor(reminder, {now.addSecs(-60), false}, now, zone);
    EXPECT_EQ(message.summary, reminder.text);
    EXPECT_TRUE(message.body.isEmpty());
}

TEST_F(ReminderMessageTest, LateItSaysWhenItWasDueInLocalTime)
{
    const QDateTime earlierToday = QDateTime(QDate(2024, 11, 8), QTime(7, 0), zone).toUTC();
    EXPECT_EQ(messageFor(reminder, {earlierToday, true}, now, zone).body, u"This was due at 07:00."_s);
    const QDateTime lastNight = QDateTime(QDate(2024, 11, 7), QTime(21, 0), zone).toUTC();
    EXPECT_EQ(messageFor(reminder, {lastNight, true}, now, zone).body, u"This was due yesterday at 21:00."_s);
    const QDateTime beforeTheClocksWentBack = QDateTime(QDate(2024, 11, 2), QTime(21, 0), zone).toUTC();
    EXPECT_EQ(messageFor(reminder, {beforeTheClocksWentBack, true}, now, zone).body,
              u"This was due on Saturday, 2 November 2024 at 21:00."_s);
}

TEST_F(ReminderMessageTest, AnEmptyTextFallsBackToTheDiscreetOne)
{
    reminder.text = u"  "_s;
    EXPECT_EQ(messageFor(reminder, {now, false}, now, zone).summary, discreetText(ReminderKind::CheckIn));
}

} // namespace
} // namespace tend
