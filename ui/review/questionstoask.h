#pragma once

#include "model/review.h"
#include "review/reviewquestions.h"

namespace tend {

// A question of the review with what the couple answered so far; empty when not (yet) answered.
struct QuestionToAsk
{
    ReviewQuestion question;
    QString answer;
};

// The questions a review walks through: answers kept from an earlier sitting whose question
// Tend no longer asks (the data changed since) come first, so nothing said is lost; then the
// questions the data asks now, with the answer kept for the same question filled in.
QList<QuestionToAsk> questionsToAsk(const QList<ReviewQuestion> &current, const QList<ReviewAnswer> &kept);

// What is stored: the answered questions in the order they were asked; skipped ones are left out.
QList<ReviewAnswer> answersOf(const QList<QuestionToAsk> &questions);

} // namespace tend
