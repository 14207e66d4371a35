#include "databasefixture.h"

#include "storage/preferencerepository.h"
#include "storage/settingsrepository.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

class PreferenceRepositoryTest : public test::CoupleFixture
{
protected:
    // Made anew for each use, so it always writes to the currently open database.
    PreferenceRepository repository() const { return PreferenceRepository(*database, clock); }

    static Preference preferenceOf(const Partner &partner, const AftercareAct &act)
    {
        Preference preference;
        preference.partnerId = partner.id;
        preference.actId = act.id;
        return preference;
    }

    QList<Preference> stored() const
    {
        Result<QList<Preference>> result = repository().all();
        EXPECT_TRUE(succeeded(result));
        return result ? result.value() : QList<Preference>();
    }

    std::optional<Preference> storedFor(const Partner &partner, const AftercareAct &act) const
    {
        for (const Preference &preference : stored()) {
            if (preference.partnerId == partner.id && preference.actId == act.id)
                return preference;
        }
        return std::nullopt;
    }

    QList<FormStatus> forms() const
    {
        Result<QList<FormStatus>> result = repository().formStatuses();
        EXPECT_TRUE(succeeded(result));
        return result ? result.value() : QList<FormStatus>();
    }
};

TEST_F(PreferenceRepositoryTest, IsEmptyBeforeAnyoneAnswers)
{
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_TRUE(forms().isEmpty());
}

TEST_F(PreferenceRepositoryTest, SavesAnswersAndReadsThemBack)
{
    Preference unanswered = preferenceOf(sam, acts[0]);
    Preference neutral = preferenceOf(sam, acts[1]);
    neutral.rating = Rating::Neutral;
    neutral.timing = Timing::NextDay;
    neutral.askFirst = true;
    neutral.note = u"  Only on quiet evenings.  "_s;
    Preference needed = preferenceOf(alex, acts[0]);
    needed.rating = Rating::NeedIt;
    needed.timing = Timing::RightAway;

    ASSERT_TRUE(succeeded(repository().save(unanswered)));
    clock.advanceSeconds(30);
    ASSERT_TRUE(succeeded(repository().save(neutral)));
    ASSERT_TRUE(succeeded(repository().save(needed)));

    EXPECT_FALSE(unanswered.id.isNull());
    EXPECT_FALSE(neutral.id.isNull());
    EXPECT_NE(unanswered.id, neutral.id);
    EXPECT_EQ(unanswered.createdUtc, Start);
    EXPECT_EQ(unanswered.updatedUtc, Start);
    EXPECT_EQ(neutral.createdUtc, Start.addSecs(30));
    EXPECT_EQ(neutral.note, u"Only on quiet evenings."_s) << "the saved preference is the trimmed one";
    EXPECT_EQ(rowCount(u"preferences"_s), 3);

    const QList<Preference> all = stored();
    ASSERT_EQ(all.size(), 3);
    for (const Preference &saved : {unanswered, neutral, needed}) {
        const auto read = std::find_if(all.begin(), all.end(), [&](const Preference &p) { return p.id == saved.id; });
        ASSERT_NE(read, all.end());
        EXPECT_EQ(*read, saved);
    }

    // Not answered and Neutral are different answers, down to the stored row.
    const std::optional<Preference> readUnanswered = storedFor(sam, acts[0]);
    ASSERT_TRUE(readUnanswered.has_value());
    EXPECT_FALSE(readUnanswered->rating.has_value());
    EXPECT_FALSE(readUnanswered->timing.has_value());
    EXPECT_FALSE(readUnanswered->askFirst);
    EXPECT_TRUE(readUnanswered->note.isEmpty());
    const std::optional<Preference> readNeutral = storedFor(sam, acts[1]);
    ASSERT_TRUE(readNeutral.has_value());
    EXPECT_EQ(readNeutral->rating, Rating::Neutral);
    EXPECT_EQ(readNeutral->timing, Timing::NextDay);
    EXPECT_TRUE(readNeutral->askFirst);
    EXPECT_EQ(readNeutral->note, u"Only on quiet evenings."_s);

    const QVariantList samAndFirstAct{sam.id.toString(QUuid::WithoutBraces), acts[0].id.toString(QUuid::WithoutBraces)};
    EXPECT_TRUE(scalar(u"SELECT rating IS NULL FROM preferences WHERE partner_id = ? AND act_id = ?"_s, samAndFirstAct)
                    .toBool());
    EXPECT_TRUE(scalar(u"SELECT timing IS NULL FROM preferences WHERE partner_id = ? AND act_id = ?"_s, samAndFirstAct)
                    .toBool());
    EXPECT_EQ(scalar(u"SELECT rating FROM preferences WHERE id = ?"_s, {neutral.id.toString(QUuid::WithoutBraces)})
                  .toString(),
              u"neutral"_s);
}

TEST_F(PreferenceRepositoryTest, KeepsAnswersAcrossReopening)
{
    Preference preference = preferenceOf(alex, acts[2]);
    preference.rating = Rating::NotForMe;
    preference.timing = Timing::LaterThatDay;
    preference.note = u"Not after a long day"_s;
    ASSERT_TRUE(succeeded(repository().save(preference)));

    reopen();
    const QList<Preference> all = stored();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0], preference);
}

TEST_F(PreferenceRepositoryTest, EveryRatingAndTimingSurvivesTheRoundTrip)
{
    qsizetype next = 0;
    for (Rating rating : AllRatings) {
        for (Timing timing : AllTimings) {
            ASSERT_LT(next, acts.size());
            Preference preference = preferenceOf(sam, acts[next++]);
            preference.rating = rating;
            preference.timing = timing;
            ASSERT_TRUE(succeeded(repository().save(preference)));
            const std::optional<Preference> read = storedFor(sam, acts[next - 1]);
            ASSERT_TRUE(read.has_value());
            EXPECT_EQ(read->rating, rating) << ratingName(rating).toStdString();
            EXPECT_EQ(read->timing, timing) << timingName(timing).toStdString();
        }
    }
}

TEST_F(PreferenceRepositoryTest, ASecondAnswerAboutTheSameActReplacesTheFirst)
{
    Preference first = preferenceOf(sam, acts[0]);
    first.rating = Rating::LikeIt;
    first.timing = Timing::RightAway;
    first.askFirst = true;
    first.note = u"Gently"_s;
    ASSERT_TRUE(succeeded(repository().save(first)));
    Preference other = preferenceOf(alex, acts[0]);
    other.rating = Rating::NeedIt;
    ASSERT_TRUE(succeeded(repository().save(other)));

    // A fresh object, as a form would make it: no id, no times.
    clock.advanceSeconds(90);
    Preference second = preferenceOf(sam, acts[0]);
    second.rating = Rating::NotForMe;
    ASSERT_TRUE(succeeded(repository().save(second)));
    EXPECT_EQ(second.id, first.id);
    EXPECT_EQ(second.createdUtc, Start);
    EXPECT_EQ(second.updatedUtc, Start.addSecs(90));

    EXPECT_EQ(rowCount(u"preferences"_s), 2);
    const std::optional<Preference> read = storedFor(sam, acts[0]);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->id, first.id);
    EXPECT_EQ(read->createdUtc, Start);
    EXPECT_EQ(read->updatedUtc, Start.addSecs(90));
    EXPECT_EQ(read->rating, Rating::NotForMe);
    EXPECT_FALSE(read->timing.has_value()) << "the whole answer is replaced, not merged";
    EXPECT_FALSE(read->askFirst);
    EXPECT_TRUE(read->note.isEmpty());

    // The other partner's answer about the same act is untouched.
    const std::optional<Preference> alexs = storedFor(alex, acts[0]);
    ASSERT_TRUE(alexs.has_value());
    EXPECT_EQ(*alexs, other);
}

TEST_F(PreferenceRepositoryTest, RefusesATooLongNoteAndWritesNothing)
{
    Preference preference = preferenceOf(sam, acts[0]);
    preference.rating = Rating::LikeIt;
    preference.note = QString(MaxPreferenceNoteLength + 1, u'n');
    const Status saved = repository().save(preference);
    EXPECT_TRUE(refusedMentioning(saved, {u"note"_s, QString::number(MaxPreferenceNoteLength)}));
    EXPECT_TRUE(preference.id.isNull()) << "a refused preference is left as it was";
    EXPECT_EQ(rowCount(u"preferences"_s), 0);

    // The limit counts the note as stored, without the spaces around it.
    preference.note = u"  "_s + QString(MaxPreferenceNoteLength, u'n') + u"\n"_s;
    ASSERT_TRUE(succeeded(repository().save(preference)));
    EXPECT_EQ(preference.note.size(), MaxPreferenceNoteLength);
    EXPECT_EQ(rowCount(u"preferences"_s), 1);
}

TEST_F(PreferenceRepositoryTest, RefusesAnAnswerAboutAnUnknownAct)
{
    Preference preference = preferenceOf(sam, acts[0]);
    preference.actId = QUuid::createUuid();
    preference.rating = Rating::NeedIt;
    EXPECT_TRUE(refusedMentioning(repository().save(preference), {u"save the aftercare preference"_s}));
    EXPECT_TRUE(preference.id.isNull());
    EXPECT_EQ(rowCount(u"preferences"_s), 0);

    // The database is still usable afterwards: the failed write was not left open.
    Preference valid = preferenceOf(sam, acts[0]);
    valid.rating = Rating::NeedIt;
    EXPECT_TRUE(succeeded(repository().save(valid)));
    EXPECT_EQ(rowCount(u"preferences"_s), 1);
}

TEST_F(PreferenceRepositoryTest, RefusesAnAnswerOfAnUnknownPartner)
{
    Preference preference = preferenceOf(sam, acts[0]);
    preference.partnerId = QUuid::createUuid();
    preference.rating = Rating::NeedIt;
    EXPECT_TRUE(refusedMentioning(repository().save(preference), {u"save the aftercare preference"_s}));
    EXPECT_EQ(rowCount(u"preferences"_s), 0);
}

TEST_F(PreferenceRepositoryTest, SaveAllWritesEveryAnswer)
{
    QList<Preference> answers{preferenceOf(sam, acts[0]), preferenceOf(sam, acts[1]), preferenceOf(alex, acts[0])};
    answers[0].rating = Rating::NeedIt;
    answers[1].rating = Rating::NotForMe;
    answers[2].note = u" Later "_s;
    ASSERT_TRUE(succeeded(repository().saveAll(answers)));
    for (const Preference &answer : answers) {
        EXPECT_FALSE(answer.id.isNull());
        EXPECT_EQ(answer.createdUtc, Start);
    }
    EXPECT_EQ(answers[2].note, u"Later"_s);
    const QList<Preference> all = stored();
    ASSERT_EQ(all.size(), 3);
    for (const Preference &answer : answers)
        EXPECT_TRUE(all.contains(answer)) << answer.id.toString().toStdString();
}

TEST_F(PreferenceRepositoryTest, SaveAllWritesNothingWhenOneAnswerIsRefused)
{
    QList<Preference> unknownAct{preferenceOf(sam, acts[0]), preferenceOf(sam, acts[1])};
    unknownAct[0].rating = Rating::LikeIt;
    unknownAct[1].actId = QUuid::createUuid();
    EXPECT_TRUE(refusedMentioning(repository().saveAll(unknownAct), {u"save the aftercare preference"_s}));
    EXPECT_EQ(rowCount(u"preferences"_s), 0) << "the first answer was written before the second failed";
    EXPECT_TRUE(unknownAct[0].id.isNull()) << "the caller's answers are left as they were";

    QList<Preference> tooLong{preferenceOf(sam, acts[0]), preferenceOf(alex, acts[0])};
    tooLong[1].note = QString(MaxPreferenceNoteLength + 1, u'n');
    EXPECT_TRUE(refusedMentioning(repository().saveAll(tooLong), {u"note"_s}));
    EXPECT_EQ(rowCount(u"preferences"_s), 0);
}

TEST_F(PreferenceRepositoryTest, RemembersWhetherEachFormIsDone)
{
    ASSERT_TRUE(succeeded(repository().setFormDone(sam.id, true)));
    EXPECT_EQ(forms(), QList<FormStatus>({{sam.id, true, Start}}));

    clock.advanceSeconds(60);
    ASSERT_TRUE(succeeded(repository().setFormDone(alex.id, true)));
    clock.advanceSeconds(60);
    ASSERT_TRUE(succeeded(repository().setFormDone(sam.id, false)));

    const auto statusOf = [](const QList<FormStatus> &statuses, const QUuid &partnerId) {
        const auto found = std::find_if(statuses.begin(), statuses.end(),
                                        [&](const FormStatus &status) { return status.partnerId == partnerId; });
        return found == statuses.end() ? std::optional<FormStatus>() : std::optional<FormStatus>(*found);
    };
    QList<FormStatus> statuses = forms();
    ASSERT_EQ(statuses.size(), 2);
    EXPECT_EQ(statusOf(statuses, sam.id), (FormStatus{sam.id, false, Start.addSecs(120)}));
    EXPECT_EQ(statusOf(statuses, alex.id), (FormStatus{alex.id, true, Start.addSecs(60)}));
    EXPECT_EQ(rowCount(u"preference_forms"_s), 2);

    ASSERT_TRUE(succeeded(repository().setFormDone(sam.id, true)));
    reopen();
    statuses = forms();
    ASSERT_EQ(statuses.size(), 2);
    EXPECT_EQ(statusOf(statuses, sam.id), (FormStatus{sam.id, true, Start.addSecs(120)}));
    EXPECT_EQ(statusOf(statuses, alex.id), (FormStatus{alex.id, true, Start.addSecs(60)}));
}

TEST_F(PreferenceRepositoryTest, RefusesToMarkTheFormOfAnUnknownPartner)
{
    EXPECT_TRUE(refusedMentioning(repository().setFormDone(QUuid::createUuid(), true), {u"preference form"_s}));
    EXPECT_EQ(rowCount(u"preference_forms"_s), 0);
}

using SettingsRepositoryTest = test::DatabaseFixture;

TEST_F(SettingsRepositoryTest, AnUnsetFlagIsTheFallback)
{
    SettingsRepository settings(*database, clock);
    Result<bool> off = settings.flag(setting::RevealTogether, false);
    ASSERT_TRUE(succeeded(off));
    EXPECT_FALSE(off.value());
    Result<bool> on = settings.flag(setting::RevealTogether, true);
    ASSERT_TRUE(succeeded(on));
    EXPECT_TRUE(on.value());
    EXPECT_EQ(rowCount(u"settings"_s), 0) << "reading does not write";
}

TEST_F(SettingsRepositoryTest, AStoredFlagWinsOverTheFallback)
{
    SettingsRepository settings(*database, clock);
    ASSERT_TRUE(succeeded(settings.setFlag(setting::RevealTogether, true)));
    Result<bool> read = settings.flag(setting::RevealTogether, false);
    ASSERT_TRUE(succeeded(read));
    EXPECT_TRUE(read.value());

    ASSERT_TRUE(succeeded(settings.setFlag(setting::RevealTogether, false)));
    read = settings.flag(setting::RevealTogether, true);
    ASSERT_TRUE(succeeded(read));
    EXPECT_FALSE(read.value());
    EXPECT_EQ(rowCount(u"settings"_s), 1) << "one row per key";

    // Other keys keep their own value.
    Result<bool> other = settings.flag(u"some_other_flag"_s, true);
    ASSERT_TRUE(succeeded(other));
    EXPECT_TRUE(other.value());

    ASSERT_TRUE(succeeded(settings.setFlag(setting::RevealTogether, true)));
    reopen();
    Result<bool> reopened = SettingsRepository(*database, clock).flag(setting::RevealTogether, false);
    ASSERT_TRUE(succeeded(reopened));
    EXPECT_TRUE(reopened.value());
}

} // namespace
} // namespace tend
