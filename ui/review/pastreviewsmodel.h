#pragma once

#include "model/review.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace tend {

// The reviews the couple held or began, as the store lists them: the newest period first.
class PastReviewsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Period, State, ColumnCount };

    explicit PastReviewsModel(QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setReviews(const QList<Review> &reviews);

    const QList<Review> &reviews() const { return m_reviews; }
    const Review &reviewAt(int row) const { return m_reviews.at(row); }
    int rowOf(const QUuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateText(const Review &review) const;

    QList<Review> m_reviews;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace tend
