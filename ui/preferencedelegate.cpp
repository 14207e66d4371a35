#include "preferencedelegate.h"

#include "model/aftercareact.h"
#include "model/preference.h"
#include "preferenceformmodel.h"

#include <QComboBox>
#include <QLineEdit>

namespace tend {

namespace {

QComboBox *choiceEditor(QWidget *parent, const QString &none, const QStringList &choices)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(none, PreferenceFormModel::NoChoice);
    for (int i = 0; i < choices.size(); ++i)
        combo->addItem(choices[i], i);
    return combo;
}

} // namespace

QSize PreferenceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Room to breathe, and for an open editor to fit the row.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height() + 12, option.fontMetrics.height() + 16));
    return size;
}

QWidget *PreferenceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const QString act = index.siblingAtColumn(PreferenceFormModel::Act).data().toString();
    QWidget *editor = nullptr;
    switch (index.column()) {
    case PreferenceFormModel::Rating: {
        QStringList names;
        for (Rating rating : AllRatings)
            names.append(ratingName(rating));
        editor = choiceEditor(parent, tr("Not answered"), names);
        editor->setAccessibleName(tr("Rating for %1").arg(act));
        break;
    }
    case PreferenceFormModel::Timing: {
        QStringList names;
        for (Timing timing : AllTimings)
            names.append(timingName(timing));
        editor = choiceEditor(parent, tr("Any time"), names);
        editor->setAccessibleName(tr("Timing for %1").arg(act));
        break;
    }
    case PreferenceFormModel::Note: {
        auto *line = new QLineEdit(parent);
        line->setMaxLength(MaxPreferenceNoteLength);
        line->setPlaceholderText(tr("A few words, if you like"));
        line->setAccessibleName(tr("Note about %1").arg(act));
        editor = line;
        break;
    }
    case PreferenceFormModel::Act: {
        auto *line = new QLineEdit(parent);
        line->setMaxLength(MaxActLabelLength);
        line->setAccessibleName(tr("Name of the act"));
        editor = line;
        break;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    editor->setObjectName(QStringLiteral("preferenceEditor"));
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        // A choice is the whole edit: save it at once.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            emit const_cast<PreferenceDelegate *>(this)->commitData(combo);
            emit const_cast<PreferenceDelegate *>(this)->closeEditor(combo);
        });
    }
    return editor;
}

void PreferenceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PreferenceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, line->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace tend
