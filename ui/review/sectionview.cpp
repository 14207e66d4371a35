#include "sectionview.h"

#include "planexport.h"
#include "review/reviewdocument.h"
#include "review/reviewexport.h"

namespace tend {

namespace {

// On screen the text sits in a card under the step's title: no page margin of its own.
const QString ScreenStyle = QStringLiteral("body { font-size: 11pt; } .intro { margin-bottom: 10pt; }");

} // namespace

QString sectionBodyAsHtml(const ReviewSection &section)
{
    const auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html;
    if (!section.intro.isEmpty())
        html += QStringLiteral("<p class=\"intro\">%1</p>").arg(e(section.intro));
    if (section.entries.isEmpty())
        return html + QStringLiteral("<p class=\"empty\">%1</p>").arg(e(section.emptyText));
    switch (section.layout) {
    case ReviewSectionLayout::Bullets:
        html += QStringLiteral("<ul>");
        for (const ReviewEntry &entry : section.entries) {
            html += QStringLiteral("<li>%1").arg(e(entry.text));
            for (const QString &detail : entry.details)
                html += QStringLiteral("<br><span class=\"detail\">%1</span>").arg(e(detail));
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
        break;
    case ReviewSectionLayout::Pairs:
        for (const ReviewEntry &entry : section.entries) {
            html += QStringLiteral("<p class=\"pair\"><b>%1</b></p>").arg(e(entry.text));
            for (const QString &detail : entry.details)
                html += QStringLiteral("<p class=\"pairdetail\">%1</p>").arg(e(detail));
        }
        break;
    case ReviewSectionLayout::Paragraphs:
        for (const ReviewEntry &entry : section.entries)
            html += QStringLiteral("<p class=\"written\">%1</p>").arg(e(entry.text));
        break;
    }
    return html;
}

SectionView::SectionView(QWidget *parent) : QTextBrowser(parent)
{
    setFrameShape(QFrame::NoFrame);
    setOpenLinks(false);
    setTabChangesFocus(true);
    document()->setDefaultStyleSheet(planStyleSheet() + reviewStyleSheet() + ScreenStyle);
    document()->setDocumentMargin(4);
}

void SectionView::showSection(const ReviewSection &section)
{
    setAccessibleName(section.heading);
    setHtml(sectionBodyAsHtml(section));
}

} // namespace tend
