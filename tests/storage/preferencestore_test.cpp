#include "databasefixture.h"

#include "preferences/preferencestore.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

// What the store tells the window: changed() after every write, failed() with the message
// after every failure, never both.
class PreferenceStoreTest : public test::CoupleFixture
{
protected:
    void SetUp() override
    {
        CoupleFixture::SetUp();
        if (HasFatalFailure())
            return;
        store = std::make_unique<PreferenceStore>(*database, clock);
        Result<QList<AftercareAct>> offered = store->acts();
        ASSERT_TRUE(succeeded(offered));
        ASSERT_EQ(offered.value(), acts) << "the store offers the active catalogue";
    }

    void TearDown() override
    {
        store.reset();
        DatabaseFixture::TearDown();
    }

    Preference preferenceOf(const Partner &partner, const AftercareAct &act) const
    {
        Preference preference;
        preference.partnerId = partner.id;
        preference.actId = act.id;
        preference.rating = Rating::LikeIt;
        return preference;
    }

    std::unique_ptr<PreferenceStore> store;
};

TEST_F(PreferenceStoreTest, ASavedPreferenceAnnouncesOneChange)
{
    QSignalSpy changed(store.get(), &PreferenceStore::changed);
    QSignalSpy failed(store.get(), &PreferenceStore::failed);
    ASSERT_TRUE(changed.isValid());
    ASSERT_TRUE(failed.isValid());

    Preference preference = preferenceOf(sam, acts[0]);
    ASSERT_TRUE(succeeded(store->savePreference(preference)));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(failed.count(), 0);
    EXPECT_FALSE(preference.id.isNull());

    Result<QList<Preference>> stored = store->preferences();
    ASSERT_TRUE(succeeded(stored));
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first(), preference);
    EXPECT_EQ(changed.count(), 1) << "reading announces nothing";
}

TEST_F(PreferenceStoreTest, ARefusedPreferenceReportsTheMessageAndNoChange)
{
    QSignalSpy changed(store.get(), &PreferenceStore::changed);
    QSignalSpy failed(store.get(), &PreferenceStore::failed);

    Preference preference = preferenceOf(sam, acts[0]);
    preference.note = QString(MaxPreferenceNoteLength + 1, u'n');
    const Status saved = store->savePreference(preference);
    ASSERT_TRUE(refusedMentioning(saved, {u"note"_s}));
    EXPECT_EQ(changed.count(), 0);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.first().first().toString(), saved.error().message);
    EXPECT_EQ(rowCount(u"preferences"_s), 0);
}

TEST_F(PreferenceStoreTest, AFailedWriteInTheDatabaseIsReportedToo)
{
    QSignalSpy changed(store.get(), &PreferenceStore::changed);
    QSignalSpy failed(store.get(), &PreferenceStore::failed);

    Preference preference = preferenceOf(alex, acts[0]);
    preference.actId = QUuid::createUuid();
    const Status saved = store->savePreference(preference);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(changed.count(), 0);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.first().first().toString(), saved.error().message);
    EXPECT_FALSE(saved.error().message.isEmpty());
}

TEST_F(PreferenceStoreTest, OtherWritesAnnounceThemselvesAsWell)
{
    QSignalSpy changed(store.get(), &PreferenceStore::changed);
    QSignalSpy failed(store.get(), &PreferenceStore::failed);

    ASSERT_TRUE(succeeded(store->setRevealTogether(true)));
    EXPECT_EQ(changed.count(), 1);
    Result<bool> reveal = store->revealTogether();
    ASSERT_TRUE(succeeded(reveal));
    EXPECT_TRUE(reveal.value());

    ASSERT_TRUE(succeeded(store->setFormDone(sam.id, true)));
    EXPECT_EQ(changed.count(), 2);

    AftercareAct act;
    act.form = CareForm::SpaceAndRest;
    act.label = u"A walk outside"_s;
    ASSERT_TRUE(succeeded(store->addAct(act)));
    EXPECT_EQ(changed.count(), 3);
    act.archived = true;
    ASSERT_TRUE(succeeded(store->updateAct(act)));
    EXPECT_EQ(changed.count(), 4);
    EXPECT_EQ(failed.count(), 0);

    AftercareAct nameless;
    nameless.label = u"  "_s;
    EXPECT_FALSE(store->addAct(nameless).ok());
    EXPECT_EQ(changed.count(), 4);
    EXPECT_EQ(failed.count(), 1);
}

} // namespace
} // namespace tend
