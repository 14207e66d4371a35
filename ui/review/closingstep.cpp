#include "closingstep.h"

#include "review/reviewwords.h"
#include "typography.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tend {

namespace {

QPlainTextEdit *textBox(const QString &name, const QString &accessibleName, const QString &placeholder, QWidget *parent)
{
    auto *box = new QPlainTextEdit(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setPlaceholderText(placeholder);
    box->setTabChangesFocus(true);
    box->setMaximumHeight(box->fontMetrics().lineSpacing() * 9);
    return box;
}

} // namespace

ClosingStep::ClosingStep(QWidget *parent)
    : QWidget(parent),
      m_agreements(textBox(QStringLiteral("agreementsEdit"), tr("Agreements"),
                           tr("One a line: something small to try counts, like “tea first, talk after”."), this)),
      m_notes(textBox(QStringLiteral("notesEdit"), tr("Notes"),
                      tr("Anything else you want to remember from this talk."), this)),
      m_state(new QLabel(this)), m_export(new QPushButton(tr("Export as &PDF…"), this)), m_finish(new QPushButton(this))
{
    setObjectName(QStringLiteral("closingStep"));
    auto *intro = new QLabel(tr("What do you want to carry into the coming weeks? Write it down together, or "
                                "leave it empty: the talk itself is what counts."),
                             this);
    intro->setWordWrap(true);
    styleAsQuiet(intro);
    auto *agreementsLabel = new QLabel(tr("&Agreements"), this);
    agreementsLabel->setBuddy(m_agreements);
    auto *notesLabel = new QLabel(tr("N&otes"), this);
    notesLabel->setBuddy(m_notes);

    m_state->setObjectName(QStringLiteral("reviewState"));
    m_state->setWordWrap(true);
    styleAsQuiet(m_state);
    m_export->setObjectName(QStringLiteral("exportReviewPdfButton"));
    m_export->setToolTip(tr("A plain, unencrypted copy for yourselves or a counsellor: keep it somewhere private"));
    m_finish->setObjectName(QStringLiteral("finishReviewButton"));
    styleAsPrimary(m_finish);
    connect(m_export, &QPushButton::clicked, this, &ClosingStep::exportRequested);
    connect(m_finish, &QPushButton::clicked, this, &ClosingStep::finishRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addStretch();
    buttons->addWidget(m_finish);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(agreementsLabel);
    layout->addWidget(m_agreements, 3);
    layout->addSpacing(6);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 2);
    layout->addWidget(m_state);
    layout->addSpacing(4);
    layout->addLayout(buttons);
    layout->addStretch(1);
    setDoneOn({});
}

void ClosingStep::setTexts(const QString &agreements, const QString &notes)
{
    m_agreements->setPlainText(agreements);
    m_notes->setPlainText(notes);
}

QString ClosingStep::agreements() const
{
    return m_agreements->toPlainText();
}

QString ClosingStep::notes() const
{
    return m_notes->toPlainText();
}

void ClosingStep::setDoneOn(const QDate &day)
{
    if (day.isValid()) {
        m_state->setText(tr("Marked done on %1. What you change here is kept as you go.").arg(fullDayText(day)));
        m_finish->setText(tr("Save and &close"));
        m_finish->setToolTip(tr("Back to your reviews; it stays done"));
    } else {
        m_state->setText(tr("In progress. What you type is kept as you go, so you can stop and carry on later."));
        m_finish->setText(tr("&Mark review done"));
        m_finish->setToolTip(tr("You have talked it through; the next review starts after these days"));
    }
}

void ClosingStep::focusAgreements()
{
    m_agreements->setFocus(Qt::OtherFocusReason);
}

} // namespace tend
