#include "pastreviewsmodel.h"

#include "review/reviewwords.h"

namespace tend {

PastReviewsModel::PastReviewsModel(QObject *parent) : QAbstractTableModel(parent) {}

void PastReviewsModel::setReviews(const QList<Review> &reviews)
{
    beginResetModel();
    m_reviews = reviews;
    endResetModel();
}

int PastReviewsModel::rowOf(const QUuid &id) const
{
    for (qsizetype row = 0; row < m_reviews.size(); ++row) {
        if (m_reviews.at(row).id == id)
            return int(row);
    }
    return -1;
}

int PastReviewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reviews.size());
}

int PastReviewsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PastReviewsModel::stateText(const Review &review) const
{
    if (!review.isDone())
        return tr("in progress");
    return tr("done %1").arg(shortDayText(review.completedUtc.toTimeZone(m_zone).date()));
}

QVariant PastReviewsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Review &review = m_reviews.at(index.row());
    const QString period = periodText({review.periodStart, review.periodEnd});
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Period ? period : stateText(review);
    case Qt::AccessibleTextRole:
        // A screen reader hears the row as one: "1 to 31 May 2024, done 2 June".
        return tr("%1, %2").arg(period, stateText(review));
    case Qt::ToolTipRole:
        return tr("Open with Enter or a double-click; Delete removes it");
    default:
        return {};
    }
}

QVariant PastReviewsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Period ? tr("Period") : tr("Held");
}

} // namespace tend
