#include "model/checkin.h"

#include "statusassertions.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <functional>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

CheckIn validCheckIn()
{
    CheckIn checkIn;
    checkIn.partnerId = QUuid::createUuid();
    checkIn.atUtc = QDateTime(QDate(2026, 3, 14), QTime(21, 30), QTimeZone::utc());
    checkIn.localDay = QDate(2026, 3, 14);
    checkIn.kind = CheckInKind::AfterIntimacy;
    checkIn.mood = 4;
    checkIn.stress = 2;
    checkIn.closeness = 5;
    checkIn.feltCaredFor = 4;
    checkIn.note = u"A calm evening."_s;
    return checkIn;
}

TEST(CheckInValidation, AcceptsAValidCheckIn)
{
    EXPECT_TRUE(succeeded(validate(validCheckIn())));
}

TEST(CheckInValidation, FeltCaredForIsOptional)
{
    CheckIn checkIn = validCheckIn();
    checkIn.feltCaredFor.reset();
    EXPECT_TRUE(succeeded(validate(checkIn)));
}

TEST(CheckInValidation, RefusesACheckInWithoutPartner)
{
    CheckIn checkIn = validCheckIn();
    checkIn.partnerId = QUuid();
    EXPECT_TRUE(refusedMentioning(validate(checkIn), {u"who"_s}));
}

TEST(CheckInValidation, RefusesAnInvalidTime)
{
    CheckIn checkIn = validCheckIn();
    checkIn.atUtc = QDateTime();
    EXPECT_TRUE(refusedMentioning(validate(checkIn), {u"date and time"_s}));
}

TEST(CheckInValidation, RefusesAnInvalidCalendarDay)
{
    CheckIn checkIn = validCheckIn();
    checkIn.localDay = QDate();
    EXPECT_TRUE(refusedMentioning(validate(checkIn), {u"day"_s}));
}

struct ScaleField
{
    const char *name;
    std::function<void(CheckIn &, int)> set;
};

const ScaleField ScaleFields[] = {
    {"Mood", [](CheckIn &c, int v) { c.mood = v; }},
    {"Stress", [](CheckIn &c, int v) { c.stress = v; }},
    {"Closeness", [](CheckIn &c, int v) { c.closeness = v; }},
    {"Felt cared for", [](CheckIn &c, int v) { c.feltCaredFor = v; }},
};

TEST(CheckInValidation, AcceptsEveryScaleValueFromOneToFive)
{
    for (const ScaleField &field : ScaleFields) {
        for (int value = 1; value <= 5; ++value) {
            SCOPED_TRACE(std::string(field.name) + " = " + std::to_string(value));
            CheckIn checkIn = validCheckIn();
            field.set(checkIn, value);
            EXPECT_TRUE(succeeded(validate(checkIn)));
        }
    }
}

TEST(CheckInValidation, RefusesScaleValuesOutsideOneToFiveAndSaysWhichAndWhat)
{
    for (const ScaleField &field : ScaleFields) {
        for (int value : {0, 6, -3, 100}) {
            SCOPED_TRACE(std::string(field.name) + " = " + std::to_string(value));
            CheckIn checkIn = validCheckIn();
            field.set(checkIn, value);
            EXPECT_TRUE(refusedMentioning(validate(checkIn), {QString::fromLatin1(field.name), u"between 1 and 5"_s,
                                                              u"it was "_s + QString::number(value)}));
        }
    }
}

TEST(CheckInValidation, LimitsTheNoteLength)
{
    CheckIn checkIn = validCheckIn();
    checkIn.note = QString(MaxCheckInNoteLength, u'n');
    EXPECT_TRUE(succeeded(validate(checkIn)));
    checkIn.note = QString(MaxCheckInNoteLength + 1, u'n');
    EXPECT_TRUE(refusedMentioning(validate(checkIn), {u"note"_s, QString::number(MaxCheckInNoteLength)}));
}

TEST(CheckInValidation, EveryKindHasADistinctName)
{
    EXPECT_FALSE(checkInKindName(CheckInKind::Daily).isEmpty());
    EXPECT_FALSE(checkInKindName(CheckInKind::AfterIntimacy).isEmpty());
    EXPECT_NE(checkInKindName(CheckInKind::Daily), checkInKindName(CheckInKind::AfterIntimacy));
}

TEST(CheckInAnswers, AreTheSameWhateverOrderTheActsWereTickedIn)
{
    const QUuid first = QUuid::createUuid();
    const QUuid second = QUuid::createUuid();
    CheckIn one = validCheckIn();
    one.actsReceived = {first, second};
    one.actsWished = {second};
    CheckIn other = one;
    other.actsReceived = {second, first};
    EXPECT_TRUE(sameAnswers(one, other));

    other.actsWished = {first};
    EXPECT_FALSE(sameAnswers(one, other)) << "a different act wished for";
    other = one;
    other.actsReceived = {first};
    EXPECT_FALSE(sameAnswers(one, other)) << "one act fewer";
    other = one;
    other.note = u"Changed"_s;
    EXPECT_FALSE(sameAnswers(one, other));
    other = one;
    other.feltCaredFor.reset();
    EXPECT_FALSE(sameAnswers(one, other));
}

} // namespace
} // namespace tend
