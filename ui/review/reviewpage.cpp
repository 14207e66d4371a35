#include "reviewpage.h"

#include "checkins/checkinstore.h"
#include "clock.h"
#include "deletereviewcommand.h"
#include "needs/needstore.h"
#include "nextreviewcard.h"
#include "pastreviewscard.h"
#include "preferences/preferencestore.h"
#include "review/reviewperiod.h"
#include "review/reviewstore.h"
#include "review/reviewwords.h"
#include "typography.h"

#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace tend {

namespace {

// "14 days · 12 check-ins, 1 need raised, 2 needs resolved".
QString contentsText(const ReviewDigest &digest)
{
    const QLocale locale;
    const qint64 days = digest.period.days();
    const int checkIns = digest.checkInCounts[0] + digest.checkInCounts[1];
    QStringList parts{checkIns == 0 ? ReviewPage::tr("no check-ins yet") : checkInsText(checkIns)};
    if (const qsizetype raised = digest.needs.raised.size(); raised > 0)
        parts.append(raised == 1 ? ReviewPage::tr("1 need raised")
                                 : ReviewPage::tr("%1 needs raised").arg(locale.toString(raised)));
    if (const qsizetype resolved = digest.needs.resolved.size(); resolved > 0)
        parts.append(resolved == 1 ? ReviewPage::tr("1 need resolved")
                                   : ReviewPage::tr("%1 needs resolved").arg(locale.toString(resolved)));
    const QString length = days == 1 ? ReviewPage::tr("1 day") : ReviewPage::tr("%1 days").arg(locale.toString(days));
    return ReviewPage::tr("%1 \u00b7 %2").arg(length, parts.join(ReviewPage::tr(", ")));
}

} // namespace

ReviewPage::ReviewPage(ReviewStore &reviews, CheckInStore &checkIns, NeedStore &needs, PreferenceStore &preferences,
                       QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent), m_store(reviews), m_undoStack(undoStack), m_sources(checkIns, needs, preferences),
      m_views(new QStackedWidget(this)), m_walkthrough(new ReviewWalkthrough(reviews, this))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_views->addWidget(createOverview());
    m_views->addWidget(m_walkthrough);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->addWidget(m_views);

    connect(m_walkthrough, &ReviewWalkthrough::closed, this, &ReviewPage::showOverview);
    connect(m_walkthrough, &ReviewWalkthrough::statusMessage, this, &ReviewPage::statusMessage);
    connect(m_walkthrough, &ReviewWalkthrough::failed, this, &ReviewPage::failed);
    connect(&m_store, &ReviewStore::changed, this, &ReviewPage::reload);
    const auto sourcesChanged = [this] {
        m_sources.markStale();
        if (isVisible() && m_views->currentWidget() == m_overview)
            reload();
    };
    connect(&checkIns, &CheckInStore::changed, this, sourcesChanged);
    connect(&needs, &NeedStore::changed, this, sourcesChanged);
    connect(&preferences, &PreferenceStore::changed, this, sourcesChanged);
}

QWidget *ReviewPage::createOverview()
{
    m_overview = new QWidget(this);
    m_overview->setObjectName(QStringLiteral("reviewOverview"));
    auto *heading = new QLabel(tr("Review together"), m_overview);
    heading->setObjectName(QStringLiteral("pageHeading"));
    styleAsPageHeading(heading);
    auto *intro = new QLabel(tr("Once a week or a month, sit down together and look back: how each of you felt, the "
                                "care you gave and wished for, the needs you talked about. A conversation, never a "
                                "score; every question can be skipped."),
                             m_overview);
    intro->setWordWrap(true);
    styleAsQuiet(intro);

    m_nextReview = new NextReviewCard(m_overview);
    m_pastReviews = new PastReviewsCard(m_overview);
    connect(m_nextReview, &NextReviewCard::periodChanged, this, &ReviewPage::updateContents);
    connect(m_nextReview, &NextReviewCard::startRequested, this, &ReviewPage::startReview);
    connect(m_nextReview, &NextReviewCard::continueRequested, this, [this] {
        if (const std::optional<Review> inProgress = reviewInProgress())
            openReview(*inProgress);
    });
    connect(m_pastReviews, &PastReviewsCard::openRequested, this, &ReviewPage::openReview);
    connect(m_pastReviews, &PastReviewsCard::deleteRequested, this, &ReviewPage::deleteReview);

    auto *layout = new QVBoxLayout(m_overview);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_nextReview);
    layout->addWidget(m_pastReviews, 1);
    return m_overview;
}

void ReviewPage::setPartners(const QList<Partner> &partners)
{
    const std::array<Partner, 2> couple = partnersBySeat(partners);
    m_hasCouple = !couple[0].id.isNull() && !couple[1].id.isNull();
    if (m_hasCouple)
        m_sources.setPartners(couple);
    m_nextReview->setStartEnabled(m_hasCouple);
    reload();
}

void ReviewPage::setSavePathAsker(ReviewWalkthrough::SavePathAsker asker)
{
    m_walkthrough->setSavePathAsker(std::move(asker));
}

void ReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ReviewPage::hideEvent(QHideEvent *event)
{
    // Leaving the page in the middle of a review keeps what was typed.
    if (m_views->currentWidget() == m_walkthrough)
        m_walkthrough->save();
    QWidget::hideEvent(event);
}

void ReviewPage::reload()
{
    Result<QList<Review>> reviews = m_store.all();
    Result<std::optional<Review>> lastCompleted = m_store.lastCompleted();
    if (!reviews || !lastCompleted || !m_sources.refresh())
        return; // the store has said why; the page stays as it was
    m_reviews = std::move(reviews).value();
    const QDate today = m_sources.today();
    const DayPeriod period = defaultReviewPeriod(lastCompleted.value(), today, m_sources.firstCheckInDay());
    // The couple's own choice of days stays until the default itself moves on.
    if (period != m_defaultPeriod) {
        m_defaultPeriod = period;
        m_nextReview->setPeriod(period, today);
    }
    const std::optional<Review> inProgress = reviewInProgress();
    m_nextReview->setInProgress(inProgress ? std::optional(DayPeriod{inProgress->periodStart, inProgress->periodEnd})
                                           : std::nullopt);
    m_pastReviews->setReviews(m_reviews, m_store.clock().timeZone());
    updateContents();
}

void ReviewPage::updateContents()
{
    if (!m_hasCouple) {
        m_nextReview->setContents(tr("Tend needs both partners' names before a review."));
        return;
    }
    m_nextReview->setContents(contentsText(m_sources.contextFor(m_nextReview->period()).digest));
}

// The latest review begun and not marked done.
std::optional<Review> ReviewPage::reviewInProgress() const
{
    const auto found = std::find_if(m_reviews.cbegin(), m_reviews.cend(), [](const Review &review) { return !review.isDone(); });
    return found != m_reviews.cend() ? std::optional(*found) : std::nullopt;
}

void ReviewPage::showOverview(const QUuid &selected)
{
    reload();
    m_views->setCurrentWidget(m_overview);
    m_pastReviews->selectReview(selected);
    m_pastReviews->focusList();
}

void ReviewPage::startReview()
{
    if (!m_hasCouple)
        return;
    if (const std::optional<Review> inProgress = reviewInProgress(); inProgress && askToContinue(*inProgress))
        return;
    const DayPeriod period = m_nextReview->period();
    Review review;
    review.periodStart = period.from;
    review.periodEnd = period.to;
    if (!m_store.add(review))
        return; // the store has said why
    openReview(review);
}

// True when the couple takes up the review in progress (or cancels); false to start a new one.
bool ReviewPage::askToContinue(const Review &inProgress)
{
    QMessageBox ask(QMessageBox::Question, tr("A review is in progress"),
                    tr("You began a review of %1 and have not marked it done. Continue that one, or start a new "
                       "review of %2? The one in progress stays in your list either way.")
                        .arg(periodText({inProgress.periodStart, inProgress.periodEnd}), periodText(m_nextReview->period())),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("reviewInProgressQuestion"));
    QPushButton *carryOn = ask.addButton(tr("Continue it"), QMessageBox::AcceptRole);
    QPushButton *startNew = ask.addButton(tr("Start a new one"), QMessageBox::ActionRole);
    ask.setDefaultButton(carryOn);
    ask.exec();
    if (ask.clickedButton() == startNew)
        return false;
    if (ask.clickedButton() == carryOn)
        openReview(inProgress);
    return true;
}

void ReviewPage::openReview(const Review &review)
{
    if (!m_sources.refresh())
        return; // a store has said why
    const ReviewContext context = m_sources.contextFor({review.periodStart, review.periodEnd});
    // A review done is most often opened for what was agreed; one in progress from its start.
    m_walkthrough->hold(review, context, review.isDone() ? ReviewWalkthrough::Closing : ReviewWalkthrough::Feelings);
    m_views->setCurrentWidget(m_walkthrough);
    m_walkthrough->showStep(m_walkthrough->currentStep()); // the focus lands once the step is visible
}

void ReviewPage::deleteReview(const Review &review)
{
    const QString period = periodText({review.periodStart, review.periodEnd});
    QMessageBox ask(QMessageBox::Question, tr("Delete review"),
                    tr("Delete the review of %1, with its answers, agreements and notes? Undo (Ctrl+Z) brings it "
                       "back.")
                        .arg(period),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("deleteReviewQuestion"));
    QPushButton *remove = ask.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    if (!m_store.remove(review.id))
        return; // the store has said why
    m_undoStack.push(new DeleteReviewCommand(m_store, review.id, tr("Delete review")));
    emit statusMessage(tr("Deleted the review of %1. Undo (Ctrl+Z) brings it back.").arg(period));
    m_pastReviews->focusList();
}

} // namespace tend
