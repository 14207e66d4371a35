#pragma once

#include "reviewdigest.h"

#include <QHash>

namespace tend {

// Where a review question comes from. The first kinds come from something in the data worth
// talking about; the last three fill up a quiet period with what little there is to say.
enum class ReviewQuestionKind {
    DivergentDay,
    WishedNotReceived,
    Change,
    NeedResolved,
    NeedNotYetDiscussed,
    WeeklyNeed,
    UnevenCheckIns,
    BothCheckedInRun,
    CheckIns,
    Needs,
    LookingBack,
};

// A gentle question for the couple and the fact it was asked about, shown beside it.
struct ReviewQuestion
{
    ReviewQuestionKind kind = ReviewQuestionKind::LookingBack;
    QString text;  // "What was that day like for each of you?"
    QString basis; // "Sam's stress: 3.6, up from 2.8"

    bool operator==(const ReviewQuestion &) const = default;
};

inline constexpr int MinReviewQuestions = 3;
inline constexpr int MaxReviewQuestions = 5;
// A feeling's average must move at least this much for the review to ask about it.
inline constexpr double NotableChange = 0.5;

// Three to five questions, those with the most to talk about first; the same digest always
// gives the same questions. `actNames` names the acts in the digest by id.
QList<ReviewQuestion> reviewQuestions(const ReviewDigest &digest, const std::array<Partner, 2> &partners,
                                      const QHash<QUuid, QString> &actNames);

} // namespace tend
