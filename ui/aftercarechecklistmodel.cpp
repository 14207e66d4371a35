#include "aftercarechecklistmodel.h"

#include "theme.h"

#include <QFont>

namespace tend {

AftercareChecklistModel::AftercareChecklistModel(QObject *parent) : QAbstractTableModel(parent) {}

void AftercareChecklistModel::setOffer(const QList<AftercareAct> &acts, const QSet<QUuid> &needed)
{
    beginResetModel();
    m_acts = acts;
    m_needed = needed;
    endResetModel();
}

void AftercareChecklistModel::setTicks(const QList<QUuid> &received, const QList<QUuid> &wished)
{
    m_received = QSet<QUuid>(received.cbegin(), received.cend());
    m_wished = QSet<QUuid>(wished.cbegin(), wished.cend());
    if (!m_acts.isEmpty())
        emit dataChanged(index(0, Received), index(rowCount() - 1, Wished), {Qt::CheckStateRole});
    emit ticksChanged();
}

QList<QUuid> AftercareChecklistModel::ticked(const QSet<QUuid> &ticks) const
{
    QList<QUuid> ids;
    QSet<QUuid> offered;
    for (const AftercareAct &act : m_acts) {
        offered.insert(act.id);
        if (ticks.contains(act.id))
            ids.append(act.id);
    }
    for (const QUuid &id : ticks) {
        if (!offered.contains(id))
            ids.append(id);
    }
    return ids;
}

QList<QUuid> AftercareChecklistModel::received() const
{
    return ticked(m_received);
}

QList<QUuid> AftercareChecklistModel::wished() const
{
    return ticked(m_wished);
}

QSet<QUuid> &AftercareChecklistModel::ticksOf(int column)
{
    return column == Received ? m_received : m_wished;
}

const QSet<QUuid> &AftercareChecklistModel::ticksOf(int column) const
{
    return column == Received ? m_received : m_wished;
}

int AftercareChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_acts.size());
}

int AftercareChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AftercareChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AftercareAct &act = m_acts.at(index.row());
    const bool needed = m_needed.contains(act.id);
    if (index.column() == Act) {
        switch (role) {
        case Qt::DisplayRole:
            return act.label;
        case Qt::AccessibleTextRole:
            return needed ? tr("%1, marked Need it").arg(act.label) : act.label;
        case Qt::ToolTipRole:
            return needed ? tr("%1\nMarked \u201cNeed it\u201d in the preferences").arg(act.description) : act.description;
        case Qt::ForegroundRole:
            return needed ? QVariant(theme::AccentDark) : QVariant();
        case Qt::FontRole:
            if (needed) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        default:
            return {};
        }
    }
    const bool ticked = ticksOf(index.column()).contains(act.id);
    switch (role) {
    case Qt::CheckStateRole:
        return ticked ? Qt::Checked : Qt::Unchecked;
    case Qt::AccessibleTextRole: {
        const QString column = index.column() == Received ? tr("received") : tr("wished for");
        return ticked ? tr("%1, %2: yes").arg(act.label, column) : tr("%1, %2: no").arg(act.label, column);
    }
    default:
        return {};
    }
}

bool AftercareChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() == Act || role != Qt::CheckStateRole)
        return false;
    const QUuid id = m_acts.at(index.row()).id;
    QSet<QUuid> &ticks = ticksOf(index.column());
    if (value.value<Qt::CheckState>() == Qt::Checked)
        ticks.insert(id);
    else
        ticks.remove(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit ticksChanged();
    return true;
}

Qt::ItemFlags AftercareChecklistModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return index.column() == Act ? flags : flags | Qt::ItemIsUserCheckable;
}

QVariant AftercareChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Act:
        return tr("Aftercare");
    case Received:
        return tr("Received");
    case Wished:
        return tr("Wished for");
    default:
        return {};
    }
}

} // namespace tend
