#include "storage/enumcodes.h"
#include "storage/sqlvalues.h"

#include "core/printers.h"

#include <QRandomGenerator>
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

// The readers for SQLite's raw text must give what the QVariant readers give, bit for bit.
::testing::AssertionResult sameTime(const QDateTime &fast, const QDateTime &reference)
{
    if (fast.isValid() != reference.isValid() || (fast.isValid() && fast != reference) ||
        fast.timeSpec() != reference.timeSpec()) {
        return ::testing::AssertionFailure()
            << "fast " << fast.toString(Qt::ISODateWithMs).toStdString() << " (spec " << fast.timeSpec()
            << "), reference " << reference.toString(Qt::ISODateWithMs).toStdString() << " (spec "
            << reference.timeSpec() << ')';
    }
    return ::testing::AssertionSuccess();
}

::testing::AssertionResult readsTimeLikeQt(const QString &text)
{
    return sameTime(sql::utcFromText(text.toUtf8()), sql::toUtc(text)) << " for \"" << text.toStdString() << '"';
}

TEST(SqlValuesFromText, TimesTendWroteAcrossTheCalendarReadBackExactly)
{
    QRandomGenerator random(20261127);
    const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 last = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()).toMSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i) {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(first + qint64(random.bounded(double(last - first))),
                                                              QTimeZone::utc());
        const QString text = sql::fromUtc(time).toString();
        const QDateTime read = sql::utcFromText(text.toUtf8());
        ASSERT_EQ(read, time) << text.toStdString();
        ASSERT_EQ(read.timeSpec(), Qt::UTC) << text.toStdString();
        ASSERT_TRUE(readsTimeLikeQt(text));
    }
}

TEST(SqlValuesFromText, TimesAtTheEdgesOfDaysYearsAndLeapDays)
{
    for (const char *text : {"1970-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z", "2000-02-29T12:00:00.000Z",
                             "2024-02-29T23:59:59.999Z", "2026-12-31T23:59:59.999Z", "2027-01-01T00:00:00.000Z",
                             "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "2026-03-29T01:30:00.000Z",
                             "2026-10-25T01:30:00.000Z"}) {
        EXPECT_TRUE(sql::utcFromText(QByteArrayView(text)).isValid()) << text;
        EXPECT_TRUE(readsTimeLikeQt(QString::fromLatin1(text)));
    }
    EXPECT_EQ(sql::utcFromText("2024-02-29T23:59:59.999Z"),
              QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), QTimeZone::utc()));
    EXPECT_EQ(sql::utcFromText("1969-12-31T23:59:59.999Z").toMSecsSinceEpoch(), -1);
}

TEST(SqlValuesFromText, TimesInAnyOtherShapeReadAsQtReadsThem)
{
    for (const char *text :
         {"", "2026-11-26", "2026-11-26T21:04:05Z", "2026-11-26T21:04:05.12Z", "2026-11-26T21:04:05.1200Z",
          "2026-11-26T21:04:05.120", "2026-11-26T21:04:05.120z", "2026-11-26T21:04:05.120+02:00",
          "2026-11-26 21:04:05.120Z", "2026-11-26T24:00:00.000Z", "2026-11-26T23:60:00.000Z",
          "2026-11-26T23:59:60.000Z", "2023-02-29T12:00:00.000Z", "1900-02-29T12:00:00.000Z",
          "2026-00-10T12:00:00.000Z", "2026-13-10T12:00:00.000Z", "2026-04-31T12:00:00.000Z",
          "2026-04-00T12:00:00.000Z", "0000-01-01T00:00:00.000Z", "-001-01-01T00:00:00.000Z",
          "+2026-11-26T21:04:05.120Z", "2026-1x-26T21:04:05.120Z", "2026-11-26T21:04:05.1x0Z",
          " 2026-11-26T21:04:05.120Z", "2026-11-26T21:04:05.120Z ", "2026/11/26T21:04:05.120Z",
          "2026-11-26T21:04:05,120Z", "20261126T210405.120Z", "yesterday", "2026-11-26T21:04:05.120Z\xc3\xa9"}) {
        EXPECT_TRUE(readsTimeLikeQt(QString::fromUtf8(text)));
    }
    EXPECT_TRUE(sameTime(sql::utcFromText(QByteArrayView()), sql::toUtc(QVariant())));
    EXPECT_FALSE(sql::utcFromText(QByteArrayView()).isValid());
}

TEST(SqlValuesFromText, DaysReadAsQtReadsThem)
{
    QRandomGenerator random(314);
    const QDate first(1, 1, 1);
    for (int i = 0; i < 5000; ++i) {
        const QDate day = first.addDays(random.bounded(3652000));
        const QString text = sql::fromDay(day).toString();
        ASSERT_EQ(sql::dayFromText(text.toUtf8()), day) << text.toStdString();
    }
    for (const char *text : {"2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "2026-04-31", "2026-13-01",
                             "2026-00-01", "2026-01-00", "0000-01-01", "2026-1-01", "2026-01-1", "20260101",
                             "2026/01/01", "2026-01-01T00:00", "2026-01-01 ", " 2026-01-01", "+2026-01-01", "",
                             "2026-0a-01", "2026-01-01\xc3\xa9"}) {
        const QString day = QString::fromUtf8(text);
        EXPECT_EQ(sql::dayFromText(day.toUtf8()), sql::toDay(day)) << text;
    }
    EXPECT_FALSE(sql::dayFromText(QByteArrayView()).isValid());
}

TEST(SqlValuesFromText, UuidsReadAsQtReadsThem)
{
    for (int i = 0; i < 1000; ++i) {
        const QUuid id = QUuid::createUuid();
        ASSERT_EQ(sql::uuidFromText(sql::fromUuid(id).toString().toUtf8()), id);
    }
    for (const char *text :
         {"7647d2c6-f667-488c-8478-7f680f933b7b", "{7647d2c6-f667-488c-8478-7f680f933b7b}",
          "7647D2C6-F667-488C-8478-7F680F933B7B", "7647d2c6f667488c84787f680f933b7b", "7647d2c6-f667-488c-8478-7f680f933b7",
          "7647d2c6-f667-488c-8478-7f680f933b7bxx", "7647d2c6-f667-488c-8478-7f680f933b7b\xc3\xa9",
          "7647d2c6-f667-488c-8478-7f680f933b7\xc3\xa9", "\xc3\xa9" "7647d2c6-f667-488c-8478-7f680f933b7b",
          "7647d2c6-f667-488c-8478-7f680f933bxb", "{7647d2c6-f667-488c-8478-7f680f933b7b", "", "not a uuid"}) {
        const QString id = QString::fromUtf8(text);
        EXPECT_EQ(sql::uuidFromText(id.toUtf8()), sql::toUuid(id)) << text;
    }
    EXPECT_TRUE(sql::uuidFromText(QByteArrayView()).isNull());
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
