#include "preferenceformmodel.h"

#include "theme.h"

#include <QFont>

namespace tend {

namespace {

constexpr quintptr GroupRow = 0;

QVariant choiceValue(const auto &optionalEnum)
{
    return optionalEnum ? int(*optionalEnum) : PreferenceFormModel::NoChoice;
}

} // namespace

PreferenceFormModel::PreferenceFormModel(QObject *parent) : QAbstractItemModel(parent)
{
    for (CareForm form : AllCareForms)
        m_groups.append(Group{form, {}});
}

QList<QList<QUuid>> PreferenceFormModel::actOrder(const QList<Group> &groups)
{
    QList<QList<QUuid>> order;
    for (const Group &group : groups) {
        QList<QUuid> &ids = order.emplaceBack();
        for (const AftercareAct &act : group.acts)
            ids.append(act.id);
    }
    return order;
}

void PreferenceFormModel::setContents(const QList<AftercareAct> &acts, const QList<Preference> &answers,
                                      const QUuid &partnerId)
{
    QList<Group> groups;
    for (CareForm form : AllCareForms)
        groups.append(Group{form, {}});
    for (const AftercareAct &act : acts)
        groups[int(act.form)].acts.append(act);
    QHash<QUuid, Preference> partnerAnswers;
    for (const Preference &answer : answers) {
        if (answer.partnerId == partnerId)
            partnerAnswers.insert(answer.actId, answer);
    }

    // The same rows in the same places: change them in place, so the view keeps its place and focus.
    if (partnerId == m_partnerId && actOrder(groups) == actOrder(m_groups)) {
        m_groups = groups;
        m_answers = partnerAnswers;
        for (int row = 0; row < m_groups.size(); ++row) {
            const QModelIndex group = index(row, 0);
            if (const int count = rowCount(group); count > 0)
                emit dataChanged(index(0, 0, group), index(count - 1, ColumnCount - 1, group));
        }
        return;
    }
    beginResetModel();
    m_groups = groups;
    m_answers = partnerAnswers;
    m_partnerId = partnerId;
    endResetModel();
}

QModelIndex PreferenceFormModel::indexOfAct(const QUuid &actId, int column) const
{
    for (int groupRow = 0; groupRow < m_groups.size(); ++groupRow) {
        const QList<AftercareAct> &acts = m_groups[groupRow].acts;
        for (int row = 0; row < acts.size(); ++row) {
            if (acts[row].id == actId)
                return createIndex(row, column, quintptr(groupRow + 1));
        }
    }
    return {};
}

const AftercareAct *PreferenceFormModel::actAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupRow)
        return nullptr;
    const qsizetype groupRow = qsizetype(index.internalId() - 1);
    if (groupRow >= m_groups.size() || index.row() >= m_groups[groupRow].acts.size())
        return nullptr;
    return &m_groups[groupRow].acts[index.row()];
}

Preference PreferenceFormModel::answerAt(const QModelIndex &index) const
{
    const AftercareAct *act = actAt(index);
    if (!act)
        return {};
    Preference unanswered;
    unanswered.partnerId = m_partnerId;
    unanswered.actId = act->id;
    return m_answers.value(act->id, unanswered);
}

QModelIndex PreferenceFormModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PreferenceFormModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupRow);
}

int PreferenceFormModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupRow && parent.column() == 0)
        return int(m_groups[parent.row()].acts.size());
    return 0;
}

int PreferenceFormModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PreferenceFormModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const AftercareAct *act = actAt(index))
        return actData(*act, index.column(), role);
    return groupData(m_groups[index.row()], index.column(), role);
}

QVariant PreferenceFormModel::groupData(const Group &group, int column, int role) const
{
    if (column != Act)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return careFormName(group.form);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        return theme::AccentDark;
    default:
        return {};
    }
}

QVariant PreferenceFormModel::actData(const AftercareAct &act, int column, int role) const
{
    Preference unanswered;
    const Preference answer = m_answers.value(act.id, unanswered);
    if (role == ActIdRole)
        return act.id;
    switch (column) {
    case Act:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::AccessibleTextRole)
            return act.label;
        if (role == Qt::ToolTipRole)
            return act.description;
        return {};
    case Rating:
        if (role == Qt::EditRole)
            return choiceValue(answer.rating);
        if (role == Qt::DisplayRole)
            return answer.rating ? ratingName(*answer.rating) : tr("Not answered");
        if (role == Qt::AccessibleTextRole)
            return tr("%1, rating: %2").arg(act.label, answer.rating ? ratingName(*answer.rating) : tr("not answered"));
        if (role == Qt::ForegroundRole && !answer.rating)
            return theme::Quiet;
        return {};
    case AskFirst:
        if (role == Qt::CheckStateRole)
            return answer.askFirst ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return answer.askFirst ? tr("%1, ask me first: yes").arg(act.label) : tr("%1, ask me first: no").arg(act.label);
        if (role == Qt::ToolTipRole)
            return tr("Ask me first");
        return {};
    case Timing:
        if (role == Qt::EditRole)
            return choiceValue(answer.timing);
        if (role == Qt::DisplayRole)
            return answer.timing ? timingName(*answer.timing) : tr("Any time");
        if (role == Qt::AccessibleTextRole)
            return tr("%1, timing: %2").arg(act.label, answer.timing ? timingName(*answer.timing) : tr("any time"));
        if (role == Qt::ForegroundRole && !answer.timing)
            return theme::Quiet;
        return {};
    case Note:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return answer.note;
        if (role == Qt::AccessibleTextRole)
            return tr("%1, note: %2").arg(act.label, answer.note.isEmpty() ? tr("none") : answer.note);
        return {};
    default:
        return {};
    }
}

bool PreferenceFormModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const AftercareAct *act = actAt(index);
    if (!act)
        return false;
    if (index.column() == Act) {
        if (role != Qt::EditRole)
            return false;
        // Copies: whoever hears the signal may save, and the saved truth replaces *act.
        const AftercareAct before = *act;
        AftercareAct renamed = before;
        renamed.label = value.toString().simplified();
        if (renamed.label != before.label)
            emit actEdited(before, renamed);
        return true;
    }

    const Preference before = answerAt(index);
    Preference after = before;
    switch (index.column()) {
    case Rating:
        if (role != Qt::EditRole)
            return false;
        after.rating = value.toInt() == NoChoice ? std::nullopt : std::optional(tend::Rating(value.toInt()));
        break;
    case AskFirst:
        if (role != Qt::CheckStateRole)
            return false;
        after.askFirst = value.value<Qt::CheckState>() == Qt::Checked;
        break;
    case Timing:
        if (role != Qt::EditRole)
            return false;
        after.timing = value.toInt() == NoChoice ? std::nullopt : std::optional(tend::Timing(value.toInt()));
        break;
    case Note:
        if (role != Qt::EditRole)
            return false;
        after.note = value.toString().trimmed();
        break;
    default:
        return false;
    }
    if (after != before)
        emit preferenceEdited(before, after);
    return true;
}

Qt::ItemFlags PreferenceFormModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (!actAt(index))
        return Qt::ItemIsEnabled;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == AskFirst)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

QVariant PreferenceFormModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Act:
        return tr("Aftercare");
    case Rating:
        return tr("Rating");
    case AskFirst:
        return tr("Ask first");
    case Timing:
        return tr("Timing");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace tend
