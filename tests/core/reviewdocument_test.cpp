#include "review/reviewdocument.h"

#include "printers.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

// A review of May 2024 (31 days, so "the 31 days before" is April) for Alex and Sam, in Berlin.
class ReviewDocumentTest : public ::testing::Test
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
        digest.zone = berlin;
        review.periodStart = digest.period.from;
        review.periodEnd = digest.period.to;
        actNames.insert(warmDrink, u"A warm drink"_s);
    }

    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    ReviewDocument document() const { return describeReview(review, digest, partners, actNames, berlin); }

    std::optional<ReviewSection> section(const QString &heading) const
    {
        for (const ReviewSection &each : document().sections) {
            if (each.heading == heading)
                return each;
        }
        return std::nullopt;
    }

    QStringList headings() const
    {
        QStringList result;
        for (const ReviewSection &each : document().sections)
            result.append(each.heading);
        return result;
    }

    Need need(const QString &text, int place, const QDate &raised) const
    {
        Need result;
        result.id = QUuid::createUuid();
        result.text = text;
        result.raisedBy = partners[size_t(place)].id;
        result.createdUtc = QDateTime(raised, QTime(20, 0), berlin).toUTC();
        return result;
    }

    const QTimeZone berlin{"Europe/Berlin"};
    const QUuid warmDrink = QUuid::createUuid();
    std::array<Partner, 2> partners;
    QHash<QUuid, QString> actNames;
    ReviewDigest digest;
    Review review;
};

TEST_F(ReviewDocumentTest, TitleNamesThePeriodSubtitleTheCoupleAndWhenItWasDone)
{
    EXPECT_EQ(document().title, u"Our review — 1 to 31 May 2024"_s);
    EXPECT_EQ(document().subtitle, u"Alex and Sam · in progress"_s);
    review.completedUtc = QDateTime(QDate(2024, 6, 1), QTime(22, 30), QTimeZone::utc());
    EXPECT_EQ(document().subtitle, u"Alex and Sam · done on 2 June 2024"_s) << "the local day in Berlin";

    digest.period = {QDate(2024, 4, 28), QDate(2024, 5, 5)};
    EXPECT_EQ(document().title, u"Our review — 28 April to 5 May 2024"_s);
    digest.period = {QDate(2023, 12, 28), QDate(2024, 1, 3)};
    EXPECT_EQ(document().title, u"Our review — 28 December 2023 to 3 January 2024"_s);
}

TEST_F(ReviewDocumentTest, WithoutAnythingWrittenOnlyTheFactsAreThereAndSayHonestlyThereWereNone)
{
    EXPECT_EQ(headings(), (QStringList{u"How each of us felt"_s, u"Days we felt differently"_s,
                                       u"Care wished for but not received"_s, u"Needs"_s}));
    const ReviewSection felt = *section(u"How each of us felt"_s);
    ASSERT_EQ(felt.entries.size(), 2);
    EXPECT_EQ(felt.entries[0].text, u"Alex"_s);
    EXPECT_EQ(felt.entries[0].details, QStringList{u"No check-ins in this period."_s});
    EXPECT_TRUE(section(u"Days we felt differently"_s)->entries.isEmpty());
    EXPECT_FALSE(section(u"Days we felt differently"_s)->emptyText.isEmpty());
    EXPECT_EQ(section(u"Needs"_s)->emptyText, u"No needs were raised, talked about or resolved in this period."_s);
    EXPECT_EQ(section(u"Care wished for but not received"_s)->entries[1].details,
              QStringList{u"No check-ins in this period."_s});
}

TEST_F(ReviewDocumentTest, FeelingsCarryTheAverageAndTheChangeInWords)
{
    PeriodSummary &alex = digest.summaries[0];
    alex.current = {.count = 12, .mood = 3.8, .stress = 2.14, .closeness = 4.0, .feltCaredForCount = 0, .feltCaredFor = {}};
    alex.previous = {.count = 9, .mood = 3.4, .stress = 2.1, .closeness = 4.3, .feltCaredForCount = 2, .feltCaredFor = 4.0};
    PeriodSummary &sam = digest.summaries[1];
    sam.current = {.count = 1, .mood = 3.0, .stress = 3.0, .closeness = 5.0, .feltCaredForCount = 1, .feltCaredFor = 5.0};
    const QList<ReviewEntry> entries = section(u"How each of us felt"_s)->entries;
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[0].text, u"Alex · 12 check-ins"_s);
    EXPECT_EQ(entries[0].details,
              (QStringList{u"Mood 3.8, up 0.4 from the 31 days before"_s, u"Stress 2.1, the same as in the 31 days before"_s,
                           u"Closeness 4.0, down 0.3 from the 31 days before"_s, u"Felt cared for: not answered"_s}));
    EXPECT_EQ(entries[1].text, u"Sam · 1 check-in"_s);
    EXPECT_EQ(entries[1].details, (QStringList{u"Mood 3.0"_s, u"Stress 3.0"_s, u"Closeness 5.0"_s, u"Felt cared for 5.0"_s,
                                              u"No check-ins in the 31 days before to compare with."_s}));

    sam.current = {};
    sam.previous.count = 4;
    EXPECT_EQ(section(u"How each of us felt"_s)->entries[1].details,
              QStringList{u"No check-ins in this period (4 check-ins in the 31 days before)."_s});
}

TEST_F(ReviewDocumentTest, DaysWeFeltDifferentlyListBothValuesAndCountTheRest)
{
    digest.divergentDays = {{QDate(2024, 5, 14), {4, 2}}, {QDate(2024, 5, 15), {1.5, 4}}};
    const ReviewSection days = *section(u"Days we felt differently"_s);
    ASSERT_EQ(days.entries.size(), 2);
    EXPECT_EQ(days.entries[0].text, u"Tuesday 14 May: Alex 4, Sam 2"_s);
    EXPECT_EQ(days.entries[1].text, u"Wednesday 15 May: Alex 1.5, Sam 4"_s);
    EXPECT_TRUE(days.intro.contains(u"Not a score"_s)) << days.intro.toStdString();

    digest.divergentDays.clear();
    for (int day = 1; day <= MaxListedDivergentDays + 3; ++day)
        digest.divergentDays.append({QDate(2024, 5, day), {5, 1}});
    const QList<ReviewEntry> many = section(u"Days we felt differently"_s)->entries;
    ASSERT_EQ(many.size(), MaxListedDivergentDays + 1);
    EXPECT_EQ(many.last().text, u"and 3 more days"_s);
}

TEST_F(ReviewDocumentTest, CareWishedForButNotReceivedPerPartner)
{
    digest.checkInCounts = {3, 5};
    digest.wishedNotReceived[1] = {{warmDrink, 1, 5, 4}, {QUuid::createUuid(), 0, 1, 1}};
    const QList<ReviewEntry> entries = section(u"Care wished for but not received"_s)->entries;
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[0].text, u"Alex"_s);
    EXPECT_EQ(entries[0].details, QStringList{u"No wish went unmet."_s});
    EXPECT_EQ(entries[1].text, u"Sam"_s);
    EXPECT_EQ(entries[1].details, (QStringList{u"A warm drink — wished for 5 times, not received 4 times"_s,
                                              u"An aftercare act no longer in the list — wished for once, not received once"_s}));
}

TEST_F(ReviewDocumentTest, NeedsRaisedTalkedAboutResolvedAndThisWeeks)
{
    Need resolved = need(u"More unhurried mornings"_s, 1, QDate(2024, 5, 6));
    resolved.status = NeedStatus::Resolved;
    resolved.resolvedUtc = QDateTime(QDate(2024, 5, 20), QTime(20, 0), berlin).toUTC();
    resolved.resolutionNote = u"Saturdays start slowly."_s;
    Need talked = need(u"Ask before planning our evenings"_s, 0, QDate(2024, 5, 12));
    talked.discussedUtc = QDateTime(QDate(2024, 5, 26), QTime(20, 0), berlin).toUTC();
    digest.needs = {{resolved, talked}, {talked}, {resolved}};
    digest.weeklyNeed = talked;
    const ReviewSection needs = *section(u"Needs"_s);
    ASSERT_EQ(needs.entries.size(), 4);
    EXPECT_EQ(needs.entries[0].text, u"Raised (2)"_s);
    EXPECT_EQ(needs.entries[0].details, (QStringList{u"“More unhurried mornings” — Sam, 6 May"_s,
                                                    u"“Ask before planning our evenings” — Alex, 12 May"_s}));
    EXPECT_EQ(needs.entries[1].text, u"Talked about (1)"_s);
    EXPECT_EQ(needs.entries[1].details, QStringList{u"“Ask before planning our evenings” — 26 May"_s});
    EXPECT_EQ(needs.entries[2].text, u"Resolved (1)"_s);
    EXPECT_EQ(needs.entries[2].details, QStringList{u"“More unhurried mornings” — 20 May: Saturdays start slowly."_s});
    EXPECT_EQ(needs.entries[3].text, u"This week's need"_s);
    EXPECT_EQ(needs.entries[3].details, QStringList{u"“Ask before planning our evenings” — raised by Alex"_s});
}

TEST_F(ReviewDocumentTest, OnlyAnsweredQuestionsThenAgreementsAndNotesAsWritten)
{
    review.answers = {{u"What helped?"_s, u"  The long weekend.  "_s}, {u"Skipped one"_s, u"   "_s}};
    review.agreements = u"Tea after.\n\n  A Sunday walk. \n"_s;
    review.notes = u"We laughed a lot."_s;
    EXPECT_EQ(headings().mid(4), (QStringList{u"Questions we talked about"_s, u"Agreements"_s, u"Notes"_s}));
    const ReviewSection answers = *section(u"Questions we talked about"_s);
    ASSERT_EQ(answers.entries.size(), 1);
    EXPECT_EQ(answers.entries[0].text, u"What helped?"_s);
    EXPECT_EQ(answers.entries[0].details, QStringList{u"The long weekend."_s});
    const ReviewSection agreements = *section(u"Agreements"_s);
    ASSERT_EQ(agreements.entries.size(), 2);
    EXPECT_EQ(agreements.entries[0].text, u"Tea after."_s);
    EXPECT_EQ(agreements.entries[1].text, u"A Sunday walk."_s);
    EXPECT_EQ(section(u"Notes"_s)->layout, ReviewSectionLayout::Paragraphs);
}

TEST_F(ReviewDocumentTest, HtmlEscapesEverythingTheCoupleTyped)
{
    partners[0].name = u"Al <b>"_s;
    review.notes = u"<script>alert('x')</script> & more"_s;
    review.agreements = u"<img src=x>"_s;
    review.answers = {{u"<i>Why</i>?"_s, u"Because <u>yes</u>"_s}};
    actNames.insert(warmDrink, u"<a href=x>tea</a>"_s);
    digest.checkInCounts = {1, 0};
    digest.wishedNotReceived[0] = {{warmDrink, 0, 1, 1}};
    const QString html = reviewAsHtml(document());
    for (const QString &raw : {u"<script>"_s, u"<img"_s, u"<i>Why"_s, u"<u>yes"_s, u"<a href"_s, u"Al <b>"_s})
        EXPECT_FALSE(html.contains(raw)) << raw.toStdString() << " in\n" << html.toStdString();
    EXPECT_TRUE(html.contains(u"&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more"_s) ||
                html.contains(u"&lt;script&gt;alert('x')&lt;/script&gt; &amp; more"_s))
        << html.toStdString();
    EXPECT_TRUE(html.contains(u"Al &lt;b&gt; and Sam"_s)) << html.toStdString();
}

TEST_F(ReviewDocumentTest, HtmlAndMarkdownHoldEverySectionInOrder)
{
    review.agreements = u"Tea *after*"_s;
    review.notes = u"Quiet evening."_s;
    const ReviewDocument described = document();
    const QString html = reviewAsHtml(described);
    const QString markdown = reviewAsMarkdown(described);
    EXPECT_TRUE(html.startsWith(u"<h1>Our review — 1 to 31 May 2024</h1>"_s)) << html.toStdString();
    EXPECT_TRUE(markdown.startsWith(u"# Our review — 1 to 31 May 2024\n\nAlex and Sam · in progress\n"_s)) << markdown.toStdString();
    qsizetype htmlAt = 0;
    qsizetype markdownAt = 0;
    for (const ReviewSection &each : described.sections) {
        const qsizetype inHtml = html.indexOf(u"<h2>"_s + each.heading.toHtmlEscaped() + u"</h2>"_s);
        const qsizetype inMarkdown = markdown.indexOf(u"\n## "_s + each.heading + u'\n');
        EXPECT_GT(inHtml, htmlAt) << each.heading.toStdString();
        EXPECT_GT(inMarkdown, markdownAt) << each.heading.toStdString();
        htmlAt = inHtml;
        markdownAt = inMarkdown;
    }
    EXPECT_TRUE(markdown.contains(u"\n## Agreements\n\n- Tea \\*after\\*\n"_s)) << markdown.toStdString();
    EXPECT_TRUE(html.contains(u"<p class=\"empty\">No needs were raised, talked about or resolved in this period.</p>"_s))
        << html.toStdString();
}

} // namespace
} // namespace tend
