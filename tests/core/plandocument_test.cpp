#include "preferences/plandocument.h"

#include "handmadeplanfixture.h"
#include "printers.h"

#include <QLocale>
#include <QStringList>

#include <gtest/gtest.h>

#include <optional>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

// Every "## " heading of a Markdown plan, in order.
QStringList headingsOf(const QString &markdown)
{
    QStringList headings;
    for (const QString &line : markdown.split(u'\n')) {
        if (line.startsWith(u"## "_s))
            headings.append(line.mid(3));
    }
    return headings;
}

// The lines of a Markdown plan that are quoted notices.
QStringList noticesOf(const QString &markdown)
{
    QStringList notices;
    for (const QString &line : markdown.split(u'\n')) {
        if (line.startsWith(u"> "_s))
            notices.append(line.mid(2));
    }
    return notices;
}

// Builds "our plan" from hand-made answers and turns it into words.
class PlanDocumentTest : public test::HandMadePlanFixture
{
protected:
    PlanDocument document() const { return describePlan(plan(), day); }
    QString markdown() const { return planAsMarkdown(document()); }
    QString html() const { return planAsHtml(document()); }

    const QDate day{2026, 3, 14};
};

TEST_F(PlanDocumentTest, StartsWithTheTitleAndBothNames)
{
    rated(u"Cuddling"_s, Rating::NeedIt, Rating::LikeIt);
    const PlanDocument described = document();
    EXPECT_EQ(described.title, u"Our aftercare plan"_s);
    EXPECT_TRUE(described.subtitle.contains(u"Robin"_s)) << described.subtitle.toStdString();
    EXPECT_TRUE(described.subtitle.contains(u"Kai"_s)) << described.subtitle.toStdString();
    EXPECT_TRUE(described.subtitle.contains(QLocale().toString(day, QLocale::LongFormat)))
        << described.subtitle.toStdString();

    const QString text = planAsMarkdown(described);
    EXPECT_TRUE(text.startsWith(u"# Our aftercare plan\n"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(described.subtitle)) << text.toStdString();
}

TEST_F(PlanDocumentTest, ShowsOnlyTheSectionsThatHaveSomething)
{
    rated(u"Cuddling"_s, Rating::NeedIt, Rating::LikeIt);
    EXPECT_EQ(headingsOf(markdown()), QStringList({u"Easy wins"_s}));
    EXPECT_TRUE(document().notices.isEmpty());

    rated(u"Quiet time alone"_s, Rating::NotForMe, Rating::NeedIt, CareForm::SpaceAndRest);
    const QStringList headings = headingsOf(markdown());
    EXPECT_TRUE(headings.contains(u"Easy wins"_s));
    EXPECT_TRUE(headings.contains(u"Real differences"_s));
    EXPECT_TRUE(headings.contains(u"Please don't offer"_s));
    EXPECT_FALSE(headings.contains(u"Ask first"_s));
    EXPECT_FALSE(headings.contains(u"Timing"_s));
    EXPECT_FALSE(headings.contains(u"Needed by one of you"_s));
    EXPECT_FALSE(headings.contains(u"Nice for one of you"_s));
    EXPECT_EQ(headings.size(), 3) << headings.join(u", "_s).toStdString();
}

TEST_F(PlanDocumentTest, AFullPlanHasEverySectionOnce)
{
    const AftercareAct cuddling = addAct(u"Cuddling"_s);
    answer(robin, cuddling, Rating::NeedIt, Timing::RightAway, true);
    answer(kai, cuddling, Rating::LikeIt, Timing::NextDay);
    rated(u"Talk about how it felt"_s, Rating::Neutral, Rating::NeedIt, CareForm::Talking);
    rated(u"Rest before talking"_s, Rating::NeedIt, Rating::NotForMe, CareForm::SpaceAndRest);
    rated(u"Listening to music"_s, Rating::LikeIt, Rating::Neutral, CareForm::SharedActivities);

    const QStringList headings = headingsOf(markdown());
    for (const QString &heading : {u"Easy wins"_s, u"Needed by one of you"_s, u"Real differences"_s, u"Timing"_s,
                                   u"Please don't offer"_s, u"Ask first"_s, u"Nice for one of you"_s})
        EXPECT_EQ(headings.count(heading), 1) << heading.toStdString();
    EXPECT_EQ(headings.size(), 7) << headings.join(u", "_s).toStdString();
}

TEST_F(PlanDocumentTest, WritesEachActWithWhoWantsWhatAndTheNotes)
{
    const AftercareAct cuddling = addAct(u"Cuddling"_s);
    answer(robin, cuddling, Rating::NeedIt, std::nullopt, false, u"Slowly, please"_s);
    answer(kai, cuddling, Rating::LikeIt, std::nullopt, false, u"Any time"_s);
    rated(u"Talk about how it felt"_s, Rating::Neutral, Rating::NeedIt, CareForm::Talking);
    const AftercareAct massage = addAct(u"A gentle massage"_s);
    answer(robin, massage, Rating::LikeIt, std::nullopt, true);
    answer(kai, massage, Rating::NotForMe);

    const QString text = markdown();
    EXPECT_TRUE(text.contains(u"- **Cuddling** — Robin: Need it · Kai: Like it\n"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"  - Robin's note: \u201cSlowly, please\u201d\n"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"  - Kai's note: \u201cAny time\u201d\n"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"- **Talk about how it felt** — Kai needs it; Robin is neutral.\n"_s))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"- **A gentle massage** — Not for Kai.\n"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"- **A gentle massage** — Ask Robin first.\n"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"- **A gentle massage** — Robin likes it; not for Kai.\n"_s)) << text.toStdString();
    // A note goes only where someone wrote one.
    EXPECT_EQ(text.count(u"'s note:"_s), 2) << text.toStdString();
}

TEST_F(PlanDocumentTest, DifferencesCarryTheirSuggestion)
{
    rated(u"Talk about how it felt"_s, Rating::NeedIt, Rating::NotForMe, CareForm::Talking);
    const AftercareAct music = addAct(u"Listening to music"_s, CareForm::SharedActivities);
    answer(robin, music, Rating::LikeIt, Timing::NextDay);
    answer(kai, music, Rating::LikeIt, Timing::RightAway);

    const OurPlan built = plan();
    ASSERT_EQ(built.realDifferences.size(), 1);
    ASSERT_EQ(built.timingDifferences.size(), 1);
    const QString text = planAsMarkdown(describePlan(built, day));
    EXPECT_TRUE(text.contains(u"- **Talk about how it felt** — Robin needs it; Kai marked it \u201cNot for me\u201d.\n"_s))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"  - "_s + built.realDifferences[0].suggestion + u'\n')) << text.toStdString();
    EXPECT_TRUE(text.contains(u"- **Listening to music** — "_s + built.timingDifferences[0].suggestion + u'\n'))
        << text.toStdString();
}

TEST_F(PlanDocumentTest, SaysHowManyActsEachPartnerStillHasToAnswer)
{
    rated(u"Cuddling"_s, Rating::NeedIt, Rating::LikeIt);
    const AftercareAct hands = addAct(u"Holding hands"_s);
    answer(robin, hands, Rating::LikeIt);
    const AftercareAct massage = addAct(u"A gentle massage"_s);
    answer(robin, massage, Rating::Neutral);

    const QStringList notices = noticesOf(markdown());
    ASSERT_EQ(notices.size(), 1) << notices.join(u" | "_s).toStdString();
    EXPECT_TRUE(notices[0].contains(u"Kai"_s)) << notices[0].toStdString();
    EXPECT_TRUE(notices[0].contains(u"2 act"_s)) << notices[0].toStdString();
    EXPECT_FALSE(notices[0].contains(u"Robin"_s)) << "Robin has answered everything";
    EXPECT_FALSE(notices[0].contains(u"Nothing to plan with yet"_s));
}

TEST_F(PlanDocumentTest, AnEmptyPlanSaysThereIsNothingToPlanWithYet)
{
    addAct(u"Cuddling"_s);
    addAct(u"Holding hands"_s);
    addAct(u"A gentle massage"_s);
    answer(robin, acts[0], Rating::Neutral);

    const QString text = markdown();
    EXPECT_TRUE(headingsOf(text).isEmpty()) << text.toStdString();
    const QStringList notices = noticesOf(text);
    ASSERT_EQ(notices.size(), 3) << notices.join(u" | "_s).toStdString();
    EXPECT_TRUE(notices[0].contains(u"Robin"_s) && notices[0].contains(u"2 act"_s)) << notices[0].toStdString();
    EXPECT_TRUE(notices[1].contains(u"Kai"_s) && notices[1].contains(u"3 act"_s)) << notices[1].toStdString();
    EXPECT_TRUE(notices[2].startsWith(u"Nothing to plan with yet"_s)) << notices[2].toStdString();

    const QString html = planAsHtml(document());
    EXPECT_TRUE(html.contains(u"Nothing to plan with yet"_s));
    EXPECT_FALSE(html.contains(u"<h2>"_s)) << html.toStdString();

    // One "Not for me" is something to plan with, even without an easy win.
    answer(kai, acts[1], Rating::NotForMe);
    const QString refused = markdown();
    EXPECT_EQ(headingsOf(refused), QStringList({u"Please don't offer"_s}));
    EXPECT_FALSE(refused.contains(u"Nothing to plan with yet"_s)) << refused.toStdString();
}

TEST_F(PlanDocumentTest, HtmlEscapesWhatPeopleTyped)
{
    const AftercareAct tea = addAct(u"Tea & <biscuits>"_s);
    answer(robin, tea, Rating::NeedIt, std::nullopt, false, u"<3 & more"_s);
    answer(kai, tea, Rating::LikeIt);

    const QString page = html();
    EXPECT_TRUE(page.contains(u"<h1>Our aftercare plan</h1>"_s)) << page.toStdString();
    EXPECT_TRUE(page.contains(u"<h2>Easy wins</h2>"_s)) << page.toStdString();
    EXPECT_TRUE(page.contains(u"<b>Tea &amp; &lt;biscuits&gt;</b>"_s)) << page.toStdString();
    EXPECT_FALSE(page.contains(u"<biscuits>"_s)) << page.toStdString();
    EXPECT_TRUE(page.contains(u"\u201c&lt;3 &amp; more\u201d"_s)) << page.toStdString();
    EXPECT_FALSE(page.contains(u"<3"_s)) << page.toStdString();

    // In Markdown, what people typed is escaped so that it shows as typed.
    EXPECT_TRUE(markdown().contains(u"**Tea & \\<biscuits\\>**"_s)) << markdown().toStdString();
}

TEST_F(PlanDocumentTest, MarkdownShowsStarsAndUnderscoresAsTyped)
{
    const AftercareAct tea = addAct(u"Tea *hot* _now_"_s);
    answer(robin, tea, Rating::NeedIt, std::nullopt, false, u"[sic] `ok`"_s);
    answer(kai, tea, Rating::LikeIt);

    const QString text = markdown();
    EXPECT_TRUE(text.contains(u"- **Tea \\*hot\\* \\_now\\_** — "_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"\\[sic\\] \\`ok\\`"_s)) << text.toStdString();
    EXPECT_TRUE(text.startsWith(u"# Our aftercare plan\n"_s)) << "Tend's own markup stays Markdown";
}

} // namespace
} // namespace tend
