// A day with very many check-ins lists the first few and counts the rest, so choosing it
// stays quick (the benchmark's 200 saves on one day took History 26 s to open before).

#include "history/daycheckinsview.h"

#include <QLabel>

#include <gtest/gtest.h>

namespace tend::test {
namespace {

TEST(DayCheckInsView, ADayWithManyCheckInsListsTheFirstAndCountsTheRest)
{
    std::array<Partner, 2> partners;
    partners[0].id = QUuid::createUuid();
    partners[0].name = QStringLiteral("Robin");
    partners[0].colour = QStringLiteral("#3d7a78");
    partners[1].id = QUuid::createUuid();
    partners[1].name = QStringLiteral("Sam");
    partners[1].colour = QStringLiteral("#c0703a");
    const QTimeZone utc = QTimeZone::utc();
    const QDate day(2024, 5, 14);
    QList<CheckIn> checkIns;
    for (int i = 0; i < DayCheckInsView::MaxListedCheckIns + 8; ++i) {
        CheckIn checkIn;
        checkIn.partnerId = partners[size_t(i % 2)].id;
        checkIn.atUtc = QDateTime(day, QTime(8, 0), utc).addSecs(60 * i);
        checkIn.localDay = day;
        checkIn.note = QStringLiteral("Note %1").arg(i);
        checkIns.append(checkIn);
    }

    DayCheckInsView view;
    view.setPartners(partners);
    view.setTimeZone(utc);
    view.setDay(day, checkIns);

    EXPECT_EQ(view.findChildren<QWidget *>(QStringLiteral("dayCheckIn")).size(), DayCheckInsView::MaxListedCheckIns);
    auto *more = view.findChild<QLabel *>(QStringLiteral("dayMoreCheckIns"));
    ASSERT_TRUE(more);
    EXPECT_TRUE(more->text().contains(QStringLiteral("And 8 more check-ins"))) << more->text().toStdString();

    view.setDay(day, checkIns.mid(0, 3));
    EXPECT_EQ(view.findChildren<QWidget *>(QStringLiteral("dayCheckIn")).size(), 3);
    EXPECT_FALSE(view.findChild<QLabel *>(QStringLiteral("dayMoreCheckIns")));
}

TEST(DayCheckInsView, TheSameCatalogueOrZoneAgainKeepsTheListAndANewOneRebuildsIt)
{
    const QTimeZone utc = QTimeZone::utc();
    const QDate day(2024, 5, 14);
    const QUuid tea = QUuid::createUuid();
    CheckIn checkIn;
    checkIn.atUtc = QDateTime(day, QTime(8, 0), utc);
    checkIn.localDay = day;
    checkIn.actsReceived = {tea};
    DayCheckInsView view;
    view.setTimeZone(utc);
    view.setCatalogue({{tea, QStringLiteral("Tea")}});
    view.setDay(day, {checkIn});
    const auto details = [&view] { return view.findChild<QLabel *>(QStringLiteral("dayCheckInDetails")); };
    QLabel *before = details();
    ASSERT_TRUE(before);
    EXPECT_TRUE(before->text().contains(QStringLiteral("Tea")));

    // What History passes on every reread: the same again, which must not rebuild the list.
    view.setTimeZone(utc);
    view.setCatalogue({{tea, QStringLiteral("Tea")}});
    EXPECT_EQ(details(), before);

    view.setCatalogue({{tea, QStringLiteral("Green tea")}});
    ASSERT_TRUE(details());
    EXPECT_TRUE(details()->text().contains(QStringLiteral("Green tea")));
}

} // namespace
} // namespace tend::test
