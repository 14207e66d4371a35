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
};

Status validate(const Review &review);

} // namespace tend
