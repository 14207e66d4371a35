#include "checkins/offeredacts.h"

#include "printers.h"

#include <QStringList>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

QStringList labelsOf(const QList<AftercareAct> &acts)
{
    QStringList labels;
    for (const AftercareAct &act : acts)
        labels.append(act.label);
    return labels;
}

class OfferedActsTest : public ::testing::Test
{
protected:
    // Appends an act to the catalogue, in catalogue order.
    AftercareAct act(const QString &label, bool archived = false)
    {
        AftercareAct added;
        added.id = QUuid::createUuid();
        added.label = label;
        added.archived = archived;
        added.sortOrder = static_cast<int>(catalogue.size());
        catalogue.append(added);
        return added;
    }

    void rate(const QUuid &partnerId, const AftercareAct &rated, std::optional<Rating> rating)
    {
        Preference preference;
        preference.id = QUuid::createUuid();
        preference.partnerId = partnerId;
        preference.actId = rated.id;
        preference.rating = rating;
        preferences.append(preference);
    }

    QStringList offeredTo(const QUuid &partnerId, const QList<QUuid> &alsoKeep = {}) const
    {
        return labelsOf(actsOfferedTo(partnerId, catalogue, preferences, alsoKeep));
    }

    const QUuid sam = QUuid::createUuid();
    const QUuid alex = QUuid::createUuid();
    QList<AftercareAct> catalogue;
    QList<Preference> preferences;
};

TEST_F(OfferedActsTest, NeedItFirstThenLikeItThenTheRestEachInCatalogueOrder)
{
    rate(sam, act(u"Talk"_s), Rating::LikeIt);
    rate(sam, act(u"Cuddle"_s), Rating::Neutral);
    rate(sam, act(u"Water"_s), Rating::NeedIt);
    act(u"Music"_s);
    rate(sam, act(u"Blanket"_s), Rating::LikeIt);
    rate(sam, act(u"Quiet"_s), Rating::NeedIt);
    rate(sam, act(u"Bath"_s), Rating::NotForMe);

    EXPECT_EQ(offeredTo(sam), QStringList({u"Water"_s, u"Quiet"_s, u"Talk"_s, u"Blanket"_s, u"Cuddle"_s, u"Music"_s,
                                           u"Bath"_s}));
}

TEST_F(OfferedActsTest, NotForMeIsStillOfferedAmongTheRest)
{
    rate(sam, act(u"Bath"_s), Rating::NotForMe);
    act(u"Music"_s);
    rate(sam, act(u"Talk"_s), Rating::NeedIt);

    EXPECT_EQ(offeredTo(sam), QStringList({u"Talk"_s, u"Bath"_s, u"Music"_s}));
}

TEST_F(OfferedActsTest, OnlyThePartnersOwnAnswersCount)
{
    const AftercareAct talk = act(u"Talk"_s);
    const AftercareAct water = act(u"Water"_s);
    const AftercareAct quiet = act(u"Quiet"_s);
    rate(alex, talk, Rating::NotForMe);
    rate(alex, quiet, Rating::NeedIt);
    rate(sam, water, Rating::LikeIt);

    EXPECT_EQ(offeredTo(sam), QStringList({u"Water"_s, u"Talk"_s, u"Quiet"_s}));
    EXPECT_EQ(offeredTo(alex), QStringList({u"Quiet"_s, u"Talk"_s, u"Water"_s}));
}

TEST_F(OfferedActsTest, WithoutAnswersTheCatalogueOrderStays)
{
    act(u"Talk"_s);
    rate(sam, act(u"Cuddle"_s), std::nullopt);
    act(u"Water"_s);

    EXPECT_EQ(offeredTo(sam), QStringList({u"Talk"_s, u"Cuddle"_s, u"Water"_s}));
}

TEST_F(OfferedActsTest, ArchivedActsAreLeftOutEvenWhenNeeded)
{
    act(u"Talk"_s);
    rate(sam, act(u"Old ritual"_s, true), Rating::NeedIt);
    act(u"Water"_s);

    EXPECT_EQ(offeredTo(sam), QStringList({u"Talk"_s, u"Water"_s}));
}

TEST_F(OfferedActsTest, ArchivedActsAnEditedCheckInNamesComeLastInCatalogueOrder)
{
    const QUuid first = act(u"Old ritual"_s, true).id;
    rate(sam, act(u"Talk"_s), Rating::LikeIt);
    act(u"Forgotten"_s, true);
    const QUuid second = act(u"Older ritual"_s, true).id;
    act(u"Water"_s);

    EXPECT_EQ(offeredTo(sam, {second, first}),
              QStringList({u"Talk"_s, u"Water"_s, u"Old ritual"_s, u"Older ritual"_s}));
}

TEST_F(OfferedActsTest, KeepingAnActiveActChangesNothing)
{
    const QUuid talk = act(u"Talk"_s).id;
    rate(sam, act(u"Water"_s), Rating::NeedIt);

    EXPECT_EQ(offeredTo(sam, {talk}), QStringList({u"Water"_s, u"Talk"_s}));
}

TEST_F(OfferedActsTest, AnEmptyCatalogueOffersNothing)
{
    EXPECT_TRUE(offeredTo(sam).isEmpty());
}

} // namespace
} // namespace tend
