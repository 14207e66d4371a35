#include "reviewexport.h"

#include "planexport.h"
#include "review/reviewdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

#include <set>

namespace tend {

namespace {

// The classes reviewAsHtml() uses, in the plan's calm colours, with margins in `px` times
// `scale`. Qt's rich text takes margins in px only (a "pt" margin is dropped), and on paper
// they are the printer's pixels.
QString reviewStyle(int scale)
{
    return QStringLiteral("h2 { margin-top: %1px; margin-bottom: %2px; }"
                          ".intro { color: #8a827c; margin-top: 0; margin-bottom: %3px; }"
                          ".empty { color: #5b5551; font-style: italic; margin-top: %2px; }"
                          ".pair { margin-top: %4px; margin-bottom: %2px; }"
                          ".pairdetail { margin-top: 0; margin-bottom: %2px; margin-left: %5px; color: #5b5551; }"
                          ".written { margin-top: %2px; margin-bottom: %3px; }"
                          "li { margin-bottom: %2px; }")
        .arg(20 * scale)
        .arg(2 * scale)
        .arg(5 * scale)
        .arg(9 * scale)
        .arg(16 * scale);
}

// writePdfFile() prints at 300 dpi, about three printer pixels to one on screen.
constexpr int PrintScale = 3;

// A heading must have this many blocks (an intro, a first entry) on its page, or it moves on.
constexpr int BlocksKeptWithHeading = 2;

// The same page as writePdfFile() prints on.
void setUpPage(QPdfWriter &writer)
{
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 18, 20, 18),
                                     QPageLayout::Millimeter));
}

QString withStyle(const QString &html)
{
    return QStringLiteral("<style>%1</style>%2").arg(reviewStyle(PrintScale), html);
}

// `html` with a page break before each of the section headings numbered in `breaks` (from 0).
QString withBreaksBefore(const QString &html, const std::set<int> &breaks)
{
    static const QString Heading = QStringLiteral("<h2>");
    QString result;
    qsizetype from = 0;
    int number = 0;
    for (qsizetype at = html.indexOf(Heading); at >= 0; at = html.indexOf(Heading, at + 1), ++number) {
        if (!breaks.contains(number))
            continue;
        result += html.mid(from, at - from) + QStringLiteral("<h2 style=\"page-break-before: always\">");
        from = at + Heading.size();
    }
    return result + html.mid(from);
}

// The number of the first section heading that would end up at the foot of a page, away from its
// text, or -1. Lays the page out as QTextDocument::print() does for an unpaginated document: on
// the writer's page, inside a 2 cm frame margin.
int firstStrandedHeading(const QString &html)
{
    QBuffer discarded;
    discarded.open(QIODevice::WriteOnly);
    QPdfWriter writer(&discarded);
    setUpPage(writer);
    QTextDocument document;
    document.setDefaultStyleSheet(planStyleSheet());
    document.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(html));
    document.documentLayout()->setPaintDevice(&writer);
    QTextFrameFormat frame = document.rootFrame()->frameFormat();
    frame.setMargin(int(2 / 2.54 * 96));
    document.rootFrame()->setFrameFormat(frame);
    document.setPageSize(QSizeF(writer.width(), writer.height()));
    const qreal pageHeight = writer.height();
    const auto pageOf = [&](const QTextBlock &block, bool bottom) {
        const QRectF box = document.documentLayout()->blockBoundingRect(block);
        return int((bottom ? box.bottom() : box.top()) / pageHeight);
    };
    int number = -1;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        ++number;
        QTextBlock kept = block;
        for (int count = 0; count < BlocksKeptWithHeading && kept.next().isValid(); ++count)
            kept = kept.next();
        // Layout and print differ by about a line, so a heading close to the foot moves on too.
        if (pageOf(block, false) != pageOf(kept, true))
            return number;
    }
    return -1;
}

// Qt's rich text cannot keep a heading with its text (no "page-break-inside: avoid"), so a
// heading that would stand alone at the foot of a page starts the next one instead.
QString keepHeadingsWithTheirText(const QString &html)
{
    std::set<int> breaks;
    QString paged = html;
    for (int stranded = firstStrandedHeading(paged); stranded >= 0 && !breaks.contains(stranded);
         stranded = firstStrandedHeading(paged)) {
        breaks.insert(stranded);
        paged = withBreaksBefore(html, breaks);
    }
    return paged;
}

} // namespace

QString reviewStyleSheet()
{
    return reviewStyle(1);
}

Status exportReviewPdf(const ReviewDocument &document, const QString &path)
{
    // writePdfFile() styles the page as a plan; the review's own classes travel with its HTML.
    return writePdfFile(keepHeadingsWithTheirText(withStyle(reviewAsHtml(document))), document.title, path);
}

Status exportReviewMarkdown(const ReviewDocument &document, const QString &path)
{
    return writeMarkdownFile(reviewAsMarkdown(document), path);
}

} // namespace tend
