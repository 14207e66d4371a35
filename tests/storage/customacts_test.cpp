#include "databasefixture.h"

#include "storage/actrepository.h"
#include "storage/checkinrepository.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

// The couple's own acts, added to and changed in the catalogue.
class CustomActsTest : public test::DatabaseFixture
{
protected:
    // Made anew for each use, so it always writes to the currently open database.
    ActRepository repository() const { return ActRepository(*database, clock); }

    QList<AftercareAct> catalogue(ActRepository::Archived archived = ActRepository::Archived::Exclude) const
    {
        Result<QList<AftercareAct>> acts = repository().all(archived);
        EXPECT_TRUE(succeeded(acts));
        return acts ? acts.value() : QList<AftercareAct>();
    }

    std::optional<AftercareAct> stored(const QUuid &id,
                                       ActRepository::Archived archived = ActRepository::Archived::Include) const
    {
        for (const AftercareAct &act : catalogue(archived)) {
            if (act.id == id)
                return act;
        }
        return std::nullopt;
    }

    QList<AftercareAct> inForm(CareForm form, ActRepository::Archived archived = ActRepository::Archived::Exclude) const
    {
        QList<AftercareAct> acts;
        for (const AftercareAct &act : catalogue(archived)) {
            if (act.form == form)
                acts.append(act);
        }
        return acts;
    }

    static AftercareAct newAct(CareForm form, const QString &label)
    {
        AftercareAct act;
        act.form = form;
        act.label = label;
        act.description = u"Our own."_s;
        return act;
    }
};

TEST_F(CustomActsTest, AddPutsTheActLastInItsForm)
{
    const QList<AftercareAct> talkingBefore = inForm(CareForm::Talking);
    ASSERT_FALSE(talkingBefore.isEmpty());
    const int builtInCount = int(catalogue().size());

    AftercareAct act = newAct(CareForm::Talking, u"  A cup of   tea together "_s);
    // Whatever the caller says, a new act is the couple's own and not archived.
    act.builtIn = true;
    act.archived = true;
    act.sortOrder = -5;
    ASSERT_TRUE(succeeded(repository().add(act)));

    EXPECT_FALSE(act.id.isNull());
    EXPECT_EQ(act.label, u"A cup of tea together"_s);
    EXPECT_FALSE(act.builtIn);
    EXPECT_FALSE(act.archived);
    EXPECT_GT(act.sortOrder, talkingBefore.last().sortOrder);
    EXPECT_EQ(act.createdUtc, Start);
    EXPECT_EQ(act.updatedUtc, Start);

    const QList<AftercareAct> talking = inForm(CareForm::Talking);
    ASSERT_EQ(talking.size(), talkingBefore.size() + 1);
    EXPECT_EQ(talking.last(), act);
    EXPECT_EQ(int(catalogue().size()), builtInCount + 1);

    // The next one goes after it, and other forms are not affected.
    Result<int> next = repository().nextSortOrder(CareForm::Talking);
    ASSERT_TRUE(succeeded(next));
    EXPECT_GT(next.value(), act.sortOrder);
    clock.advanceSeconds(10);
    AftercareAct another = newAct(CareForm::Talking, u"Read to each other"_s);
    ASSERT_TRUE(succeeded(repository().add(another)));
    EXPECT_EQ(another.sortOrder, next.value());
    EXPECT_NE(another.id, act.id);
    EXPECT_EQ(inForm(CareForm::Talking).last().id, another.id);
    EXPECT_TRUE(inForm(CareForm::SpaceAndRest).last().builtIn);
}

TEST_F(CustomActsTest, AddedActsAreKeptAcrossReopening)
{
    AftercareAct act = newAct(CareForm::SharedActivities, u"Board game"_s);
    ASSERT_TRUE(succeeded(repository().add(act)));
    reopen();
    const std::optional<AftercareAct> read = stored(act.id);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(*read, act);
}

TEST_F(CustomActsTest, AddRefusesAnEmptyLabel)
{
    const int before = rowCount(u"aftercare_acts"_s);
    ASSERT_GT(before, 0);
    for (const QString &label : {QString(), u""_s, u"   "_s, u"\t\n "_s}) {
        AftercareAct act = newAct(CareForm::PhysicalComfort, label);
        EXPECT_TRUE(refusedMentioning(repository().add(act), {u"aftercare act"_s}))
            << '"' << label.toStdString() << '"';
        EXPECT_TRUE(act.id.isNull());
    }
    AftercareAct tooLong = newAct(CareForm::PhysicalComfort, QString(MaxActLabelLength + 1, u'x'));
    EXPECT_TRUE(refusedMentioning(repository().add(tooLong), {QString::number(MaxActLabelLength)}));
    EXPECT_EQ(rowCount(u"aftercare_acts"_s), before);
}

TEST_F(CustomActsTest, UpdateRenamesMovesAndArchives)
{
    AftercareAct act = newAct(CareForm::Talking, u"Tea"_s);
    ASSERT_TRUE(succeeded(repository().add(act)));
    const QDateTime created = act.createdUtc;

    clock.advanceSeconds(60);
    act.label = u"  Tea and   biscuits "_s;
    act.description = u"With the good biscuits."_s;
    act.form = CareForm::SpaceAndRest;
    Result<int> last = repository().nextSortOrder(CareForm::SpaceAndRest);
    ASSERT_TRUE(succeeded(last));
    act.sortOrder = last.value();
    ASSERT_TRUE(succeeded(repository().update(act)));
    EXPECT_EQ(act.label, u"Tea and biscuits"_s);
    EXPECT_EQ(act.updatedUtc, Start.addSecs(60));

    std::optional<AftercareAct> read = stored(act.id);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->label, u"Tea and biscuits"_s);
    EXPECT_EQ(read->description, u"With the good biscuits."_s);
    EXPECT_EQ(read->form, CareForm::SpaceAndRest);
    EXPECT_EQ(read->createdUtc, created);
    EXPECT_EQ(read->updatedUtc, Start.addSecs(60));
    EXPECT_FALSE(read->builtIn);
    EXPECT_EQ(inForm(CareForm::SpaceAndRest).last().id, act.id);
    for (const AftercareAct &talking : inForm(CareForm::Talking))
        EXPECT_NE(talking.id, act.id);

    clock.advanceSeconds(60);
    act.archived = true;
    ASSERT_TRUE(succeeded(repository().update(act)));
    EXPECT_FALSE(stored(act.id, ActRepository::Archived::Exclude).has_value());
    read = stored(act.id, ActRepository::Archived::Include);
    ASSERT_TRUE(read.has_value());
    EXPECT_TRUE(read->archived);
    EXPECT_EQ(read->label, u"Tea and biscuits"_s);

    clock.advanceSeconds(60);
    act.archived = false;
    ASSERT_TRUE(succeeded(repository().update(act)));
    EXPECT_TRUE(stored(act.id, ActRepository::Archived::Exclude).has_value());
}

TEST_F(CustomActsTest, MoveToFormPutsTheActLastInItsNewForm)
{
    AftercareAct act = newAct(CareForm::Talking, u"Tea"_s);
    ASSERT_TRUE(succeeded(repository().add(act)));
    const QList<AftercareAct> restBefore = inForm(CareForm::SpaceAndRest);
    ASSERT_FALSE(restBefore.isEmpty());

    ASSERT_TRUE(succeeded(repository().moveToForm(act, CareForm::SpaceAndRest)));
    EXPECT_EQ(act.form, CareForm::SpaceAndRest);
    const QList<AftercareAct> restAfter = inForm(CareForm::SpaceAndRest);
    ASSERT_EQ(restAfter.size(), restBefore.size() + 1);
    EXPECT_EQ(restAfter.last().id, act.id);
    EXPECT_GT(restAfter.last().sortOrder, restBefore.last().sortOrder);
    for (const AftercareAct &talking : inForm(CareForm::Talking))
        EXPECT_NE(talking.id, act.id);
}

TEST_F(CustomActsTest, MovingAnUnknownActFailsAndChangesNothing)
{
    AftercareAct ghost = newAct(CareForm::Talking, u"Ghost"_s);
    ghost.id = QUuid::createUuid();
    const QList<AftercareAct> before = catalogue(ActRepository::Archived::Include);
    EXPECT_FALSE(repository().moveToForm(ghost, CareForm::SpaceAndRest).ok());
    EXPECT_EQ(ghost.form, CareForm::Talking) << "The caller's copy is left as it was";
    EXPECT_EQ(catalogue(ActRepository::Archived::Include), before);
}

TEST_F(CustomActsTest, ABuiltInActCanBeArchivedAndStaysBuiltIn)
{
    const QList<AftercareAct> before = catalogue();
    ASSERT_FALSE(before.isEmpty());
    AftercareAct builtIn = before.first();
    builtIn.archived = true;
    ASSERT_TRUE(succeeded(repository().update(builtIn)));
    EXPECT_EQ(catalogue().size(), before.size() - 1);
    const std::optional<AftercareAct> read = stored(builtIn.id);
    ASSERT_TRUE(read.has_value());
    EXPECT_TRUE(read->archived);
    EXPECT_TRUE(read->builtIn);
}

TEST_F(CustomActsTest, UpdateRefusesAnEmptyLabelAndKeepsTheOldOne)
{
    AftercareAct act = newAct(CareForm::Talking, u"Tea"_s);
    ASSERT_TRUE(succeeded(repository().add(act)));
    AftercareAct renamed = act;
    renamed.label = u"  "_s;
    EXPECT_TRUE(refusedMentioning(repository().update(renamed), {u"aftercare act"_s}));
    const std::optional<AftercareAct> read = stored(act.id);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->label, u"Tea"_s);
}

TEST_F(CustomActsTest, UpdateOfAnUnknownActFails)
{
    const int before = rowCount(u"aftercare_acts"_s);
    AftercareAct ghost = newAct(CareForm::Talking, u"Ghost act"_s);
    ghost.id = QUuid::createUuid();
    EXPECT_TRUE(refusedMentioning(repository().update(ghost), {u"could not find"_s, u"Ghost act"_s}));
    EXPECT_EQ(rowCount(u"aftercare_acts"_s), before);
    EXPECT_FALSE(stored(ghost.id).has_value());

    // The failed update did not leave a write open.
    AftercareAct act = newAct(CareForm::Talking, u"Tea"_s);
    EXPECT_TRUE(succeeded(repository().add(act)));
}

TEST_F(CustomActsTest, ACheckInKeepsAnActThatWasArchivedLater)
{
    const Partner sam = savePartners().first;
    AftercareAct act = newAct(CareForm::PhysicalComfort, u"Weighted blanket"_s);
    ASSERT_TRUE(succeeded(repository().add(act)));
    const AftercareAct builtIn = catalogue().first();

    CheckIn checkIn;
    checkIn.partnerId = sam.id;
    checkIn.atUtc = Start;
    checkIn.localDay = Start.date();
    checkIn.kind = CheckInKind::AfterIntimacy;
    checkIn.actsReceived = {act.id};
    checkIn.actsWished = {builtIn.id};
    CheckInRepository checkIns(*database, clock);
    ASSERT_TRUE(succeeded(checkIns.add(checkIn)));

    act.archived = true;
    ASSERT_TRUE(succeeded(repository().update(act)));

    Result<std::optional<CheckIn>> found = checkIns.find(checkIn.id);
    ASSERT_TRUE(succeeded(found));
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ(found.value()->actsReceived, QList<QUuid>({act.id}));
    EXPECT_EQ(found.value()->actsWished, QList<QUuid>({builtIn.id}));
    Result<QList<CheckIn>> day = checkIns.onDay(Start.date());
    ASSERT_TRUE(succeeded(day));
    ASSERT_EQ(day->size(), 1);
    EXPECT_EQ(day->first().actsReceived, QList<QUuid>({act.id}));
    // Archived, not gone: it can still be shown by name.
    const std::optional<AftercareAct> archived = stored(act.id, ActRepository::Archived::Include);
    ASSERT_TRUE(archived.has_value());
    EXPECT_EQ(archived->label, u"Weighted blanket"_s);
}

} // namespace
} // namespace tend
