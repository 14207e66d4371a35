#include "review.h"

#include "texts.h"

namespace tend {

namespace {

Status validate(const ReviewAnswer &answer)
{
    const QString question = answer.question.trimmed();
    if (question.isEmpty())
        return Error{ValidationText::tr("Every answer in a review needs the question it answers.")};
    if (question.size() > MaxReviewQuestionLength) {
        return Error{ValidationText::tr("A review's question can be at most %1 characters long.")
                         .arg(MaxReviewQuestionLength)};
    }
    if (answer.answer.trimmed().isEmpty())
        return Error{ValidationText::tr("The answer to “%1” is empty; a skipped question is left out.").arg(question)};
    if (answer.answer.trimmed().size() > MaxReviewAnswerLength) {
        return Error{ValidationText::tr("An answer in a review can be at most %1 characters long.")
                         .arg(MaxReviewAnswerLength)};
    }
    return {};
}

} // namespace

Status validate(const Review &review)
{
    if (!review.periodStart.isValid() || !review.periodEnd.isValid())
        return Error{ValidationText::tr("A review needs the first and last day it looks at.")};
    if (review.periodEnd < review.periodStart)
        return Error{ValidationText::tr("A review's period must not end before it starts.")};
    if (review.notes.trimmed().size() > MaxReviewNotesLength)
        return Error{ValidationText::tr("A review's notes can be at most %1 characters long.").arg(MaxReviewNotesLength)};
    if (review.agreements.trimmed().size() > MaxReviewAgreementsLength) {
        return Error{ValidationText::tr("A review's agreements can be at most %1 characters long.")
                         .arg(MaxReviewAgreementsLength)};
    }
    for (const ReviewAnswer &answer : review.answers) {
        if (Status valid = validate(answer); !valid)
            return valid;
    }
    return {};
}

} // namespace tend
