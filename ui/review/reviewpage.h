#pragma once

#include "model/partner.h"
#include "model/review.h"
#include "reviewsources.h"
#include "reviewwalkthrough.h"

#include <QWidget>

#include <optional>

class QStackedWidget;
class QUndoStack;

namespace tend {

class CheckInStore;
class NeedStore;
class NextReviewCard;
class PastReviewsCard;
class PreferenceStore;
class ReviewStore;

// "Review together": the couple picks the days to look back on (since the last review unless
// they choose others), Tend walks them through what those days held and the questions they
// raise, and they keep their agreements and notes. Past reviews are listed to read again,
// carry on with or delete. One review is in progress at a time, unless the couple chooses
// otherwise when asked.
//
// Failures of the stores are reported by the stores themselves (their failed() signals);
// a save that fails during a review is also said on the page, with the text kept as typed.
// failed() here carries what only the page does: exporting.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    ReviewPage(ReviewStore &reviews, CheckInStore &checkIns, NeedStore &needs, PreferenceStore &preferences,
               QUndoStack &undoStack, QWidget *parent = nullptr);

    void setPartners(const QList<Partner> &partners);
    void reload();
    // Where an export goes is asked through this; a file dialog unless replaced (tests replace it).
    void setSavePathAsker(ReviewWalkthrough::SavePathAsker asker);

signals:
    void statusMessage(const QString &message);
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createOverview();
    void showOverview(const QUuid &selected);
    void updateContents();
    std::optional<Review> reviewInProgress() const;
    void startReview();
    void openReview(const Review &review);
    void deleteReview(const Review &review);
    bool askToContinue(const Review &inProgress);

    ReviewStore &m_store;
    QUndoStack &m_undoStack;
    ReviewSources m_sources;
    bool m_hasCouple = false;
    QList<Review> m_reviews;
    DayPeriod m_defaultPeriod;

    QStackedWidget *m_views = nullptr;
    QWidget *m_overview = nullptr;
    NextReviewCard *m_nextReview = nullptr;
    PastReviewsCard *m_pastReviews = nullptr;
    ReviewWalkthrough *m_walkthrough = nullptr;
};

} // namespace tend
