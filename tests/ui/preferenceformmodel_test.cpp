// PreferenceFormModel under Qt's model tester, what it shows, and how edits leave it.

#include "uitesthelpers.h"

#include "modeltestermessages.h"
#include "preferenceformmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

namespace tend::test {
namespace {

AftercareAct act(CareForm form, const QString &label)
{
    AftercareAct result;
    result.id = QUuid::createUuid();
    result.form = form;
    result.label = label;
    result.description = label + QStringLiteral(", described");
    return result;
}

Preference answer(const QUuid &partner, const AftercareAct &act, std::optional<Rating> rating)
{
    Preference result;
    result.id = QUuid::createUuid();
    result.partnerId = partner;
    result.actId = act.id;
    result.rating = rating;
    return result;
}

class PreferenceFormModelTest : public ::testing::Test
{
protected:
    const QUuid m_robin = QUuid::createUuid();
    const QUuid m_sam = QUuid::createUuid();
    const QList<AftercareAct> m_acts{act(CareForm::Talking, QStringLiteral("Talk")),
                                     act(CareForm::Talking, QStringLiteral("Reassure")),
                                     act(CareForm::SpaceAndRest, QStringLiteral("Quiet"))};
    QList<Preference> m_answers{answer(m_robin, m_acts[0], Rating::NeedIt), answer(m_sam, m_acts[0], Rating::NotForMe)};
};

TEST_F(PreferenceFormModelTest, PassesTheModelTesterThroughResetsAndInPlaceUpdates)
{
    ModelTesterMessages messages;
    PreferenceFormModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    model.setContents(m_acts, m_answers, m_robin);
    m_answers[0].rating = Rating::LikeIt;
    model.setContents(m_acts, m_answers, m_robin); // same rows: in place
    model.setContents(m_acts, m_answers, m_sam);   // another partner: reset
    QList<AftercareAct> quietMovedUp = m_acts;
    quietMovedUp[2].form = CareForm::Talking; // last of the form before: the same order, read straight down
    model.setContents(quietMovedUp, m_answers, m_sam);
    model.setContents(m_acts.mid(0, 2), m_answers, m_sam);
    model.setContents({}, {}, m_sam);

    EXPECT_TRUE(messages.messages().isEmpty()) << messages.messages().join(QLatin1Char('\n')).toStdString();
}

TEST_F(PreferenceFormModelTest, ShowsTheFourFormsWithTheirActsAndOnePartnersAnswers)
{
    PreferenceFormModel model;
    model.setContents(m_acts, m_answers, m_robin);

    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Talking"));
    EXPECT_EQ(model.index(3, 0).data().toString(), QStringLiteral("Space and rest"));
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 2);
    EXPECT_EQ(model.rowCount(model.index(1, 0)), 0);
    EXPECT_EQ(model.rowCount(model.index(3, 0)), 1);

    const QModelIndex talk = model.indexOfAct(m_acts[0].id, PreferenceFormModel::Rating);
    EXPECT_EQ(talk.data().toString(), QStringLiteral("Need it"));
    EXPECT_EQ(talk.data(Qt::EditRole).toInt(), int(Rating::NeedIt));
    EXPECT_EQ(talk.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Talk, rating: Need it"));
    const QModelIndex reassure = model.indexOfAct(m_acts[1].id, PreferenceFormModel::Rating);
    EXPECT_EQ(reassure.data().toString(), QStringLiteral("Not answered"));
    EXPECT_EQ(reassure.data(Qt::EditRole).toInt(), PreferenceFormModel::NoChoice);
    EXPECT_EQ(model.indexOfAct(m_acts[0].id, PreferenceFormModel::Act).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Talk, described"));

    model.setContents(m_acts, m_answers, m_sam);
    EXPECT_EQ(model.indexOfAct(m_acts[0].id, PreferenceFormModel::Rating).data().toString(), QStringLiteral("Not for me"));
}

TEST_F(PreferenceFormModelTest, AnActMovedToTheEndOfThePreviousFormChangesItsRows)
{
    PreferenceFormModel model;
    model.setContents(m_acts, m_answers, m_robin);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<AftercareAct> quietMovedUp = m_acts;
    quietMovedUp[2].form = CareForm::PhysicalComfort;

    model.setContents(quietMovedUp, m_answers, m_robin);

    EXPECT_EQ(reset.size(), 1) << "Rows changed places, so views must hear of it";
    EXPECT_EQ(model.rowCount(model.index(1, 0)), 1);
    EXPECT_EQ(model.rowCount(model.index(3, 0)), 0);
    EXPECT_EQ(model.indexOfAct(m_acts[2].id).parent().row(), 1);
}

TEST_F(PreferenceFormModelTest, AnIndexFromBeforeAChangeNamesNoAct)
{
    PreferenceFormModel model;
    model.setContents(m_acts, m_answers, m_robin);
    const QModelIndex quiet = model.indexOfAct(m_acts[2].id);
    ASSERT_NE(model.actAt(quiet), nullptr);
    model.setContents(m_acts.mid(0, 2), m_answers, m_robin);
    EXPECT_EQ(model.actAt(quiet), nullptr);

    PreferenceFormModel other;
    other.setContents(m_acts, m_answers, m_robin);
    EXPECT_EQ(model.actAt(other.indexOfAct(m_acts[0].id)), nullptr) << "An index of another model";
}

TEST_F(PreferenceFormModelTest, EditsAreAnnouncedNotKept)
{
    PreferenceFormModel model;
    model.setContents(m_acts, m_answers, m_robin);
    QSignalSpy edited(&model, &PreferenceFormModel::preferenceEdited);
    QSignalSpy renamed(&model, &PreferenceFormModel::actEdited);

    const QModelIndex reassure = model.indexOfAct(m_acts[1].id, PreferenceFormModel::Rating);
    ASSERT_TRUE(model.setData(reassure, int(Rating::LikeIt)));
    ASSERT_EQ(edited.size(), 1);
    const auto before = edited.at(0).at(0).value<Preference>();
    const auto after = edited.at(0).at(1).value<Preference>();
    EXPECT_FALSE(before.rating.has_value());
    EXPECT_EQ(after.rating, Rating::LikeIt);
    EXPECT_EQ(after.partnerId, m_robin);
    EXPECT_EQ(after.actId, m_acts[1].id);
    EXPECT_EQ(reassure.data().toString(), QStringLiteral("Not answered")) << "The saved truth comes back through setContents";

    const QModelIndex askFirst = model.indexOfAct(m_acts[0].id, PreferenceFormModel::AskFirst);
    ASSERT_TRUE(model.setData(askFirst, Qt::Checked, Qt::CheckStateRole));
    ASSERT_EQ(edited.size(), 2);
    EXPECT_TRUE(edited.at(1).at(1).value<Preference>().askFirst);
    EXPECT_EQ(edited.at(1).at(1).value<Preference>().rating, Rating::NeedIt) << "Only the edited field changes";

    // Setting what is already there announces nothing.
    ASSERT_TRUE(model.setData(model.indexOfAct(m_acts[0].id, PreferenceFormModel::Rating), int(Rating::NeedIt)));
    EXPECT_EQ(edited.size(), 2);

    ASSERT_TRUE(model.setData(model.indexOfAct(m_acts[2].id, PreferenceFormModel::Act), QStringLiteral("  Quiet   time ")));
    ASSERT_EQ(renamed.size(), 1);
    EXPECT_EQ(renamed.at(0).at(1).value<AftercareAct>().label, QStringLiteral("Quiet time"));

    // Form headings are neither editable nor selectable.
    EXPECT_FALSE(model.setData(model.index(0, 0), QStringLiteral("Chat")));
    EXPECT_EQ(model.flags(model.index(0, 0)), Qt::ItemIsEnabled);
}

} // namespace
} // namespace tend::test
