#include "storage/enumcodes.h"
#include "storage/sqlvalues.h"

#include "core/printers.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

TEST(SqlValues, TimesAreIsoUtcWithMilliseconds)
{
    const QDateTime time(QDate(2026, 11, 26), QTime(21, 4, 5, 120), QTimeZone::utc());
    EXPECT_EQ(sql::fromUtc(time).toString(), u"2026-11-26T21:04:05.120Z"_s);
    EXPECT_EQ(sql::fromUtc(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc())).toString(),
              u"2026-01-02T03:04:05.000Z"_s)
        << "whole seconds keep their milliseconds so that text sorts like time";
    EXPECT_EQ(sql::toUtc(sql::fromUtc(time)), time);
    EXPECT_EQ(sql::toUtc(sql::fromUtc(time)).timeSpec(), Qt::UTC);
}

TEST(SqlValues, TimesInOtherZonesAreStoredAsUtc)
{
    const QDateTime plusTwo(QDate(2026, 11, 26), QTime(23, 4, 5, 120), QTimeZone(2 * 3600));
    EXPECT_EQ(sql::fromUtc(plusTwo).toString(), u"2026-11-26T21:04:05.120Z"_s);
    EXPECT_EQ(sql::toUtc(sql::fromUtc(plusTwo)), plusTwo);
}

TEST(SqlValues, StoredTimesSortLikeTime)
{
    const QDateTime base(QDate(2026, 3, 14), QTime(9, 59, 59, 999), QTimeZone::utc());
    QStringList texts;
    for (qint64 step : {0, 1, 1000, 3600 * 1000, 86400 * 1000})
        texts.append(sql::fromUtc(base.addMSecs(step)).toString());
    QStringList sortedTexts = texts;
    sortedTexts.sort();
    EXPECT_EQ(sortedTexts, texts);
}

TEST(SqlValues, NoTimeIsNull)
{
    EXPECT_TRUE(sql::fromUtc(QDateTime()).isNull());
    EXPECT_FALSE(sql::toUtc(QVariant()).isValid());
    EXPECT_FALSE(sql::toUtc(QVariant(QMetaType::fromType<QString>())).isValid());
}

TEST(SqlValues, UuidsAreStoredWithoutBraces)
{
    const QUuid id = QUuid::fromString(u"{7647d2c6-f667-488c-8478-7f680f933b7b}"_s);
    EXPECT_EQ(sql::fromUuid(id).toString(), u"7647d2c6-f667-488c-8478-7f680f933b7b"_s);
    EXPECT_EQ(sql::toUuid(sql::fromUuid(id)), id);
    EXPECT_TRUE(sql::toUuid(QVariant()).isNull());
}

TEST(SqlValues, DaysAreIsoDates)
{
    EXPECT_EQ(sql::fromDay(QDate(2026, 3, 4)).toString(), u"2026-03-04"_s);
    EXPECT_EQ(sql::toDay(u"2026-03-04"_s), QDate(2026, 3, 4));
    EXPECT_FALSE(sql::toDay(QVariant()).isValid());
}

// The codes must match the CHECK constraints in resources/migrations.
TEST(EnumCodes, MatchTheSchema)
{
    EXPECT_EQ(sql::code(CareForm::Talking), u"talking"_s);
    EXPECT_EQ(sql::code(CareForm::PhysicalComfort), u"physical"_s);
    EXPECT_EQ(sql::code(CareForm::SharedActivities), u"shared"_s);
    EXPECT_EQ(sql::code(CareForm::SpaceAndRest), u"space"_s);
    EXPECT_EQ(sql::code(CheckInKind::Daily), u"daily"_s);
    EXPECT_EQ(sql::code(CheckInKind::AfterIntimacy), u"after_intimacy"_s);
    EXPECT_EQ(sql::code(NeedStatus::Open), u"open"_s);
    EXPECT_EQ(sql::code(NeedStatus::TalkingAboutIt), u"talking"_s);
    EXPECT_EQ(sql::code(NeedStatus::Resolved), u"resolved"_s);
}

TEST(EnumCodes, RoundTripAndRefuseUnknownCodes)
{
    for (CareForm form : AllCareForms)
        EXPECT_EQ(sql::careFormFromCode(sql::code(form)), form);
    for (CheckInKind kind : {CheckInKind::Daily, CheckInKind::AfterIntimacy})
        EXPECT_EQ(sql::checkInKindFromCode(sql::code(kind)), kind);
    for (NeedStatus status : {NeedStatus::Open, NeedStatus::TalkingAboutIt, NeedStatus::Resolved})
        EXPECT_EQ(sql::needStatusFromCode(sql::code(status)), status);

    EXPECT_EQ(sql::careFormFromCode(u"Talking"_s), std::nullopt);
    EXPECT_EQ(sql::checkInKindFromCode(QString()), std::nullopt);
    EXPECT_EQ(sql::needStatusFromCode(u"closed"_s), std::nullopt);
}

} // namespace
} // namespace tend
