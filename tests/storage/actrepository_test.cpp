#include "databasefixture.h"

#include "storage/actrepository.h"

#include <QSet>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

class ActRepositoryTest : public test::DatabaseFixture
{
protected:
    QList<AftercareAct> catalogue(ActRepository::Archived archived = ActRepository::Archived::Exclude)
    {
        Result<QList<AftercareAct>> acts = ActRepository(*database, clock).all(archived);
        EXPECT_TRUE(succeeded(acts));
        return acts ? acts.value() : QList<AftercareAct>();
    }
};

TEST_F(ActRepositoryTest, SeedsABuiltInCatalogueCoveringAllFourForms)
{
    const QList<AftercareAct> acts = catalogue();
    EXPECT_GE(acts.size(), 16);
    EXPECT_LE(acts.size(), 20);

    QSet<QUuid> ids;
    QSet<QString> labels;
    QMap<CareForm, int> perForm;
    for (const AftercareAct &act : acts) {
        SCOPED_TRACE(act.label.toStdString());
        EXPECT_FALSE(act.id.isNull());
        ids.insert(act.id);
        labels.insert(act.label);
        EXPECT_TRUE(act.builtIn);
        EXPECT_FALSE(act.archived);
        EXPECT_FALSE(act.description.isEmpty());
        EXPECT_TRUE(act.createdUtc.isValid());
        EXPECT_TRUE(succeeded(validate(act)));
        ++perForm[act.form];
    }
    EXPECT_EQ(ids.size(), acts.size()) << "ids are unique";
    EXPECT_EQ(labels.size(), acts.size()) << "labels are unique";
    for (CareForm form : AllCareForms)
        EXPECT_GE(perForm.value(form), 3) << careFormName(form).toStdString();
}

TEST_F(ActRepositoryTest, GroupsByFormThenTheFormsOwnOrder)
{
    const QList<AftercareAct> acts = catalogue();
    const auto formIndex = [](CareForm form) {
        return std::find(std::begin(AllCareForms), std::end(AllCareForms), form) - std::begin(AllCareForms);
    };
    for (qsizetype i = 1; i < acts.size(); ++i) {
        const AftercareAct &before = acts[i - 1];
        const AftercareAct &after = acts[i];
        SCOPED_TRACE(before.label.toStdString() + " / " + after.label.toStdString());
        EXPECT_LE(formIndex(before.form), formIndex(after.form));
        if (before.form == after.form) {
            EXPECT_LT(before.sortOrder, after.sortOrder);
        }
    }
    ASSERT_FALSE(acts.isEmpty());
    EXPECT_EQ(acts.first().form, CareForm::Talking);
    EXPECT_EQ(acts.last().form, CareForm::SpaceAndRest);
}

TEST_F(ActRepositoryTest, BuiltInActsHaveTheSameIdsInEveryDatabase)
{
    const QList<AftercareAct> acts = catalogue();
    QTemporaryDir other;
    ASSERT_TRUE(other.isValid());
    Result<std::unique_ptr<Database>> opened = Database::open(other.filePath(u"tend.sqlite"_s));
    ASSERT_TRUE(succeeded(opened));
    Result<QList<AftercareAct>> otherActs = ActRepository(*opened.value(), clock).all();
    ASSERT_TRUE(succeeded(otherActs));
    ASSERT_EQ(otherActs->size(), acts.size());
    for (qsizetype i = 0; i < acts.size(); ++i) {
        EXPECT_EQ(otherActs->at(i).id, acts[i].id);
        EXPECT_EQ(otherActs->at(i).label, acts[i].label);
    }
}

TEST_F(ActRepositoryTest, LeavesArchivedActsOutUnlessAskedFor)
{
    const QList<AftercareAct> before = catalogue();
    ASSERT_GE(before.size(), 2);
    const AftercareAct archived = before[1];
    QSqlQuery archive(database->connection());
    ASSERT_TRUE(archive.prepare(u"UPDATE aftercare_acts SET archived = 1 WHERE id = ?"_s));
    archive.addBindValue(archived.id.toString(QUuid::WithoutBraces));
    ASSERT_TRUE(archive.exec());
    ASSERT_EQ(archive.numRowsAffected(), 1);

    const QList<AftercareAct> current = catalogue();
    EXPECT_EQ(current.size(), before.size() - 1);
    for (const AftercareAct &act : current)
        EXPECT_NE(act.id, archived.id);

    const QList<AftercareAct> everything = catalogue(ActRepository::Archived::Include);
    ASSERT_EQ(everything.size(), before.size());
    const auto found = std::find_if(everything.begin(), everything.end(),
                                    [&](const AftercareAct &act) { return act.id == archived.id; });
    ASSERT_NE(found, everything.end());
    EXPECT_TRUE(found->archived);
    EXPECT_EQ(found->label, archived.label);
}

} // namespace
} // namespace tend
