#pragma once

#include "card.h"
#include "model/review.h"

#include <QTimeZone>

#include <optional>

class QLabel;
class QPushButton;

namespace tend {

class PastReviewsModel;
class RowListView;

// Every review the couple held or began, the newest first, to open again or delete.
class PastReviewsCard : public Card
{
    Q_OBJECT

public:
    explicit PastReviewsCard(QWidget *parent = nullptr);

    void setReviews(const QList<Review> &reviews, const QTimeZone &zone);
    std::optional<Review> selectedReview() const;
    void selectReview(const QUuid &id);
    void focusList();

signals:
    void openRequested(const tend::Review &review);
    void deleteRequested(const tend::Review &review);

private:
    void updateButtons();
    void requestOpen();
    void requestDelete();

    PastReviewsModel *m_model = nullptr;
    RowListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace tend
