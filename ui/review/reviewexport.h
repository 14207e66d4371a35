#pragma once

#include "result.h"

#include <QString>

namespace tend {

struct ReviewDocument;

// The rich-text style of a review on screen, on top of planStyleSheet(); the PDF brings its own.
QString reviewStyleSheet();

// Lays the review out on A4 pages and writes it as a PDF, atomically and readable by its owner only.
Status exportReviewPdf(const ReviewDocument &document, const QString &path);
// The same review as Markdown, written the same way.
Status exportReviewMarkdown(const ReviewDocument &document, const QString &path);

} // namespace tend
