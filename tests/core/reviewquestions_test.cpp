#include "review/reviewquestions.h"

#include "printers.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace tend {

// Found by argument-dependent lookup when an expectation on questions fails.
inline void PrintTo(const ReviewQuestion &question, std::ostream *os)
{
    *os << int(question.kind) << ": " << question.text.toStdString() << " [" << question.basis.toStdString() << ']';
}

namespace {

using namespace Qt::StringLiterals;

using Kind = ReviewQuestionKind;

// Questions for May 2024 (31 days, so "the 31 days before" is April), asked from a digest built by hand.
class ReviewQuestionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        partners[0].id = QUuid::createUuid();
        partners[0].name = u"Alex"_s;
        partners[1].id = QUuid::createUuid();
        partners[1].seat = 2;
        partners[1].name = u"Sam"_s;
        digest.period = {QDate(2024, 5, 1), QDate(2024, 5, 31)};
        digest.zone = QTimeZone("Europe/Berlin");
        actNames.insert(warmDrink, u"A warm drink"_s);
    }

    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    QList<ReviewQuestion> questions() const { return reviewQuestions(digest, partners, actNames); }

    QList<Kind> kinds() const
    {
        QList<Kind> result;
        for (const ReviewQuestion &question : questions())
            result.append(question.kind);
        return result;
    }

    std::optional<ReviewQuestion> question(Kind kind) const
    {
        for (const ReviewQuestion &asked : questions()) {
            if (asked.kind == kind)
                return asked;
        }
        return std::nullopt;
    }

    // Both checked in on the day, as the divergent days need.
    void checkedIn(int alex, int sam)
    {
        digest.checkInCounts = {alex, sam};
        digest.summaries[0].current.count = alex;
        digest.summaries[1].current.count = sam;
    }

    void stress(int place, double now, double before)
    {
        PeriodSummary &summary = digest.summaries[size_t(place)];
        summary.current.count = std::max(summary.current.count, 1);
        summary.previous.count = std::max(summary.previous.count, 1);
        summary.current.stress = now;
        summary.previous.stress = before;
        summary.change.stress = now - before;
    }

    Need need(const QString &text, int place, NeedStatus status = NeedStatus::Open) const
    {
        Need result;
        result.id = QUuid::createUuid();
        result.text = text;
        result.raisedBy = partners[size_t(place)].id;
        result.status = status;
        result.createdUtc = QDateTime(QDate(2024, 5, 6), QTime(19, 0), QTimeZone::utc());
        return result;
    }

    // Everything at once: more than the review asks about.
    void fillEverything()
    {
        checkedIn(9, 2);
        digest.divergentDays = {{QDate(2024, 5, 14), {4, 2}}};
        digest.wishedNotReceived[1] = {{warmDrink, 0, 4, 4}};
        stress(1, 3.6, 2.8);
        Need resolved = need(u"More unhurried mornings"_s, 1, NeedStatus::Resolved);
        resolved.resolvedUtc = QDateTime(QDate(2024, 5, 20), QTime(18, 0), QTimeZone::utc());
        digest.needs.resolved = {resolved};
        digest.needs.raised = {need(u"A quiet hour after work"_s, 0)};
        digest.weeklyNeed = need(u"Ask before planning our evenings"_s, 0);
        digest.longestRunBothCheckedIn = 4;
    }

    const QUuid warmDrink = QUuid::createUuid();
    std::array<Partner, 2> partners;
    QHash<QUuid, QString> actNames;
    ReviewDigest digest;
};

TEST_F(ReviewQuestionsTest, NoDataStillGivesThreeFactualQuestions)
{
    const QList<ReviewQuestion> asked = questions();
    ASSERT_EQ(asked.size(), 3) << ::testing::PrintToString(asked);
    EXPECT_EQ(asked[0].kind, Kind::CheckIns);
    EXPECT_EQ(asked[0].text, u"No check-ins in this period. What would make checking in easier?"_s);
    EXPECT_EQ(asked[0].basis, u"No check-ins from 1 to 31 May 2024"_s);
    EXPECT_EQ(asked[1].kind, Kind::Needs);
    EXPECT_EQ(asked[1].text, u"No new needs came up in these 31 days. Is there something either of you would like to add?"_s);
    EXPECT_EQ(asked[2].kind, Kind::LookingBack);
    EXPECT_EQ(asked[2].text, u"Looking back on these 31 days, which moment would each of you like to keep?"_s);
    for (const ReviewQuestion &each : asked)
        EXPECT_FALSE(each.basis.isEmpty()) << "every question says what it comes from";
}

TEST_F(ReviewQuestionsTest, NeverMoreThanFiveTheStrongestFirst)
{
    fillEverything();
    const QList<ReviewQuestion> asked = questions();
    ASSERT_EQ(asked.size(), MaxReviewQuestions) << ::testing::PrintToString(asked);
    EXPECT_EQ(asked[0].kind, Kind::WishedNotReceived) << "wished for four times without receiving it";
    EXPECT_EQ(asked[1].kind, Kind::DivergentDay);
    EXPECT_FALSE(kinds().contains(Kind::LookingBack)) << "fillers only when the data says too little";
    EXPECT_FALSE(kinds().contains(Kind::CheckIns));
}

TEST_F(ReviewQuestionsTest, TheSameDigestGivesTheSameQuestions)
{
    fillEverything();
    const QList<ReviewQuestion> first = questions();
    EXPECT_EQ(questions(), first);
    EXPECT_EQ(reviewQuestions(ReviewDigest(digest), partners, actNames), first);
}

TEST_F(ReviewQuestionsTest, TheMostDivergentDayIsAskedAboutWithBothValues)
{
    checkedIn(3, 3);
    digest.divergentDays = {{QDate(2024, 5, 3), {5, 3}}, {QDate(2024, 5, 14), {4, 1}}, {QDate(2024, 5, 20), {2, 4.5}}};
    const std::optional<ReviewQuestion> asked = question(Kind::DivergentDay);
    ASSERT_TRUE(asked);
    EXPECT_EQ(asked->text, u"On Tuesday 14 May, Alex felt close (4) and Sam less so (1). What was that day like for each of you?"_s);
    EXPECT_EQ(asked->basis, u"Closeness on 14 May: Alex 4, Sam 1"_s);

    digest.divergentDays = {{QDate(2024, 5, 3), {2, 4}}, {QDate(2024, 5, 20), {2, 4.5}}};
    EXPECT_EQ(question(Kind::DivergentDay)->text,
              u"On Monday 20 May, Sam felt close (4.5) and Alex less so (2). What was that day like for each of you?"_s);

    digest.divergentDays.clear();
    EXPECT_FALSE(question(Kind::DivergentDay));
}

TEST_F(ReviewQuestionsTest, CareWishedForButNotReceivedNamesTheActAndWho)
{
    checkedIn(4, 6);
    digest.wishedNotReceived[0] = {{QUuid::createUuid(), 1, 3, 2}};
    digest.wishedNotReceived[1] = {{warmDrink, 1, 5, 4}};
    const std::optional<ReviewQuestion> asked = question(Kind::WishedNotReceived);
    ASSERT_TRUE(asked);
    EXPECT_EQ(asked->text, u"Sam wished for “A warm drink” 4 times without receiving it. What would make it easier to offer?"_s);
    EXPECT_EQ(asked->basis, u"Sam: “A warm drink” wished for 5 times, not received 4 times"_s);

    digest.wishedNotReceived = {};
    EXPECT_FALSE(question(Kind::WishedNotReceived));
}

TEST_F(ReviewQuestionsTest, ANotableRiseInStressIsAskedGently)
{
    checkedIn(5, 5);
    stress(1, 3.6, 2.8);
    const std::optional<ReviewQuestion> asked = question(Kind::Change);
    ASSERT_TRUE(asked);
    EXPECT_EQ(asked->text, u"Sam's stress was higher than in the 31 days before. What has been weighing on you, Sam?"_s);
    EXPECT_EQ(asked->basis, u"Sam's stress: 3.6, up from 2.8"_s);
}

TEST_F(ReviewQuestionsTest, AnImprovementAsksWhatHelped)
{
    checkedIn(5, 5);
    stress(0, 2.0, 3.0);
    digest.summaries[0].current.mood = 4.0;
    digest.summaries[0].previous.mood = 3.5;
    digest.summaries[0].change.mood = 0.5;
    const std::optional<ReviewQuestion> asked = question(Kind::Change);
    ASSERT_TRUE(asked);
    EXPECT_EQ(asked->text, u"Alex's stress eased compared with the 31 days before. What helped?"_s)
        << "the larger of the two changes";
    EXPECT_EQ(asked->basis, u"Alex's stress: 2.0, down from 3.0"_s);
}

TEST_F(ReviewQuestionsTest, OnlyAChangeOfHalfAPointOrMoreIsAskedAbout)
{
    checkedIn(5, 5);
    stress(0, 3.4, 3.0);
    EXPECT_FALSE(question(Kind::Change));
    stress(0, 3.5, 3.0);
    EXPECT_TRUE(question(Kind::Change));
    digest.summaries[0].change = {};
    EXPECT_FALSE(question(Kind::Change)) << "nothing to compare with";
}

TEST_F(ReviewQuestionsTest, BothPartnersChangesCanBeAskedAbout)
{
    checkedIn(5, 5);
    stress(0, 4.0, 2.0);
    digest.summaries[1].current.closeness = 4.5;
    digest.summaries[1].previous.closeness = 3.0;
    digest.summaries[1].change.closeness = 1.5;
    const QList<ReviewQuestion> asked = questions();
    QStringList texts;
    for (const ReviewQuestion &each : asked)
        texts.append(each.text);
    EXPECT_TRUE(texts.contains(u"Alex's stress was higher than in the 31 days before. What has been weighing on you, Alex?"_s))
        << texts.join(u'\n').toStdString();
    EXPECT_TRUE(texts.contains(u"Sam felt closer than in the 31 days before. What helped?"_s)) << texts.join(u'\n').toStdString();
}

TEST_F(ReviewQuestionsTest, AResolvedNeedAsksWhatMadeTheDifference)
{
    Need resolved = need(u"More unhurried mornings"_s, 1, NeedStatus::Resolved);
    resolved.resolvedUtc = QDateTime(QDate(2024, 5, 20), QTime(22, 30), QTimeZone::utc());
    digest.needs.resolved = {resolved};
    const std::optional<ReviewQuestion> asked = question(Kind::NeedResolved);
    ASSERT_TRUE(asked);
    EXPECT_EQ(asked->text, u"You resolved “More unhurried mornings”. What made the difference?"_s);
    EXPECT_EQ(asked->basis, u"Raised by Sam, resolved on 21 May"_s) << "the local day in Berlin";
    EXPECT_FALSE(kinds().contains(Kind::Needs)) << "the needs filler would say it again";
}

TEST_F(ReviewQuestionsTest, ANeedRaisedAndNotYetTalkedAbout)
{
    digest.needs.raised = {need(u"A quiet hour after work"_s, 0)};
    std::optional<ReviewQuestion> asked = question(Kind::NeedNotYetDiscussed);
    ASSERT_TRUE(asked);
    EXPECT_EQ(asked->text, u"Alex raised “A quiet hour after work” and you have not talked about it yet. Would now be a good time?"_s);
    EXPECT_EQ(asked->basis, u"Raised by Alex on 6 May, still open"_s);

    digest.needs.raised[0].status = NeedStatus::TalkingAboutIt;
    EXPECT_FALSE(question(Kind::NeedNotYetDiscussed)) << "already being talked about";
    EXPECT_EQ(question(Kind::Needs)->text, u"One need was raised in these 31 days. How do you feel about where things stand?"_s);
}

TEST_F(ReviewQuestionsTest, ThisWeeksNeedAsksForOneSmallStep)
{
    digest.weeklyNeed = need(u"Ask before planning our evenings"_s, 0);
    std::optional<ReviewQuestion> asked = question(Kind::WeeklyNeed);
    ASSERT_TRUE(asked);
    EXPECT_EQ(asked->text, u"This week's need is “Ask before planning our evenings”. What would one small step look like?"_s);
    EXPECT_EQ(asked->basis, u"This week's need, raised by Alex"_s);

    digest.needs.raised = {*digest.weeklyNeed};
    EXPECT_FALSE(question(Kind::NeedNotYetDiscussed)) << "asked once, as this week's need";

    digest.weeklyNeed->status = NeedStatus::Resolved;
    EXPECT_FALSE(question(Kind::WeeklyNeed));
}

TEST_F(ReviewQuestionsTest, UnevenCheckInsAreAskedAboutWithoutBlame)
{
    checkedIn(9, 2);
    std::optional<ReviewQuestion> asked = question(Kind::UnevenCheckIns);
    ASSERT_TRUE(asked);
    EXPECT_EQ(asked->text, u"Sam checked in twice, Alex 9 times. Is checking in working for both of you?"_s);
    EXPECT_EQ(asked->basis, u"Check-ins from 1 to 31 May 2024: Alex 9, Sam 2"_s);
    EXPECT_FALSE(kinds().contains(Kind::CheckIns)) << "the check-ins filler would say it again";

    checkedIn(0, 3);
    EXPECT_EQ(question(Kind::UnevenCheckIns)->text,
              u"Sam checked in 3 times and Alex not at all. Is checking in working for both of you?"_s);

    checkedIn(5, 4);
    EXPECT_FALSE(question(Kind::UnevenCheckIns));
    EXPECT_EQ(question(Kind::CheckIns)->text, u"You checked in 9 times in these 31 days. What stood out for each of you?"_s);
}

TEST_F(ReviewQuestionsTest, ARunOfDaysBothCheckedIn)
{
    checkedIn(6, 6);
    digest.longestRunBothCheckedIn = 2;
    EXPECT_FALSE(question(Kind::BothCheckedInRun));
    digest.longestRunBothCheckedIn = 6;
    const std::optional<ReviewQuestion> asked = question(Kind::BothCheckedInRun);
    ASSERT_TRUE(asked);
    EXPECT_EQ(asked->text, u"You both checked in on 6 days in a row. What made it easy to find the moment?"_s);
}

TEST_F(ReviewQuestionsTest, AlwaysThreeToFiveWhateverTheData)
{
    const auto count = [this] { return questions().size(); };
    EXPECT_EQ(count(), 3);
    checkedIn(9, 2);
    EXPECT_EQ(count(), 3);
    digest.divergentDays = {{QDate(2024, 5, 14), {4, 2}}};
    EXPECT_EQ(count(), 3);
    digest.wishedNotReceived[1] = {{warmDrink, 0, 4, 4}};
    EXPECT_EQ(count(), 3);
    stress(1, 3.6, 2.8);
    EXPECT_EQ(count(), 4);
    digest.weeklyNeed = need(u"Ask before planning our evenings"_s, 0);
    EXPECT_EQ(count(), 5);
    digest.longestRunBothCheckedIn = 9;
    EXPECT_EQ(count(), 5);
}

TEST_F(ReviewQuestionsTest, NamesComeFromThePartners)
{
    partners[0].name = u"Robin"_s;
    partners[1].name = u"Kai"_s;
    fillEverything();
    const QString all = [this] {
        QString text;
        for (const ReviewQuestion &each : questions())
            text += each.text + u' ' + each.basis + u'\n';
        return text;
    }();
    EXPECT_TRUE(all.contains(u"Robin"_s)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"Kai"_s)) << all.toStdString();
    EXPECT_FALSE(all.contains(u"Alex"_s)) << all.toStdString();
    EXPECT_FALSE(all.contains(u"Sam"_s)) << all.toStdString();
}

TEST_F(ReviewQuestionsTest, AnActNoLongerNamedIsStillAskedAbout)
{
    checkedIn(2, 2);
    digest.wishedNotReceived[0] = {{QUuid::createUuid(), 0, 2, 2}};
    EXPECT_EQ(question(Kind::WishedNotReceived)->text,
              u"Alex wished for an aftercare act twice without receiving it. What would make it easier to offer?"_s);
}

} // namespace
} // namespace tend
