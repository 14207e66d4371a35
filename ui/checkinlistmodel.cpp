#include "checkinlistmodel.h"

#include "colourdot.h"

namespace tend {

CheckInListModel::CheckInListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CheckInListModel::setPartners(const QList<Partner> &partners)
{
    m_partners = partners;
    m_dots.clear();
    for (const Partner &partner : partners)
        m_dots.insert(partner.id, colourDot(partner.colour));
    if (!m_checkIns.isEmpty())
        emit dataChanged(index(0, Who), index(rowCount() - 1, Who));
}

void CheckInListModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
}

void CheckInListModel::setCheckIns(const QList<CheckIn> &checkIns)
{
    beginResetModel();
    m_checkIns = checkIns;
    endResetModel();
}

int CheckInListModel::rowOf(const QUuid &id) const
{
    for (qsizetype row = 0; row < m_checkIns.size(); ++row) {
        if (m_checkIns[row].id == id)
            return int(row);
    }
    return -1;
}

int CheckInListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checkIns.size());
}

int CheckInListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Partner *CheckInListModel::partner(const QUuid &id) const
{
    for (const Partner &candidate : m_partners) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QVariant CheckInListModel::display(const CheckIn &checkIn, int column) const
{
    switch (column) {
    case Time:
        return checkIn.atUtc.toTimeZone(m_zone).time().toString(QStringLiteral("HH:mm"));
    case Who: {
        const Partner *who = partner(checkIn.partnerId);
        return who ? who->name : tr("Unknown");
    }
    case Kind:
        return checkInKindName(checkIn.kind);
    case Mood:
        return checkIn.mood;
    case Stress:
        return checkIn.stress;
    case Closeness:
        return checkIn.closeness;
    case Note:
        return checkIn.note.simplified();
    default:
        return {};
    }
}

QVariant CheckInListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckIn &checkIn = m_checkIns.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(checkIn, index.column());
    case Qt::AccessibleTextRole:
        if (index.column() >= Mood && index.column() <= Closeness)
            return tr("%1 of 5").arg(display(checkIn, index.column()).toInt());
        return display(checkIn, index.column());
    case Qt::ToolTipRole:
        return index.column() == Note ? QVariant(checkIn.note) : QVariant();
    case Qt::DecorationRole:
        return index.column() == Who ? QVariant(m_dots.value(checkIn.partnerId)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() >= Mood && index.column() <= Closeness)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::UserRole:
        return checkIn.id;
    default:
        return {};
    }
}

QVariant CheckInListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Who:
        return tr("Who");
    case Kind:
        return tr("Kind");
    case Mood:
        return tr("Mood");
    case Stress:
        return tr("Stress");
    case Closeness:
        return tr("Closeness");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace tend
