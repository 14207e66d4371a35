#include "pastreviewscard.h"

#include "pastreviewsmodel.h"
#include "rowlistview.h"
#include "typography.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tend {

PastReviewsCard::PastReviewsCard(QWidget *parent)
    : Card(parent), m_model(new PastReviewsModel(this)), m_list(new RowListView(this)), m_empty(new QLabel(this)),
      m_open(new QPushButton(tr("&Open"), this)), m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("pastReviewsCard"));
    auto *title = new QLabel(tr("&Past reviews"), this);
    title->setBuddy(m_list);
    styleAsCardTitle(title);

    m_list->setObjectName(QStringLiteral("pastReviewsList"));
    m_list->setAccessibleName(tr("Past reviews"));
    m_list->setModel(m_model);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 14);
    m_list->horizontalHeader()->setSectionResizeMode(PastReviewsModel::Period, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(PastReviewsModel::State, QHeaderView::ResizeToContents);
    connect(m_list->addKeyAction(tr("Open review"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}),
            &QAction::triggered, this, &PastReviewsCard::requestOpen);
    connect(m_list->addKeyAction(tr("Delete review"), {QKeySequence::Delete}), &QAction::triggered, this,
            &PastReviewsCard::requestDelete);
    connect(m_list, &QAbstractItemView::doubleClicked, this, &PastReviewsCard::requestOpen);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PastReviewsCard::updateButtons);

    m_empty->setObjectName(QStringLiteral("noPastReviews"));
    m_empty->setText(tr("No reviews yet. Each review you begin is listed here, to read again or take up later."));
    m_empty->setWordWrap(true);
    styleAsQuiet(m_empty);

    m_open->setObjectName(QStringLiteral("openReviewButton"));
    m_open->setToolTip(tr("Read or carry on with the selected review (Enter)"));
    m_delete->setObjectName(QStringLiteral("deleteReviewButton"));
    m_delete->setToolTip(tr("Delete the selected review (Delete). Undo brings it back."));
    connect(m_open, &QPushButton::clicked, this, &PastReviewsCard::requestOpen);
    connect(m_delete, &QPushButton::clicked, this, &PastReviewsCard::requestDelete);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_open);
    setTabOrder(m_list, m_delete); // as they are seen, left to right
    setTabOrder(m_delete, m_open);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addStretch(); // takes the room the list leaves while there are no reviews
    layout->addLayout(buttons);
    updateButtons();
}

void PastReviewsCard::setReviews(const QList<Review> &reviews, const QTimeZone &zone)
{
    const std::optional<Review> selected = selectedReview();
    m_model->setTimeZone(zone);
    m_model->setReviews(reviews);
    m_empty->setVisible(reviews.isEmpty());
    m_list->setVisible(!reviews.isEmpty());
    if (selected)
        selectReview(selected->id);
    if (m_list->selectedRow() < 0 && !reviews.isEmpty())
        m_list->selectRow(0);
    updateButtons();
}

std::optional<Review> PastReviewsCard::selectedReview() const
{
    const int row = m_list->selectedRow();
    if (row < 0)
        return std::nullopt;
    return m_model->reviewAt(row);
}

void PastReviewsCard::selectReview(const QUuid &id)
{
    if (const int row = m_model->rowOf(id); row >= 0)
        m_list->selectRow(row);
}

void PastReviewsCard::focusList()
{
    m_list->setFocus(Qt::OtherFocusReason);
}

void PastReviewsCard::updateButtons()
{
    const bool selected = m_list->selectedRow() >= 0;
    m_open->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void PastReviewsCard::requestOpen()
{
    if (const std::optional<Review> review = selectedReview())
        emit openRequested(*review);
}

void PastReviewsCard::requestDelete()
{
    if (const std::optional<Review> review = selectedReview())
        emit deleteRequested(*review);
}

} // namespace tend
