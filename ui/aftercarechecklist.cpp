#include "aftercarechecklist.h"

#include "aftercarechecklistmodel.h"
#include "checkins/offeredacts.h"

#include <QHeaderView>

namespace tend {

AftercareChecklist::AftercareChecklist(QWidget *parent)
    : QTableView(parent), m_model(new AftercareChecklistModel(this))
{
    setModel(m_model);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setSectionResizeMode(AftercareChecklistModel::Act, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(AftercareChecklistModel::Received, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(AftercareChecklistModel::Wished, QHeaderView::ResizeToContents);
    horizontalHeader()->setMinimumSectionSize(40);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
}

void AftercareChecklist::setCatalogue(const QList<AftercareAct> &acts, const QList<Preference> &preferences)
{
    m_catalogue = acts;
    m_preferences = preferences;
}

void AftercareChecklist::offerTo(const QUuid &partnerId, const QList<QUuid> &alreadyNamed)
{
    QSet<QUuid> needed;
    for (const Preference &preference : std::as_const(m_preferences)) {
        if (preference.partnerId == partnerId && preference.rating == Rating::NeedIt)
            needed.insert(preference.actId);
    }
    m_model->setOffer(actsOfferedTo(partnerId, m_catalogue, m_preferences, alreadyNamed), needed);
}

void AftercareChecklist::focusInEvent(QFocusEvent *event)
{
    // Arriving with Tab lands on the first tick, where Space does something.
    if (!currentIndex().isValid() && m_model->rowCount() > 0)
        setCurrentIndex(m_model->index(0, AftercareChecklistModel::Received));
    QTableView::focusInEvent(event);
}

QModelIndex AftercareChecklist::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    // The act's name is not something to tick: the keyboard stays on the ticks.
    const QModelIndex next = QTableView::moveCursor(action, modifiers);
    if (next.isValid() && next.column() == AftercareChecklistModel::Act)
        return next.siblingAtColumn(AftercareChecklistModel::Received);
    return next;
}

} // namespace tend
