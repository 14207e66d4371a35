// The questions a review walks through when it is taken up again: what was answered stays
// with its question, an answer to a question the data no longer asks is kept (first), and only
// answered questions are stored.

#include "review/questionstoask.h"

#include <gtest/gtest.h>

namespace tend::test {
namespace {

using namespace Qt::StringLiterals;

ReviewQuestion question(const QString &text, const QString &basis)
{
    return {ReviewQuestionKind::DivergentDay, text, basis};
}

TEST(ReviewQuestionsToAsk, ANewReviewAsksTheCurrentQuestionsUnanswered)
{
    const QList<ReviewQuestion> current{question(u"What was Monday like?"_s, u"Closeness: 4 and 1"_s),
                                        question(u"What helped most?"_s, u"12 check-ins"_s)};
    const QList<QuestionToAsk> asked = questionsToAsk(current, {});
    ASSERT_EQ(asked.size(), 2);
    EXPECT_EQ(asked[0].question, current[0]);
    EXPECT_EQ(asked[1].question, current[1]);
    EXPECT_TRUE(asked[0].answer.isEmpty() && asked[1].answer.isEmpty());
    EXPECT_TRUE(answersOf(asked).isEmpty());
}

TEST(ReviewQuestionsToAsk, KeptAnswersStayWithTheirQuestionAndNoneIsLost)
{
    const QList<ReviewQuestion> current{question(u"What was Monday like?"_s, u"Closeness: 4 and 1"_s),
                                        question(u"What helped most?"_s, u"12 check-ins"_s)};
    const QList<ReviewAnswer> kept{{u"What helped most?"_s, u"Tea."_s},
                                   {u"Sam wished for a bath twice. What would make it easier?"_s, u"Run it early."_s}};
    const QList<QuestionToAsk> asked = questionsToAsk(current, kept);
    ASSERT_EQ(asked.size(), 3);
    EXPECT_EQ(asked[0].question.text, kept[1].question) << "An answer to a question no longer asked comes first";
    EXPECT_EQ(asked[0].answer, u"Run it early."_s);
    EXPECT_FALSE(asked[0].question.basis.isEmpty());
    EXPECT_EQ(asked[1].question, current[0]);
    EXPECT_TRUE(asked[1].answer.isEmpty());
    EXPECT_EQ(asked[2].question, current[1]);
    EXPECT_EQ(asked[2].answer, u"Tea."_s);

    EXPECT_EQ(answersOf(asked), (QList<ReviewAnswer>{kept[1], kept[0]})) << "In the order they are asked";
}

TEST(ReviewQuestionsToAsk, AnAnswerClearedOrOnlySpacesIsNotStored)
{
    QList<QuestionToAsk> asked = questionsToAsk({question(u"What helped most?"_s, {}), question(u"And least?"_s, {})},
                                                {{u"What helped most?"_s, u"Tea."_s}});
    asked[0].answer.clear();
    asked[1].answer = u"  \n "_s;
    EXPECT_TRUE(answersOf(asked).isEmpty());
}

} // namespace
} // namespace tend::test
