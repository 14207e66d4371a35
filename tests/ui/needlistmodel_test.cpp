// NeedListModel and AftercareChecklistModel under Qt's model tester, and what they say.

#include "uitesthelpers.h"

#include "aftercarechecklistmodel.h"
#include "modeltestermessages.h"
#include "needlistmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

namespace tend::test {
namespace {

Need need(const QUuid &raisedBy, const QString &text, NeedStatus status = NeedStatus::Open)
{
    Need result;
    result.id = QUuid::createUuid();
    result.raisedBy = raisedBy;
    result.text = text;
    result.status = status;
    result.createdUtc = QDateTime(QDate(2026, 11, 2), QTime(18, 0), Qt::UTC);
    if (status == NeedStatus::Resolved)
        result.resolvedUtc = QDateTime(QDate(2026, 11, 20), QTime(18, 0), Qt::UTC);
    return result;
}

AftercareAct act(const QString &label)
{
    AftercareAct result;
    result.id = QUuid::createUuid();
    result.label = label;
    return result;
}

class NeedListModelTest : public ::testing::Test
{
protected:
    const QUuid m_robin = QUuid::createUuid();
    const QUuid m_sam = QUuid::createUuid();
    const QList<Need> m_needs{need(m_robin, QStringLiteral("Hugs")), need(m_sam, QStringLiteral("Budget")),
                              need(m_sam, QStringLiteral("Holidays"), NeedStatus::Resolved),
                              need(m_robin, QStringLiteral("Friends"))};

    static QList<QUuid> ids(const QList<Need> &needs)
    {
        QList<QUuid> result;
        for (const Need &each : needs)
            result.append(each.id);
        return result;
    }
};

TEST_F(NeedListModelTest, PassesTheModelTesterThroughChangesAndFilters)
{
    ModelTesterMessages messages;
    NeedListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setNeeds(m_needs);
    NeedFilter robins;
    robins.raisedBy = m_robin;
    model.setFilter(robins);
    model.setNeeds(m_needs.mid(1));
    model.setFilter({});
    model.setNeeds({});
    EXPECT_TRUE(messages.messages().isEmpty()) << messages.messages().join(u'\n').toStdString();
}

TEST_F(NeedListModelTest, ShowsEachNeedAndWhenItWasRaisedOrResolved)
{
    NeedListModel model;
    model.setTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    model.setNeeds(m_needs);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(0, NeedListModel::Text).data().toString(), QStringLiteral("Hugs"));
    EXPECT_EQ(model.index(0, NeedListModel::Status).data().toString(), QStringLiteral("Open"));
    EXPECT_EQ(model.index(0, NeedListModel::Priority).data().toString(), QStringLiteral("Medium"));
    EXPECT_EQ(model.index(0, NeedListModel::Since).data().toString(), QStringLiteral("since 2 Nov 2026"));
    EXPECT_EQ(model.index(2, NeedListModel::Since).data().toString(), QStringLiteral("resolved 20 Nov 2026"));
    EXPECT_EQ(model.index(0, NeedListModel::RaisedBy).data().toString(), QStringLiteral("Unknown"))
        << "Before the partners are known";
}

TEST_F(NeedListModelTest, EditingTheTextIsAnnouncedNotKept)
{
    NeedListModel model;
    model.setNeeds(m_needs);
    QSignalSpy edited(&model, &NeedListModel::textEdited);
    EXPECT_TRUE(model.setData(model.index(1, NeedListModel::Text), QStringLiteral("  Our budget ")));
    ASSERT_EQ(edited.size(), 1);
    EXPECT_EQ(edited.at(0).at(0).value<Need>().id, m_needs[1].id);
    EXPECT_EQ(edited.at(0).at(1).toString(), QStringLiteral("Our budget"));
    EXPECT_EQ(model.index(1, NeedListModel::Text).data().toString(), QStringLiteral("Budget"));
    EXPECT_FALSE(model.setData(model.index(1, NeedListModel::Status), QStringLiteral("Resolved")));
}

TEST_F(NeedListModelTest, AMoveInAFilteredListKeepsTheHiddenNeedsInTheirPlaces)
{
    NeedListModel model;
    model.setNeeds(m_needs);
    NeedFilter robins;
    robins.raisedBy = m_robin;
    model.setFilter(robins); // shows Hugs, Friends
    // Friends before Hugs: the hidden needs of Sam stay where they were among the others.
    EXPECT_EQ(model.orderWithMove({m_needs[3].id}, 0),
              (QList<QUuid>{m_needs[3].id, m_needs[0].id, m_needs[1].id, m_needs[2].id}));
    // Hugs after the last one shown.
    EXPECT_EQ(model.orderWithMove({m_needs[0].id}, 2),
              (QList<QUuid>{m_needs[1].id, m_needs[2].id, m_needs[3].id, m_needs[0].id}));
    model.setFilter({});
    EXPECT_EQ(model.orderWithMove({m_needs[0].id}, 0), ids(m_needs)) << "Where it already is";
}

TEST_F(NeedListModelTest, ADropAsksForTheNewOrderOnce)
{
    NeedListModel model;
    model.setNeeds(m_needs);
    QSignalSpy asked(&model, &NeedListModel::orderRequested);
    std::unique_ptr<QMimeData> dragged(model.mimeData({model.index(3, 0), model.index(3, 1)}));
    model.dropMimeData(dragged.get(), Qt::MoveAction, 1, 0, {});
    ASSERT_TRUE(asked.wait(1000));
    EXPECT_EQ(asked.at(0).at(0).value<QList<QUuid>>(),
              (QList<QUuid>{m_needs[0].id, m_needs[3].id, m_needs[1].id, m_needs[2].id}));

    auto foreign = std::make_unique<QMimeData>();
    foreign->setText(QStringLiteral("Budget"));
    EXPECT_FALSE(model.canDropMimeData(foreign.get(), Qt::MoveAction, 0, 0, {})) << "Only needs can be dropped";
}

TEST(AftercareChecklistModelTest, PassesTheModelTesterAndKeepsTicksByAct)
{
    ModelTesterMessages messages;
    AftercareChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const AftercareAct talk = act(QStringLiteral("Talk"));
    const AftercareAct cuddle = act(QStringLiteral("Cuddle"));
    const AftercareAct archived = act(QStringLiteral("Old ritual"));
    model.setOffer({talk, cuddle}, {cuddle.id});
    model.setTicks({archived.id}, {});
    ASSERT_TRUE(model.setData(model.index(1, AftercareChecklistModel::Received), Qt::Checked, Qt::CheckStateRole));
    ASSERT_TRUE(model.setData(model.index(0, AftercareChecklistModel::Wished), Qt::Checked, Qt::CheckStateRole));
    EXPECT_FALSE(model.setData(model.index(0, AftercareChecklistModel::Act), Qt::Checked, Qt::CheckStateRole));

    model.setOffer({cuddle, talk}, {cuddle.id}); // offered in another order: the ticks stay with their acts
    EXPECT_EQ(model.index(0, AftercareChecklistModel::Received).data(Qt::CheckStateRole).value<Qt::CheckState>(),
              Qt::Checked);
    EXPECT_EQ(model.received(), (QList<QUuid>{cuddle.id, archived.id})) << "A tick on an act not offered is kept";
    EXPECT_EQ(model.wished(), QList<QUuid>{talk.id});
    EXPECT_EQ(model.index(0, AftercareChecklistModel::Act).data(Qt::AccessibleTextRole).toString(),
              QStringLiteral("Cuddle, marked Need it"));
    EXPECT_EQ(model.index(1, AftercareChecklistModel::Wished).data(Qt::AccessibleTextRole).toString(),
              QStringLiteral("Talk, wished for: yes"));
    model.setOffer({}, {});
    EXPECT_TRUE(messages.messages().isEmpty()) << messages.messages().join(u'\n').toStdString();
}

} // namespace
} // namespace tend::test
