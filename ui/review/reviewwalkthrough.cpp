#include "reviewwalkthrough.h"

#include "card.h"
#include "closingstep.h"
#include "clock.h"
#include "questionstep.h"
#include "review/reviewdocument.h"
#include "review/reviewexport.h"
#include "review/reviewstore.h"
#include "review/reviewwords.h"
#include "sectionview.h"
#include "theme.h"
#include "typography.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tend {

namespace {

QString stepName(int step)
{
    switch (step) {
    case ReviewWalkthrough::Feelings:
        return ReviewWalkthrough::tr("How each of you felt");
    case ReviewWalkthrough::DivergentDays:
        return ReviewWalkthrough::tr("Days you felt differently");
    case ReviewWalkthrough::WishedFor:
        return ReviewWalkthrough::tr("Care wished for");
    case ReviewWalkthrough::Needs:
        return ReviewWalkthrough::tr("Needs");
    case ReviewWalkthrough::Questions:
        return ReviewWalkthrough::tr("Questions");
    case ReviewWalkthrough::Closing:
        return ReviewWalkthrough::tr("Agreements and notes");
    }
    return {};
}

// What is worth a write: everything the couple can change, not the bookkeeping.
bool sameContent(const Review &first, const Review &second)
{
    return first.id == second.id && first.periodStart == second.periodStart && first.periodEnd == second.periodEnd
           && first.notes == second.notes && first.agreements == second.agreements && first.answers == second.answers
           && first.completedUtc == second.completedUtc;
}

QString askWithDialog(QWidget *parent, const QString &suggestedPath)
{
    return QFileDialog::getSaveFileName(parent, ReviewWalkthrough::tr("Export the review"), suggestedPath,
                                        ReviewWalkthrough::tr("PDF documents (*.pdf)"));
}

} // namespace

ReviewWalkthrough::ReviewWalkthrough(ReviewStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_askSavePath(askWithDialog), m_title(new QLabel(this)),
      m_subtitle(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewWalkthrough"));
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    styleAsCardTitle(m_title);
    m_subtitle->setObjectName(QStringLiteral("reviewSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    styleAsQuiet(m_subtitle);
    auto *allReviews = new QPushButton(tr("All re&views"), this);
    allReviews->setObjectName(QStringLiteral("allReviewsButton"));
    allReviews->setToolTip(tr("Back to the list of reviews; this one is kept as it is"));
    connect(allReviews, &QPushButton::clicked, this, &ReviewWalkthrough::close);
    auto *heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(m_title);
    heading->addWidget(m_subtitle);
    auto *top = new QHBoxLayout;
    top->addLayout(heading, 1);
    top->addWidget(allReviews, 0, Qt::AlignTop);

    auto *body = new QHBoxLayout;
    body->setSpacing(14);
    body->addWidget(createStepList());
    body->addWidget(createContent(), 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addLayout(body, 1);
}

QWidget *ReviewWalkthrough::createStepList()
{
    auto *card = new Card(this);
    m_steps = new QListWidget(card);
    m_steps->setObjectName(QStringLiteral("reviewStepsList"));
    m_steps->setAccessibleName(tr("Steps of the review"));
    m_steps->setFrameShape(QFrame::NoFrame);
    m_steps->setSpacing(2);
    const int rowHeight = m_steps->fontMetrics().height() + 14;
    for (int step = 0; step < StepCount; ++step) {
        auto *item = new QListWidgetItem(tr("%1.  %2").arg(QLocale().toString(step + 1), stepName(step)), m_steps);
        item->setSizeHint(QSize(0, rowHeight));
    }
    m_steps->setFixedHeight(StepCount * (rowHeight + 2 * m_steps->spacing()) + 2);
    m_steps->setMinimumWidth(m_steps->sizeHintForColumn(0) + 24);
    m_steps->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *hint = new QLabel(tr("Alt+N and Alt+B move between the steps. What you type is kept as you go: stop "
                               "whenever you like and carry on later."),
                            card);
    hint->setWordWrap(true);
    styleAsQuiet(hint);
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_step)
            goTo(row, Focus::Keep);
    });
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 16, 12, 16);
    layout->setSpacing(16);
    layout->addWidget(m_steps);
    layout->addWidget(hint);
    layout->addStretch();
    card->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    return card;
}

QWidget *ReviewWalkthrough::createContent()
{
    auto *card = new Card(this);
    m_stepPosition = new QLabel(card);
    m_stepPosition->setObjectName(QStringLiteral("stepPosition"));
    styleAsQuiet(m_stepPosition);
    m_stepTitle = new QLabel(card);
    m_stepTitle->setObjectName(QStringLiteral("stepTitle"));
    styleAsPageHeading(m_stepTitle);

    m_stack = new QStackedWidget(card);
    for (int step = 0; step < Questions; ++step) {
        m_sections[size_t(step)] = new SectionView(m_stack);
        m_sections[size_t(step)]->setObjectName(QStringLiteral("reviewSection%1").arg(step + 1));
        m_stack->addWidget(m_sections[size_t(step)]);
    }
    m_questions = new QuestionStep(m_stack);
    m_stack->addWidget(m_questions);
    m_closing = new ClosingStep(m_stack);
    m_stack->addWidget(m_closing);
    connect(m_questions, &QuestionStep::answered, this, &ReviewWalkthrough::save);
    connect(m_questions, &QuestionStep::finished, this, [this] { goTo(Closing, Focus::Content); });
    connect(m_closing, &ClosingStep::finishRequested, this, &ReviewWalkthrough::finish);
    connect(m_closing, &ClosingStep::exportRequested, this, &ReviewWalkthrough::exportPdf);

    m_problem = new QLabel(card);
    m_problem->setObjectName(QStringLiteral("reviewProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    styleAsProblem(m_problem);
    m_problem->hide();

    m_back = new QPushButton(tr("&Back"), card);
    m_back->setObjectName(QStringLiteral("reviewBackButton"));
    m_next = new QPushButton(tr("&Next"), card);
    m_next->setObjectName(QStringLiteral("reviewNextButton"));
    connect(m_back, &QPushButton::clicked, this, [this] { goTo(m_step - 1, Focus::Content); });
    connect(m_next, &QPushButton::clicked, this, [this] { goTo(m_step + 1, Focus::Content); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_next);
    auto *rule = new QFrame(card);
    rule->setFrameShape(QFrame::NoFrame);
    rule->setFixedHeight(1);
    rule->setAutoFillBackground(true);
    QPalette ruleColour = rule->palette();
    ruleColour.setColor(QPalette::Window, theme::Border);
    rule->setPalette(ruleColour);

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(28, 20, 28, 18);
    layout->setSpacing(6);
    layout->addWidget(m_stepPosition);
    layout->addWidget(m_stepTitle);
    layout->addSpacing(8);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_problem);
    layout->addSpacing(10);
    layout->addWidget(rule);
    layout->addSpacing(10);
    layout->addLayout(buttons);
    return card;
}

void ReviewWalkthrough::hold(const Review &review, const ReviewContext &context, Step step)
{
    m_review = review;
    m_saved = review;
    m_context = context;
    const ReviewDocument document =
        describeReview(review, context.digest, context.partners, context.actNames, context.zone);
    m_title->setText(document.title);
    m_subtitle->setText(document.subtitle);
    for (int section = 0; section < Questions && section < document.sections.size(); ++section)
        m_sections[size_t(section)]->showSection(document.sections.at(section));
    m_questions->setQuestions(
        questionsToAsk(reviewQuestions(context.digest, context.partners, context.actNames), review.answers));
    m_closing->setTexts(review.agreements, review.notes);
    m_closing->setDoneOn(review.isDone() ? review.completedUtc.toTimeZone(context.zone).date() : QDate());
    m_problem->hide();
    m_step = -1; // nothing to leave yet
    goTo(step, Focus::Content);
}

Review ReviewWalkthrough::currentReview() const
{
    Review review = m_review;
    review.answers = answersOf(m_questions->questions());
    review.agreements = m_closing->agreements();
    review.notes = m_closing->notes();
    return review;
}

bool ReviewWalkthrough::save()
{
    return !isHolding() || write(currentReview());
}

void ReviewWalkthrough::showStep(Step step)
{
    goTo(step, Focus::Content);
}

void ReviewWalkthrough::goTo(int step, Focus focus)
{
    if (step < 0 || step >= StepCount)
        return;
    if (m_step >= 0 && step != m_step)
        save(); // leaving a step keeps what was typed in it; a refusal is shown, the text stays
    m_step = step;
    m_stack->setCurrentIndex(step);
    {
        const QSignalBlocker block(m_steps);
        m_steps->setCurrentRow(step);
    }
    const QLocale locale;
    m_stepPosition->setText(tr("Step %1 of %2").arg(locale.toString(step + 1), locale.toString(int(StepCount))));
    m_stepTitle->setText(stepName(step));
    m_back->setEnabled(step > 0);
    m_next->setEnabled(step + 1 < StepCount);
    if (focus == Focus::Keep)
        return;
    if (step == Questions)
        m_questions->focusAnswer();
    else if (step == Closing)
        m_closing->focusAgreements();
    else if (!m_back->hasFocus() && !m_next->hasFocus())
        m_sections[size_t(step)]->setFocus(Qt::OtherFocusReason);
    if (!m_next->isEnabled() && m_next->hasFocus())
        m_back->setFocus(Qt::OtherFocusReason);
    if (!m_back->isEnabled() && m_back->hasFocus())
        m_next->setFocus(Qt::OtherFocusReason);
}

void ReviewWalkthrough::finish()
{
    Review review = currentReview();
    const bool wasDone = review.isDone();
    if (!wasDone)
        review.completedUtc = m_store.clock().nowUtc();
    if (!write(review))
        return;
    const QString period = periodText({review.periodStart, review.periodEnd});
    emit statusMessage(wasDone ? tr("Saved the review of %1.").arg(period)
                               : tr("The review of %1 is done. Thank you for taking the time together.").arg(period));
    emit closed(review.id);
}

void ReviewWalkthrough::close()
{
    if (save())
        emit closed(m_review.id);
}

void ReviewWalkthrough::exportPdf()
{
    save(); // a refusal is shown; the export still holds what is on screen
    const ReviewDocument document =
        describeReview(currentReview(), m_context.digest, m_context.partners, m_context.actNames, m_context.zone);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString name = tr("tend-review-%1.pdf").arg(m_review.periodEnd.toString(Qt::ISODate));
    QString path = m_askSavePath(this, QDir(folder).filePath(name));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (const Status written = exportReviewPdf(document, path); !written) {
        emit failed(written.error().message);
        return;
    }
    emit statusMessage(tr("Saved %1. It is not encrypted: keep it somewhere private.").arg(QDir::toNativeSeparators(path)));
}

bool ReviewWalkthrough::write(Review review)
{
    if (sameContent(review, m_saved)) {
        m_problem->hide();
        return true;
    }
    Review stored = review;
    if (const Status updated = m_store.update(stored); !updated) {
        showProblem(updated.error().message);
        return false;
    }
    review.updatedUtc = stored.updatedUtc;
    m_review = review;
    m_saved = review;
    m_problem->hide();
    return true;
}

void ReviewWalkthrough::showProblem(const QString &message)
{
    m_problem->setText(tr("Not saved yet: %1 What you typed is still here.").arg(message));
    m_problem->show();
}

} // namespace tend
