#include "sectionview.h"

#include "planexport.h"
#include "review/reviewdocument.h"
#include "review/reviewexport.h"

namespace tend {

namespace {

// On screen the text sits in a card under the step's title: no page margin of its own.
const QString ScreenStyle = QStringLiteral("body { font-size: 11pt; } .intro { margin-bottom: 10pt; }");

} // namespace

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
    setHtml(reviewSectionBodyAsHtml(section));
}

} // namespace tend
