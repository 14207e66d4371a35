#pragma once

#include "reviewdigest.h"
#include "model/review.h"

#include <QHash>
#include <QStringList>

namespace tend {

// A review as words: what the review export writes, on paper or as Markdown.
struct ReviewEntry
{
    QString text;
    QStringList details;
};

enum class ReviewSectionLayout {
    Bullets,    // one bullet per entry, its details under it
    Pairs,      // each entry's text in bold, its details under it: a partner, a question
    Paragraphs, // each entry's text a paragraph of its own: what the couple wrote
};

struct ReviewSection
{
    QString heading;
    QString intro;
    ReviewSectionLayout layout = ReviewSectionLayout::Bullets;
    QList<ReviewEntry> entries;
    QString emptyText; // said instead of the entries when there are none
};

struct ReviewDocument
{
    QString title;    // "Our review — 1 to 31 May 2024"
    QString subtitle; // "Alex and Sam · done on 2 June 2024"
    QList<ReviewSection> sections;
};

// At most this many days the partners felt differently are listed; the rest are counted.
inline constexpr int MaxListedDivergentDays = 12;

// `digest` is for the review's period; `actNames` names acts by id; `zone` gives the local day
// the review was done on.
ReviewDocument describeReview(const Review &review, const ReviewDigest &digest, const std::array<Partner, 2> &partners,
                              const QHash<QUuid, QString> &actNames, const QTimeZone &zone);

QString reviewAsMarkdown(const ReviewDocument &document);
// Qt's rich-text subset with classes for a style sheet (see reviewexport.h); every text escaped.
QString reviewAsHtml(const ReviewDocument &document);
// One section without its heading: its intro and entries, as reviewAsHtml() writes them.
QString reviewSectionBodyAsHtml(const ReviewSection &section);

} // namespace tend
