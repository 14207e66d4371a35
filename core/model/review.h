#pragma once

#include "record.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tend {

// What the couple said to one of the review's questions. Skipped questions are not kept.
struct ReviewAnswer
{
    QString question;
    QString answer;

    bool operator==(const ReviewAnswer &) const = default;
};

// A review the couple held together over a period of their history. It is done once
// completedUtc is set; until then it is a review in progress that can be taken up again.
struct Review : Record
{
    QDate periodStart;
    QDate periodEnd;
    QString notes;
    QString agreements;
    QList<ReviewAnswer> answers; // in the order the questions were asked
    QDateTime completedUtc;

    bool isDone() const { return completedUtc.isValid(); }
    bool operator==(const Review &) const = default;
};

// A review is a longer conversation than a check-in, so its notes may be longer than a
// check-in's note (2000); an answer is about as long as one.
inline constexpr int MaxReviewNotesLength = 5000;
inline constexpr int MaxReviewAgreementsLength = 5000;
inline constexpr int MaxReviewQuestionLength = 500;
inline constexpr int MaxReviewAnswerLength = 2000;

Status validate(const Review &review);

} // namespace tend
