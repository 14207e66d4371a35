#include "preferenceformview.h"

#include "model/preference.h"
#include "preferenceformmodel.h"

#include <QKeyEvent>

#include <iterator>

namespace tend {

PreferenceFormView::PreferenceFormView(QWidget *parent) : QTreeView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                    | QAbstractItemView::EditKeyPressed);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAllColumnsShowFocus(false);
    setUniformRowHeights(true);
    setItemsExpandable(false);
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
}

bool PreferenceFormView::answerWithDigit(const QModelIndex &index, int digit)
{
    int choices = 0;
    if (index.column() == PreferenceFormModel::Rating)
        choices = int(std::size(AllRatings));
    else if (index.column() == PreferenceFormModel::Timing)
        choices = int(std::size(AllTimings));
    if (choices == 0 || digit > choices || !(model()->flags(index) & Qt::ItemIsEditable))
        return false;
    model()->setData(index, digit == 0 ? PreferenceFormModel::NoChoice : digit - 1, Qt::EditRole);
    return true;
}

QModelIndex PreferenceFormView::neighbourAct(const QModelIndex &current, int step) const
{
    const QAbstractItemModel *forms = model();
    int groupRow = current.parent().row();
    int row = current.row() + step;
    while (groupRow >= 0 && groupRow < forms->rowCount()) {
        const QModelIndex group = forms->index(groupRow, 0);
        if (row >= 0 && row < forms->rowCount(group))
            return forms->index(row, current.column(), group);
        groupRow += step;
        if (groupRow < 0 || groupRow >= forms->rowCount())
            break;
        row = step > 0 ? 0 : forms->rowCount(forms->index(groupRow, 0)) - 1;
    }
    return current;
}

QModelIndex PreferenceFormView::actBeside(const QModelIndex &index) const
{
    if (!index.isValid() || !index.parent().isValid())
        return {};
    if (const QModelIndex below = neighbourAct(index, 1); below != index)
        return below;
    if (const QModelIndex above = neighbourAct(index, -1); above != index)
        return above;
    return {};
}

QModelIndex PreferenceFormView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !current.parent().isValid())
        return QTreeView::moveCursor(action, modifiers);
    const int forward = isRightToLeft() ? -1 : 1;
    switch (action) {
    case MoveLeft:
    case MoveRight: {
        const int column = current.column() + (action == MoveRight ? forward : -forward);
        return column >= 0 && column < model()->columnCount(current.parent()) ? current.siblingAtColumn(column) : current;
    }
    case MoveUp:
        return neighbourAct(current, -1);
    case MoveDown:
        return neighbourAct(current, 1);
    default:
        return QTreeView::moveCursor(action, modifiers);
    }
}

void PreferenceFormView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (state() != QAbstractItemView::EditingState && current.isValid() && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        const int key = event->key();
        if (key >= Qt::Key_0 && key <= Qt::Key_9 && answerWithDigit(current, key - Qt::Key_0))
            return;
        if ((key == Qt::Key_Backspace || key == Qt::Key_Delete) && answerWithDigit(current, 0))
            return;
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && (model()->flags(current) & Qt::ItemIsEditable)) {
            edit(current);
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

} // namespace tend
