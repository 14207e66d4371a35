// CheckInListModel under Qt's model tester, and what it shows in each column and role.

#include "uitesthelpers.h"

#include "checkinlistmodel.h"
#include "modeltestermessages.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QUuid>

namespace tend::test {
namespace {

Partner partner(int seat, const QString &name, const QString &colour)
{
    Partner p;
    p.id = QUuid::createUuid();
    p.seat = seat;
    p.name = name;
    p.colour = colour;
    return p;
}

CheckIn checkIn(const Partner &who, const QDateTime &atUtc, CheckInKind kind, int mood, const QString &note)
{
    CheckIn c;
    c.id = QUuid::createUuid();
    c.partnerId = who.id;
    c.atUtc = atUtc;
    c.localDay = atUtc.date();
    c.kind = kind;
    c.mood = mood;
    c.stress = 2;
    c.closeness = 5;
    c.note = note;
    return c;
}

class CheckInListModelTest : public ::testing::Test
{
protected:
    const Partner m_robin = partner(1, QStringLiteral("Robin"), QStringLiteral("#3f7cac"));
    const Partner m_sam = partner(2, QStringLiteral("Sam"), QStringLiteral("#c8553d"));
    const QDateTime m_morning = QDateTime(QDate(2024, 5, 14), QTime(6, 5), Qt::UTC);
    const QDateTime m_evening = QDateTime(QDate(2024, 5, 14), QTime(19, 45), Qt::UTC);
};

TEST_F(CheckInListModelTest, PassesTheModelTesterWhileChanging)
{
    ModelTesterMessages messages;
    CheckInListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    model.setTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    model.setCheckIns({checkIn(m_robin, m_morning, CheckInKind::Daily, 4, QStringLiteral("Coffee"))});
    model.setPartners({m_robin, m_sam});
    model.setCheckIns({checkIn(m_robin, m_morning, CheckInKind::Daily, 4, QStringLiteral("Coffee")),
                       checkIn(m_sam, m_evening, CheckInKind::AfterIntimacy, 5, QStringLiteral("Close\nand calm"))});
    model.setPartners({m_robin});
    model.setPartners({});
    model.setFilter(CheckInFilter{m_robin.id, {}, {}, {}, {}});
    model.setFilter(CheckInFilter{});
    model.setCheckIns({});
    model.setPartners({m_robin, m_sam});

    EXPECT_TRUE(messages.messages().isEmpty()) << messages.messages().join(u'\n').toStdString();
}

TEST_F(CheckInListModelTest, ShowsEachColumnInTheCouplesTimeZone)
{
    CheckInListModel model;
    model.setTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    model.setPartners({m_robin, m_sam});
    const CheckIn evening = checkIn(m_sam, m_evening, CheckInKind::AfterIntimacy, 5, QStringLiteral("Close\n and calm "));
    model.setCheckIns({checkIn(m_robin, m_morning, CheckInKind::Daily, 4, QStringLiteral("Coffee")), evening});

    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), int(CheckInListModel::ColumnCount));
    const QString day = QLocale().toString(model.checkInAt(0).localDay, QStringLiteral("ddd d MMM yyyy"));
    EXPECT_EQ(rowTexts(model, 0), (QStringList{day, QStringLiteral("08:05"), QStringLiteral("Robin"),
                                               checkInKindName(CheckInKind::Daily), QStringLiteral("4"),
                                               QStringLiteral("2"), QStringLiteral("5"), QString(), QString(),
                                               QStringLiteral("Coffee")}))
        << "Nothing said about care on a daily check-in";
    // 19:45 UTC is 21:45 in Berlin in May; the note is shown on one line, in full in the tool tip.
    EXPECT_EQ(rowTexts(model, 1).at(CheckInListModel::Time), QStringLiteral("21:45"));
    EXPECT_EQ(rowTexts(model, 1).at(CheckInListModel::Note), QStringLiteral("Close and calm"));
    EXPECT_EQ(model.index(1, CheckInListModel::Note).data(Qt::ToolTipRole).toString(), evening.note);
    EXPECT_EQ(model.index(1, CheckInListModel::Mood).data(Qt::AccessibleTextRole).toString(), QStringLiteral("5 of 5"));
    EXPECT_FALSE(model.index(1, CheckInListModel::Who).data(Qt::DecorationRole).isNull());
    EXPECT_EQ(model.index(1, 0).data(Qt::UserRole).toUuid(), evening.id);
    EXPECT_EQ(model.rowOf(evening.id), 1);
    EXPECT_EQ(model.rowOf(QUuid::createUuid()), -1);
    EXPECT_EQ(model.checkInAt(1).id, evening.id);
    EXPECT_EQ(model.headerData(CheckInListModel::Closeness, Qt::Horizontal).toString(), QStringLiteral("Closeness"));
}

TEST_F(CheckInListModelTest, ShowsHowCaredForAndHowManyWishesWereMet)
{
    CheckInListModel model;
    CheckIn afterIntimacy = checkIn(m_sam, m_evening, CheckInKind::AfterIntimacy, 4, {});
    const QUuid talk = QUuid::createUuid();
    const QUuid cuddle = QUuid::createUuid();
    afterIntimacy.feltCaredFor = 5;
    afterIntimacy.actsWished = {talk, cuddle};
    afterIntimacy.actsReceived = {cuddle};
    model.setCheckIns({afterIntimacy});
    EXPECT_EQ(model.index(0, CheckInListModel::CaredFor).data().toString(), QStringLiteral("5"));
    EXPECT_EQ(model.index(0, CheckInListModel::NeedsMet).data().toString(), QStringLiteral("1 of 2"));
    EXPECT_EQ(model.index(0, CheckInListModel::NeedsMet).data(Qt::AccessibleTextRole).toString(),
              QStringLiteral("needs met: 1 of 2"));
}

TEST_F(CheckInListModelTest, AFilterNarrowsTheRowsAndKeepsTheirOrder)
{
    CheckInListModel model;
    const CheckIn first = checkIn(m_robin, m_evening, CheckInKind::Daily, 3, QStringLiteral("Tea"));
    const CheckIn second = checkIn(m_sam, m_evening, CheckInKind::Daily, 3, QStringLiteral("Walk"));
    const CheckIn third = checkIn(m_robin, m_morning, CheckInKind::AfterIntimacy, 3, QStringLiteral("Tea again"));
    model.setCheckIns({first, second, third});
    CheckInFilter robins;
    robins.partnerId = m_robin.id;
    model.setFilter(robins);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.totalCount(), 3);
    EXPECT_EQ(model.checkInAt(0).id, first.id);
    EXPECT_EQ(model.checkInAt(1).id, third.id);
    EXPECT_EQ(model.rowOf(second.id), -1);
    EXPECT_EQ(model.rowOf(third.id), 1);
    model.setCheckIns({second, third}); // new contents keep the filter
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_F(CheckInListModelTest, NewPartnerNamesRefreshTheWhoColumn)
{
    CheckInListModel model;
    model.setCheckIns({checkIn(m_robin, m_morning, CheckInKind::Daily, 4, {})});
    EXPECT_EQ(rowTexts(model, 0).at(CheckInListModel::Who), QStringLiteral("Unknown"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Partner renamed = m_robin;
    renamed.name = QStringLiteral("Robin Lee");
    model.setPartners({renamed, m_sam});
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed[0][0].toModelIndex(), model.index(0, CheckInListModel::Who));
    EXPECT_EQ(changed[0][1].toModelIndex(), model.index(0, CheckInListModel::Who));
    EXPECT_EQ(rowTexts(model, 0).at(CheckInListModel::Who), QStringLiteral("Robin Lee"));
}

} // namespace
} // namespace tend::test
