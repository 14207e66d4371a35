#pragma once

#include "result.h"

#include <QString>

namespace tend {

// The rich-text style of the plan, on screen and on paper.
QString planStyleSheet();

// Writes an export atomically (a temporary file renamed into place), readable by its owner only.
Status writeMarkdownFile(const QString &markdown, const QString &path);
// Lays `html` out on A4 pages with Tend's print style and writes it as a PDF.
Status writePdfFile(const QString &html, const QString &title, const QString &path);

} // namespace tend
