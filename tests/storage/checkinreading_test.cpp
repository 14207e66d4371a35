#include "databasefixture.h"

#include "demo/demohistory.h"
#include "storage/checkinrepository.h"
#include "storage/enumcodes.h"
#include "storage/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

// How CheckInRepository read check-ins through Qt's QSqlQuery before it read SQLite directly:
// the reference that the fast reader must match exactly, order of rows and of acts included.
QList<CheckIn> readThroughQt(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    EXPECT_TRUE(rows.prepare(u"SELECT id, partner_id, at_utc, local_day, kind, mood, stress, closeness, "
                             "felt_cared_for, note, created_utc, updated_utc FROM check_ins "_s +
                             where));
    for (const QVariant &value : values)
        rows.addBindValue(value);
    EXPECT_TRUE(rows.exec());
    QList<CheckIn> checkIns;
    QHash<QUuid, qsizetype> indexById;
    while (rows.next()) {
        CheckIn checkIn;
        checkIn.id = sql::toUuid(rows.value(0));
        checkIn.partnerId = sql::toUuid(rows.value(1));
        checkIn.atUtc = sql::toUtc(rows.value(2));
        checkIn.localDay = sql::toDay(rows.value(3));
        checkIn.kind = sql::checkInKindFromCode(rows.value(4).toString()).value_or(CheckInKind::Daily);
        checkIn.mood = rows.value(5).toInt();
        checkIn.stress = rows.value(6).toInt();
        checkIn.closeness = rows.value(7).toInt();
        if (!rows.value(8).isNull())
            checkIn.feltCaredFor = rows.value(8).toInt();
        checkIn.note = rows.value(9).toString();
        checkIn.createdUtc = sql::toUtc(rows.value(10));
        checkIn.updatedUtc = sql::toUtc(rows.value(11));
        checkIns.append(checkIn);
        indexById.insert(checkIn.id, checkIns.size() - 1);
    }
    QSqlQuery acts(db);
    acts.setForwardOnly(true);
    EXPECT_TRUE(acts.prepare(u"SELECT check_in_id, act_id, role FROM check_in_acts "
                             "WHERE check_in_id IN (SELECT id FROM check_ins "_s +
                             where + u')'));
    for (const QVariant &value : values)
        acts.addBindValue(value);
    EXPECT_TRUE(acts.exec());
    while (acts.next()) {
        const auto index = indexById.constFind(sql::toUuid(acts.value(0)));
        if (index == indexById.constEnd())
            continue;
        CheckIn &checkIn = checkIns[*index];
        (acts.value(2).toString() == "received"_L1 ? checkIn.actsReceived : checkIn.actsWished)
            .append(sql::toUuid(acts.value(1)));
    }
    return checkIns;
}

// Every field, in order, and the times' kind too, so a failure says which and where.
void expectSameList(const QList<CheckIn> &actual, const QList<CheckIn> &expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        SCOPED_TRACE(::testing::Message() << "check-in " << i << ' ' << expected[i].id.toString().toStdString());
        const CheckIn &a = actual[i];
        const CheckIn &e = expected[i];
        EXPECT_EQ(a.id, e.id);
        EXPECT_EQ(a.partnerId, e.partnerId);
        EXPECT_EQ(a.atUtc, e.atUtc);
        EXPECT_EQ(a.atUtc.timeSpec(), e.atUtc.timeSpec());
        EXPECT_EQ(a.localDay, e.localDay);
        EXPECT_EQ(a.kind, e.kind);
        EXPECT_EQ(a.mood, e.mood);
        EXPECT_EQ(a.stress, e.stress);
        EXPECT_EQ(a.closeness, e.closeness);
        EXPECT_EQ(a.feltCaredFor, e.feltCaredFor);
        EXPECT_EQ(a.note, e.note);
        EXPECT_EQ(a.note.isNull(), e.note.isNull());
        EXPECT_EQ(a.actsReceived, e.actsReceived);
        EXPECT_EQ(a.actsWished, e.actsWished);
        EXPECT_EQ(a.createdUtc, e.createdUtc);
        EXPECT_EQ(a.createdUtc.timeSpec(), e.createdUtc.timeSpec());
        EXPECT_EQ(a.updatedUtc, e.updatedUtc);
        EXPECT_EQ(a.updatedUtc.timeSpec(), e.updatedUtc.timeSpec());
        EXPECT_TRUE(a == e);
    }
}

class CheckInReadingTest : public test::CoupleFixture
{
protected:
    CheckInRepository repository() const { return CheckInRepository(*database, clock); }

    CheckIn checkInAt(const Partner &partner, const QDateTime &atUtc) const
    {
        CheckIn checkIn;
        checkIn.partnerId = partner.id;
        checkIn.atUtc = atUtc;
        checkIn.localDay = atUtc.date();
        return checkIn;
    }

    QList<CheckIn> all() const
    {
        Result<QList<CheckIn>> result = repository().all();
        EXPECT_TRUE(succeeded(result));
        return result ? result.value() : QList<CheckIn>();
    }

    QList<CheckIn> referenceAll() const
    {
        return readThroughQt(database->connection(),
                             u"WHERE deleted_utc IS NULL ORDER BY at_utc DESC, created_utc DESC"_s, {});
    }

    const QDateTime evening{QDate(2026, 3, 14), QTime(21, 30, 0, 125), QTimeZone::utc()};
};

TEST_F(CheckInReadingTest, AGeneratedHistoryReadsExactlyAsThroughQt)
{
    DemoOptions options;
    options.days = 400;
    options.needs = 0;
    ASSERT_TRUE(succeeded(fillDemoHistory(*database, clock, options)));
    // Deleted check-ins keep their acts until they are forgotten; they must not be read.
    const QList<CheckIn> before = all();
    ASSERT_GT(before.size(), 300);
    int deleted = 0;
    for (qsizetype i = 0; i < before.size(); i += 37, ++deleted)
        ASSERT_TRUE(succeeded(repository().remove(before[i].id)));

    const QList<CheckIn> read = all();
    const QList<CheckIn> reference = referenceAll();
    EXPECT_EQ(read.size(), before.size() - deleted);
    const auto withActs = std::count_if(read.begin(), read.end(), [](const CheckIn &checkIn) {
        return !checkIn.actsReceived.isEmpty() && !checkIn.actsWished.isEmpty();
    });
    const auto unanswered = std::count_if(read.begin(), read.end(),
                                          [](const CheckIn &checkIn) { return !checkIn.feltCaredFor; });
    EXPECT_GT(withActs, 10) << "the history should exercise the acts";
    EXPECT_GT(unanswered, 10) << "and check-ins without \"felt cared for\"";
    expectSameList(read, reference);

    for (const QDate &day : {read.first().localDay, read.last().localDay, read[read.size() / 2].localDay}) {
        Result<QList<CheckIn>> onDay = repository().onDay(day);
        ASSERT_TRUE(succeeded(onDay));
        EXPECT_FALSE(onDay->isEmpty());
        expectSameList(onDay.value(),
                       readThroughQt(database->connection(), u"WHERE local_day = ? AND deleted_utc IS NULL ORDER BY at_utc"_s,
                                     {sql::fromDay(day)}));
    }
    for (const CheckIn &checkIn : {read[1], read[read.size() / 3], before[37]}) {
        Result<std::optional<CheckIn>> found = repository().find(checkIn.id);
        ASSERT_TRUE(succeeded(found));
        const QList<CheckIn> expected = readThroughQt(
            database->connection(), u"WHERE id = ? AND deleted_utc IS NULL"_s, {sql::fromUuid(checkIn.id)});
        ASSERT_EQ(found->has_value(), !expected.isEmpty());
        if (found->has_value())
            expectSameList({found->value()}, expected);
    }
}

TEST_F(CheckInReadingTest, NotesInAnyScriptAndUnansweredQuestionsReadBackAsWritten)
{
    const QStringList notes{u"Café, crème brûlée, naïve façade"_s, u"💛🫂🛁 thank you 🌙"_s, u"ありがとう、温かかった"_s,
                            u"شكرا لك — كان لطيفا"_s, u"Zoë & Jürgen: ½ ∞ ≠ ∅"_s, u""_s};
    QList<CheckIn> written;
    for (qsizetype i = 0; i < notes.size(); ++i) {
        CheckIn checkIn = checkInAt(i % 2 ? sam : alex, evening.addSecs(60 * i));
        checkIn.note = notes[i];
        if (i % 2)
            checkIn.feltCaredFor = int(i % 5) + 1;
        written.append(checkIn);
    }
    ASSERT_TRUE(succeeded(repository().addAll(written)));

    const QList<CheckIn> read = all();
    ASSERT_EQ(read.size(), notes.size());
    for (qsizetype i = 0; i < notes.size(); ++i) {
        // Newest first.
        const CheckIn &checkIn = read[read.size() - 1 - i];
        EXPECT_EQ(checkIn.id, written[i].id);
        EXPECT_EQ(checkIn.note, notes[i]);
        EXPECT_EQ(checkIn.feltCaredFor, written[i].feltCaredFor);
    }
    EXPECT_FALSE(read.last().feltCaredFor.has_value());
    expectSameList(read, referenceAll());
}

// The acts of a check-in come back in the order the table keeps them (by act id), as they
// always did, whichever order they were ticked in.
TEST_F(CheckInReadingTest, ActsComeInTheOrderOfTheirIds)
{
    QList<QUuid> ids;
    for (const AftercareAct &act : acts)
        ids.append(act.id);
    ASSERT_GE(ids.size(), 4);
    std::sort(ids.begin(), ids.end(), [](const QUuid &a, const QUuid &b) {
        return sql::fromUuid(a).toString() > sql::fromUuid(b).toString();
    });
    CheckIn checkIn = checkInAt(sam, evening);
    checkIn.actsReceived = {ids[0], ids[2], ids[1]};
    checkIn.actsWished = {ids[3], ids[0]};
    ASSERT_TRUE(succeeded(repository().add(checkIn)));

    const QList<CheckIn> read = all();
    ASSERT_EQ(read.size(), 1);
    EXPECT_EQ(read[0].actsReceived, QList<QUuid>({ids[2], ids[1], ids[0]}));
    EXPECT_EQ(read[0].actsWished, QList<QUuid>({ids[3], ids[0]}));
    expectSameList(read, referenceAll());
}

TEST_F(CheckInReadingTest, CheckInsAtTheSameMomentKeepTheOrderSqliteGivesThem)
{
    QList<CheckIn> same;
    for (int i = 0; i < 6; ++i)
        same.append(checkInAt(i % 2 ? sam : alex, evening));
    ASSERT_TRUE(succeeded(repository().addAll(same)));
    expectSameList(all(), referenceAll());
}

TEST_F(CheckInReadingTest, AMissingTableIsAnErrorNotAnEmptyHistory)
{
    CheckIn checkIn = checkInAt(sam, evening);
    ASSERT_TRUE(succeeded(repository().add(checkIn)));
    ASSERT_TRUE(QSqlQuery(database->connection()).exec(u"DROP TABLE check_in_acts"_s));
    EXPECT_TRUE(refusedMentioning(repository().all(), {u"read the check-ins"_s, u"check_in_acts"_s}));
    EXPECT_TRUE(refusedMentioning(repository().onDay(evening.date()), {u"read the check-ins"_s}));

    ASSERT_TRUE(QSqlQuery(database->connection()).exec(u"ALTER TABLE check_ins RENAME TO check_ins_gone"_s));
    EXPECT_TRUE(refusedMentioning(repository().all(), {u"read the check-ins"_s, u"no such table"_s}));
    EXPECT_TRUE(refusedMentioning(repository().find(QUuid::createUuid()), {u"read the check-ins"_s}));
}

} // namespace
} // namespace tend
