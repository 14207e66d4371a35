#include "clock.h"
#include "demo/demohistory.h"
#include "storage/actrepository.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/needrepository.h"
#include "storage/partnerrepository.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

namespace tend {
namespace {

// Everything about a check-in a demo history decides, without ids and row timestamps.
QString fingerprint(const CheckIn &checkIn, const QHash<QUuid, int> &seats)
{
    auto sortedActs = [](QList<QUuid> acts) {
        std::sort(acts.begin(), acts.end());
        QStringList ids;
        for (const QUuid &act : acts)
            ids.append(act.toString(QUuid::WithoutBraces));
        return ids.join(u',');
    };
    return QStringList{QString::number(seats.value(checkIn.partnerId)), checkIn.atUtc.toString(Qt::ISODateWithMs),
                       checkIn.localDay.toString(Qt::ISODate), QString::number(int(checkIn.kind)),
                       QString::number(checkIn.mood), QString::number(checkIn.stress),
                       QString::number(checkIn.closeness), QString::number(checkIn.feltCaredFor.value_or(0)),
                       sortedActs(checkIn.actsReceived), sortedActs(checkIn.actsWished), checkIn.note}
        .join(u'|');
}

QString fingerprint(const Need &need, const QHash<QUuid, int> &seats)
{
    return QStringList{QString::number(seats.value(need.raisedBy)), need.text, QString::number(int(need.status)),
                       QString::number(int(need.priority)), QString::number(need.sortOrder),
                       need.createdUtc.toString(Qt::ISODateWithMs), need.resolvedUtc.toString(Qt::ISODateWithMs),
                       need.resolutionNote}
        .join(u'|');
}

// A demo history in a fresh database of its own.
class DemoHistory
{
public:
    explicit DemoHistory(const Clock &clock) : m_clock(clock)
    {
        EXPECT_TRUE(m_folder.isValid());
        Result<std::unique_ptr<Database>> opened = Database::open(m_folder.filePath(QStringLiteral("tend.sqlite")));
        EXPECT_TRUE(opened.ok()) << opened.error().message.toStdString();
        if (opened)
            m_database = std::move(opened).value();
    }

    Database &database() { return *m_database; }

    Status fill(const DemoOptions &options)
    {
        m_options = options;
        return fillDemoHistory(*m_database, m_clock, options);
    }

    QList<Partner> partners()
    {
        Result<QList<Partner>> partners = PartnerRepository(*m_database, m_clock).all();
        EXPECT_TRUE(partners.ok());
        return partners ? partners.value() : QList<Partner>();
    }

    QHash<QUuid, int> seats()
    {
        QHash<QUuid, int> seats;
        for (const Partner &partner : partners())
            seats.insert(partner.id, partner.seat);
        return seats;
    }

    // Every check-in of the period, day by day, oldest first.
    QList<CheckIn> checkIns()
    {
        QList<CheckIn> all;
        CheckInRepository repository(*m_database, m_clock);
        const QDate today = m_clock.today();
        for (QDate day = today.addDays(1 - m_options.days); day <= today; day = day.addDays(1)) {
            Result<QList<CheckIn>> ofDay = repository.onDay(day);
            EXPECT_TRUE(ofDay.ok());
            if (ofDay)
                all.append(ofDay.value());
        }
        return all;
    }

    QList<Need> needs()
    {
        Result<QList<Need>> needs = NeedRepository(*m_database, m_clock).all();
        EXPECT_TRUE(needs.ok());
        return needs ? needs.value() : QList<Need>();
    }

    QStringList fingerprints()
    {
        const QHash<QUuid, int> bySeat = seats();
        QStringList prints;
        for (const CheckIn &checkIn : checkIns())
            prints.append(fingerprint(checkIn, bySeat));
        for (const Need &need : needs())
            prints.append(fingerprint(need, bySeat));
        return prints;
    }

private:
    const Clock &m_clock;
    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
    DemoOptions m_options;
};

class DemoHistoryTest : public ::testing::Test
{
protected:
    ManualClock clock{QDateTime(QDate(2026, 11, 26), QTime(22, 30), QTimeZone::utc())};

    static DemoOptions options(int days, int minimum = 0)
    {
        DemoOptions options;
        options.days = days;
        options.minimumCheckInsPerPartnerPerDay = minimum;
        return options;
    }

    static double correlation(const QList<double> &xs, const QList<double> &ys)
    {
        const auto mean = [](const QList<double> &values) {
            return std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
        };
        const double mx = mean(xs);
        const double my = mean(ys);
        double sxy = 0, sxx = 0, syy = 0;
        for (qsizetype i = 0; i < xs.size(); ++i) {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
            syy += (ys[i] - my) * (ys[i] - my);
        }
        return sxy / std::sqrt(sxx * syy);
    }
};

TEST_F(DemoHistoryTest, TheSameSeedGivesTheSameHistory)
{
    DemoHistory first(clock);
    DemoHistory second(clock);
    ASSERT_TRUE(first.fill(options(60)).ok());
    ASSERT_TRUE(second.fill(options(60)).ok());
    const QStringList prints = first.fingerprints();
    EXPECT_GT(prints.size(), 100);
    EXPECT_EQ(prints, second.fingerprints());
}

TEST_F(DemoHistoryTest, AnotherSeedGivesAnotherHistory)
{
    DemoHistory first(clock);
    DemoHistory second(clock);
    DemoOptions other = options(60);
    other.seed = 7;
    ASSERT_TRUE(first.fill(options(60)).ok());
    ASSERT_TRUE(second.fill(other).ok());
    EXPECT_NE(first.fingerprints(), second.fingerprints());
}

TEST_F(DemoHistoryTest, CreatesBothPartnersWhenThereAreNone)
{
    DemoHistory history(clock);
    ASSERT_TRUE(history.fill(options(30)).ok());
    const QList<Partner> partners = history.partners();
    ASSERT_EQ(partners.size(), 2);
    EXPECT_EQ(partners[0].seat, 1);
    EXPECT_EQ(partners[1].seat, 2);
    EXPECT_NE(partners[0].name, partners[1].name);
    EXPECT_NE(partners[0].colour, partners[1].colour);
    EXPECT_FALSE(partners[0].pronouns.isEmpty());
}

TEST_F(DemoHistoryTest, KeepsThePartnersAlreadyThere)
{
    DemoHistory history(clock);
    Partner ash;
    ash.seat = 1;
    ash.name = QStringLiteral("Ash");
    ash.colour = QStringLiteral("#445566");
    ASSERT_TRUE(PartnerRepository(history.database(), clock).save(ash).ok());

    ASSERT_TRUE(history.fill(options(30)).ok());
    const QList<Partner> partners = history.partners();
    ASSERT_EQ(partners.size(), 2);
    EXPECT_EQ(partners[0].id, ash.id);
    EXPECT_EQ(partners[0].name, QStringLiteral("Ash"));
    QSet<QUuid> checkedIn;
    for (const CheckIn &checkIn : history.checkIns())
        checkedIn.insert(checkIn.partnerId);
    EXPECT_EQ(checkedIn, (QSet<QUuid>{partners[0].id, partners[1].id}));
}

TEST_F(DemoHistoryTest, BothPartnersCheckInOnMostDays)
{
    DemoHistory history(clock);
    ASSERT_TRUE(history.fill(options(365)).ok());
    QHash<QUuid, QSet<QDate>> days;
    for (const CheckIn &checkIn : history.checkIns())
        days[checkIn.partnerId].insert(checkIn.localDay);
    ASSERT_EQ(days.size(), 2);
    for (const QSet<QDate> &partnerDays : std::as_const(days)) {
        EXPECT_GT(partnerDays.size(), 365 * 8 / 10);
        EXPECT_LT(partnerDays.size(), 365) << "some days are missed";
    }
}

TEST_F(DemoHistoryTest, AMinimumFillsEveryDayForBothPartners)
{
    DemoHistory history(clock);
    ASSERT_TRUE(history.fill(options(90, 2)).ok());
    QHash<std::pair<QUuid, QDate>, int> perPartnerAndDay;
    for (const CheckIn &checkIn : history.checkIns())
        ++perPartnerAndDay[{checkIn.partnerId, checkIn.localDay}];
    const QDate today = clock.today();
    for (const Partner &partner : history.partners()) {
        for (QDate day = today.addDays(-89); day <= today; day = day.addDays(1))
            EXPECT_GE(perPartnerAndDay.value({partner.id, day}), 2) << day.toString(Qt::ISODate).toStdString();
    }
}

TEST_F(DemoHistoryTest, ValuesStayOnTheScale)
{
    DemoHistory history(clock);
    ASSERT_TRUE(history.fill(options(365, 2)).ok());
    for (const CheckIn &checkIn : history.checkIns()) {
        for (int value : {checkIn.mood, checkIn.stress, checkIn.closeness}) {
            EXPECT_GE(value, 1);
            EXPECT_LE(value, 5);
        }
        if (checkIn.kind == CheckInKind::AfterIntimacy) {
            ASSERT_TRUE(checkIn.feltCaredFor.has_value());
            EXPECT_GE(*checkIn.feltCaredFor, 1);
            EXPECT_LE(*checkIn.feltCaredFor, 5);
        }
    }
}

TEST_F(DemoHistoryTest, ActsComeOnlyFromTheCatalogue)
{
    DemoHistory history(clock);
    ASSERT_TRUE(history.fill(options(180)).ok());
    Result<QList<AftercareAct>> catalogue = ActRepository(history.database(), clock).all();
    ASSERT_TRUE(catalogue.ok());
    QSet<QUuid> known;
    for (const AftercareAct &act : catalogue.value())
        known.insert(act.id);

    int afterIntimacy = 0;
    QHash<QUuid, QHash<QUuid, int>> wishesByPartner;
    for (const CheckIn &checkIn : history.checkIns()) {
        if (checkIn.kind == CheckInKind::AfterIntimacy) {
            ++afterIntimacy;
            EXPECT_FALSE(checkIn.actsWished.isEmpty());
        } else {
            EXPECT_TRUE(checkIn.actsWished.isEmpty() && checkIn.actsReceived.isEmpty());
        }
        for (const QUuid &act : checkIn.actsWished) {
            EXPECT_TRUE(known.contains(act));
            ++wishesByPartner[checkIn.partnerId][act];
        }
        for (const QUuid &act : checkIn.actsReceived)
            EXPECT_TRUE(known.contains(act));
    }
    // One to three moments a week, and most of them both partners check in afterwards.
    EXPECT_GE(afterIntimacy, 180 / 7 * 2 * 1 * 8 / 10);
    EXPECT_LE(afterIntimacy, 180 / 7 * 2 * 3 + 6);

    // Each partner favours a few acts: their four most wished-for ones make most of their wishes.
    ASSERT_EQ(wishesByPartner.size(), 2);
    for (const QHash<QUuid, int> &wishes : std::as_const(wishesByPartner)) {
        QList<int> counts = wishes.values();
        std::sort(counts.begin(), counts.end(), std::greater<>());
        const int all = std::accumulate(counts.cbegin(), counts.cend(), 0);
        const int topFour = std::accumulate(counts.cbegin(), counts.cbegin() + std::min<qsizetype>(4, counts.size()), 0);
        EXPECT_GT(topFour, all * 6 / 10);
    }
}

TEST_F(DemoHistoryTest, FeelingsFollowTheWeekAndEachOther)
{
    DemoHistory history(clock);
    ASSERT_TRUE(history.fill(options(365)).ok());
    const QList<Partner> partners = history.partners();
    ASSERT_EQ(partners.size(), 2);

    QHash<QDate, std::array<std::optional<int>, 2>> closeness;
    double weekendStress = 0, weekdayStress = 0;
    int weekendCount = 0, weekdayCount = 0;
    for (const CheckIn &checkIn : history.checkIns()) {
        if (checkIn.kind != CheckInKind::Daily)
            continue;
        const bool weekend = checkIn.localDay.dayOfWeek() >= Qt::Saturday;
        (weekend ? weekendStress : weekdayStress) += checkIn.stress;
        ++(weekend ? weekendCount : weekdayCount);
        closeness[checkIn.localDay][checkIn.partnerId == partners[0].id ? 0 : 1] = checkIn.closeness;
    }
    EXPECT_LT(weekendStress / weekendCount + 0.3, weekdayStress / weekdayCount) << "weekends are calmer";

    QList<double> first, second;
    int apart = 0;
    for (const auto &pair : std::as_const(closeness)) {
        if (!pair[0] || !pair[1])
            continue;
        first.append(*pair[0]);
        second.append(*pair[1]);
        apart += std::abs(*pair[0] - *pair[1]) >= 2;
    }
    EXPECT_GT(correlation(first, second), 0.4);
    EXPECT_GE(apart, 3) << "now and then one partner feels far away";
    EXPECT_LE(apart, 40);
}

TEST_F(DemoHistoryTest, TimesMatchTheirDaysInTheClocksZoneAndNoneLieAhead)
{
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        GTEST_SKIP() << "no time-zone data";
    ManualClock local(QDateTime(QDate(2026, 11, 26), QTime(9, 15), berlin), berlin);
    DemoHistory history(local);
    ASSERT_TRUE(history.fill(options(400, 2)).ok());
    const QList<CheckIn> checkIns = history.checkIns();
    ASSERT_FALSE(checkIns.isEmpty());
    for (const CheckIn &checkIn : checkIns) {
        EXPECT_EQ(checkIn.atUtc.toTimeZone(berlin).date(), checkIn.localDay);
        EXPECT_LE(checkIn.atUtc, local.nowUtc());
    }
    EXPECT_EQ(checkIns.first().localDay, local.today().addDays(-399));
    EXPECT_EQ(checkIns.last().localDay, local.today());
}

TEST_F(DemoHistoryTest, NeedsMixStatusesAndPriorities)
{
    DemoHistory history(clock);
    DemoOptions withNeeds = options(365);
    withNeeds.needs = 20;
    ASSERT_TRUE(history.fill(withNeeds).ok());
    const QList<Need> needs = history.needs();
    ASSERT_EQ(needs.size(), 20);

    QSet<NeedStatus> statuses;
    QSet<NeedPriority> priorities;
    QSet<QUuid> raisedBy;
    for (qsizetype i = 0; i < needs.size(); ++i) {
        const Need &need = needs[i];
        EXPECT_EQ(need.sortOrder, i);
        statuses.insert(need.status);
        priorities.insert(need.priority);
        raisedBy.insert(need.raisedBy);
        EXPECT_LE(need.createdUtc, clock.nowUtc());
        if (need.status == NeedStatus::Resolved) {
            EXPECT_TRUE(need.resolvedUtc.isValid());
            EXPECT_GE(need.resolvedUtc, need.createdUtc);
            EXPECT_LE(need.resolvedUtc, clock.nowUtc());
            EXPECT_FALSE(need.resolutionNote.isEmpty());
        } else {
            EXPECT_FALSE(need.resolvedUtc.isValid());
        }
    }
    EXPECT_EQ(statuses.size(), 3);
    EXPECT_GE(priorities.size(), 2);
    EXPECT_EQ(raisedBy.size(), 2);
}

TEST_F(DemoHistoryTest, RefusesOptionsThatMakeNoSense)
{
    DemoHistory history(clock);
    EXPECT_FALSE(history.fill(options(0)).ok());
    EXPECT_FALSE(history.fill(options(10, -1)).ok());
    DemoOptions negative = options(10);
    negative.needs = -1;
    EXPECT_FALSE(history.fill(negative).ok());
    EXPECT_TRUE(history.partners().isEmpty()) << "nothing is written when the options are refused";
}

} // namespace
} // namespace tend
