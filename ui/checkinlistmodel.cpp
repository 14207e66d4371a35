#include "checkinlistmodel.h"

#include "checkins/needsmet.h"
#include "colourdot.h"

#include <QLocale>

namespace tend {

CheckInListModel::CheckInListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CheckInListModel::setPartners(const QList<Partner> &partners)
{
    m_partners = partners;
    m_dots.clear();
    for (const Partner &partner : partners)
        m_dots.insert(partner.id, colourDot(partner.colour));
    if (rowCount() > 0)
        emit dataChanged(index(0, Who), index(rowCount() - 1, Who));
}

void CheckInListModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
}

void CheckInListModel::setCheckIns(const QList<CheckIn> &checkIns)
{
    setCheckIns(checkIns, m_filter);
}

void CheckInListModel::setCheckIns(const QList<CheckIn> &checkIns, const CheckInFilter &filter)
{
    beginResetModel();
    m_all = checkIns;
    m_filter = filter;
    m_shown = filterCheckIns(m_all, m_filter);
    endResetModel();
}

void CheckInListModel::setFilter(const CheckInFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_shown = filterCheckIns(m_all, m_filter);
    endResetModel();
}

int CheckInListModel::rowOf(const QUuid &id) const
{
    for (qsizetype row = 0; row < m_shown.size(); ++row) {
        if (m_all.at(m_shown.at(row)).id == id)
            return int(row);
    }
    return -1;
}

int CheckInListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CheckInListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckInListModel::display(const CheckIn &checkIn, int column) const
{
    switch (column) {
    case Day:
        return QLocale().toString(checkIn.localDay, tr("ddd d MMM yyyy"));
    case Time:
        return checkIn.atUtc.toTimeZone(m_zone).time().toString(QStringLiteral("HH:mm"));
    case Who:
        return partnerName(m_partners, checkIn.partnerId);
    case Kind:
        return checkInKindName(checkIn.kind);
    case Mood:
        return checkIn.mood;
    case Stress:
        return checkIn.stress;
    case Closeness:
        return checkIn.closeness;
    case CaredFor:
        return checkIn.feltCaredFor ? QVariant(*checkIn.feltCaredFor) : QVariant(QString());
    case NeedsMet: {
        const tend::NeedsMet met = needsMet(checkIn);
        return met.wished > 0 ? tr("%1 of %2").arg(met.met).arg(met.wished) : QString();
    }
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
    const CheckIn &checkIn = checkInAt(index.row());
    const int column = index.column();
    const bool scale = column >= Mood && column <= CaredFor;
    switch (role) {
    case Qt::DisplayRole:
        return display(checkIn, column);
    case Qt::AccessibleTextRole:
        if (scale && !display(checkIn, column).toString().isEmpty())
            return tr("%1 of 5").arg(display(checkIn, column).toInt());
        if (column == NeedsMet && !display(checkIn, column).toString().isEmpty())
            return tr("needs met: %1").arg(display(checkIn, column).toString());
        return display(checkIn, column);
    case Qt::ToolTipRole:
        return column == Note ? QVariant(checkIn.note) : QVariant();
    case Qt::DecorationRole:
        return column == Who ? QVariant(m_dots.value(checkIn.partnerId)) : QVariant();
    case Qt::TextAlignmentRole:
        return scale || column == NeedsMet ? int(Qt::AlignCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
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
    case Day:
        return tr("Day");
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
    case CaredFor:
        return tr("Cared for");
    case NeedsMet:
        return tr("Needs met");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace tend
