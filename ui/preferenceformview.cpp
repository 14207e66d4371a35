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

void PreferenceFormView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (state() != QAbstractItemView::EditingState && current.isValid() && event->modifiers() == Qt::NoModifier) {
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
