#include "questionstoask.h"

#include <QCoreApplication>

#include <algorithm>

namespace tend {

namespace {

struct QuestionsText { Q_DECLARE_TR_FUNCTIONS(ReviewQuestionStep) };

bool sameQuestion(const QString &first, const QString &second)
{
    return first.trimmed() == second.trimmed();
}

} // namespace

QList<QuestionToAsk> questionsToAsk(const QList<ReviewQuestion> &current, const QList<ReviewAnswer> &kept)
{
    QList<QuestionToAsk> questions;
    for (const ReviewAnswer &answer : kept) {
        const bool askedNow = std::any_of(current.cbegin(), current.cend(), [&answer](const ReviewQuestion &question) {
            return sameQuestion(question.text, answer.question);
        });
        if (!askedNow) {
            ReviewQuestion earlier{ReviewQuestionKind::LookingBack, answer.question,
                                   QuestionsText::tr("You answered this when you began the review.")};
            questions.append({earlier, answer.answer});
        }
    }
    for (const ReviewQuestion &question : current) {
        QString answered;
        for (const ReviewAnswer &answer : kept) {
            if (sameQuestion(question.text, answer.question))
                answered = answer.answer;
        }
        questions.append({question, answered});
    }
    return questions;
}

QList<ReviewAnswer> answersOf(const QList<QuestionToAsk> &questions)
{
    QList<ReviewAnswer> answers;
    for (const QuestionToAsk &asked : questions) {
        if (!asked.answer.trimmed().isEmpty())
            answers.append({asked.question.text, asked.answer});
    }
    return answers;
}

} // namespace tend
