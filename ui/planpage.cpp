#include "planpage.h"

#include "card.h"
#include "clock.h"
#include "planexport.h"
#include "preferences/formprogress.h"
#include "preferences/ourplan.h"
#include "preferences/preferencestore.h"
#include "typography.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tend {

PlanPage::PlanPage(PreferenceStore &store, QWidget *parent)
    : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("planPage"));
    auto *heading = new QLabel(tr("Our plan"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    styleAsPageHeading(heading);
    auto *intro = new QLabel(tr("Built from both of your answers on the Preferences page, and kept up to date as "
                                "they change. A starting point for talking, not a set of rules."),
                             this);
    intro->setWordWrap(true);
    styleAsQuiet(intro);

    auto *card = new Card(this);
    m_view = new QTextBrowser(card);
    m_view->setObjectName(QStringLiteral("planView"));
    m_view->setAccessibleName(tr("Our aftercare plan"));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setOpenLinks(false);
    m_view->document()->setDefaultStyleSheet(planStyleSheet());
    m_view->document()->setDocumentMargin(8);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 16, 24, 16);
    cardLayout->addWidget(m_view);

    m_exportPdf = new QPushButton(tr("Export as &PDF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_exportMarkdown = new QPushButton(tr("Export as &Markdown…"), this);
    m_exportMarkdown->setObjectName(QStringLiteral("exportMarkdownButton"));
    auto *privacy = new QLabel(tr("An export is a plain, unencrypted copy: keep it somewhere private."), this);
    styleAsQuiet(privacy);
    connect(m_exportPdf, &QPushButton::clicked, this,
            [this] { askAndExport(QStringLiteral("pdf"), tr("PDF documents (*.pdf)")); });
    connect(m_exportMarkdown, &QPushButton::clicked, this,
            [this] { askAndExport(QStringLiteral("md"), tr("Markdown (*.md)")); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(privacy, 1);
    buttons->addWidget(m_exportMarkdown);
    buttons->addWidget(m_exportPdf);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(card, 1);
    layout->addLayout(buttons);

    connect(&m_store, &PreferenceStore::changed, this, &PlanPage::reload);
}

void PlanPage::setPartners(const QList<Partner> &partners)
{
    m_partners = partners;
    reload();
}

void PlanPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void PlanPage::reload()
{
    if (m_partners.size() != 2)
        return;
    Result<QList<AftercareAct>> acts = m_store.acts();
    Result<QList<Preference>> answers = m_store.preferences();
    Result<QList<FormStatus>> statuses = m_store.formStatuses();
    Result<bool> reveal = m_store.revealTogether();
    if (!acts || !answers || !statuses || !reveal)
        return; // the store has reported why
    m_planShown = answersAreOpenToBoth(reveal.value(), m_partners[0].id, m_partners[1].id, statuses.value());
    if (!m_planShown) {
        m_document = {}; // nothing of the answers is kept while they are hidden
        m_view->setHtml(tr("<h2>Your plan is waiting for both of you</h2>"
                           "<p>Reveal together is on, so the plan appears once you have both marked your "
                           "preferences form done. Until then neither of you sees the other's answers here.</p>"));
    } else {
        const OurPlan plan = buildPlan({m_partners[0], m_partners[1]}, acts.value(), answers.value());
        m_document = describePlan(plan, m_store.clock().today());
        // Live updates keep the reader's place.
        const int scrolled = m_view->verticalScrollBar()->value();
        m_view->setHtml(planAsHtml(m_document));
        m_view->verticalScrollBar()->setValue(scrolled);
    }
    m_exportPdf->setEnabled(m_planShown);
    m_exportMarkdown->setEnabled(m_planShown);
}

Status PlanPage::exportPdf(const QString &path)
{
    if (!m_planShown)
        return Error{tr("The plan is waiting for both of you to mark your form done.")};
    return writePdfFile(planAsHtml(m_document), m_document.title, path);
}

Status PlanPage::exportMarkdown(const QString &path)
{
    if (!m_planShown)
        return Error{tr("The plan is waiting for both of you to mark your form done.")};
    return writeMarkdownFile(planAsMarkdown(m_document), path);
}

void PlanPage::askAndExport(const QString &suffix, const QString &filter)
{
    if (!m_planShown)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QFileDialog dialog(this, tr("Export our plan"), QDir(folder).filePath(tr("Our aftercare plan") + QLatin1Char('.') + suffix),
                       filter);
    dialog.setObjectName(QStringLiteral("exportFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    const Status written = suffix == QLatin1String("pdf") ? exportPdf(path) : exportMarkdown(path);
    if (!written) {
        emit failed(written.error().message);
        return;
    }
    emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace tend
