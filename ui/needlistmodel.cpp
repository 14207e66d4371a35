#include "needlistmodel.h"

#include "colourdot.h"
#include "theme.h"

#include <QFont>
#include <QLocale>
#include <QMimeData>

namespace tend {

namespace {

const QString NeedIdsMimeType = QStringLiteral("application/x-tend-need-ids");

} // namespace

NeedListModel::NeedListModel(QObject *parent) : QAbstractTableModel(parent) {}

void NeedListModel::setPartners(const QList<Partner> &partners)
{
    m_partners = partners;
    m_dots.clear();
    for (const Partner &partner : partners)
        m_dots.insert(partner.id, colourDot(partner.colour));
    if (rowCount() > 0)
        emit dataChanged(index(0, RaisedBy), index(rowCount() - 1, RaisedBy));
}

void NeedListModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
}

void NeedListModel::setNeeds(const QList<Need> &needs)
{
    beginResetModel();
    m_all = needs;
    m_shown.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (m_filter.matches(m_all[i]))
            m_shown.append(int(i));
    }
    endResetModel();
}

void NeedListModel::setFilter(const NeedFilter &filter)
{
    m_filter = filter;
    setNeeds(m_all);
}

int NeedListModel::rowOf(const QUuid &id) const
{
    for (qsizetype row = 0; row < m_shown.size(); ++row) {
        if (m_all.at(m_shown.at(row)).id == id)
            return int(row);
    }
    return -1;
}

QList<QUuid> NeedListModel::orderWithMove(const QList<QUuid> &moved, int row) const
{
    QList<QUuid> order;
    for (const Need &need : m_all) {
        if (!moved.contains(need.id))
            order.append(need.id);
    }
    qsizetype at = order.size();
    if (row >= 0 && row < m_shown.size()) {
        // Before the shown need at `row`, or the first shown one after it that is not moving.
        for (int r = row; r < m_shown.size(); ++r) {
            const qsizetype position = order.indexOf(m_all.at(m_shown.at(r)).id);
            if (position >= 0) {
                at = position;
                break;
            }
        }
    } else if (!m_shown.isEmpty()) {
        for (int r = int(m_shown.size()) - 1; r >= 0; --r) {
            const qsizetype position = order.indexOf(m_all.at(m_shown.at(r)).id);
            if (position >= 0) {
                at = position + 1;
                break;
            }
        }
    }
    for (qsizetype i = 0; i < moved.size(); ++i)
        order.insert(at + i, moved[i]);
    return order;
}

int NeedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int NeedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NeedListModel::display(const Need &need, int column) const
{
    const QLocale locale;
    switch (column) {
    case Text:
        return need.text;
    case RaisedBy:
        return partnerName(m_partners, need.raisedBy);
    case Priority:
        return needPriorityName(need.priority);
    case Status:
        return needStatusName(need.status);
    case Since:
        if (need.status == NeedStatus::Resolved && need.resolvedUtc.isValid())
            return tr("resolved %1").arg(locale.toString(need.resolvedUtc.toTimeZone(m_zone).date(), tr("d MMM yyyy")));
        return tr("since %1").arg(locale.toString(need.createdUtc.toTimeZone(m_zone).date(), tr("d MMM yyyy")));
    default:
        return {};
    }
}

QVariant NeedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Need &need = needAt(index.row());
    const bool resolved = need.status == NeedStatus::Resolved;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(need, index.column());
    case Qt::EditRole:
        return index.column() == Text ? QVariant(need.text) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Text)
            return need.resolutionNote.isEmpty() ? need.text : tr("%1\n\nResolved: %2").arg(need.text, need.resolutionNote);
        return {};
    case Qt::DecorationRole:
        return index.column() == RaisedBy ? QVariant(m_dots.value(need.raisedBy)) : QVariant();
    case Qt::ForegroundRole:
        return resolved ? QVariant(theme::Quiet) : QVariant();
    case Qt::FontRole:
        if (index.column() == Priority && need.priority == NeedPriority::High) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
        return need.id;
    default:
        return {};
    }
}

bool NeedListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != Text || role != Qt::EditRole)
        return false;
    const Need before = needAt(index.row());
    const QString text = value.toString().trimmed();
    if (text != before.text)
        emit textEdited(before, text);
    return true;
}

Qt::ItemFlags NeedListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == Text)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant NeedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Text:
        return tr("Need");
    case RaisedBy:
        return tr("Raised by");
    case Priority:
        return tr("Priority");
    case Status:
        return tr("Status");
    case Since:
        return tr("When");
    default:
        return {};
    }
}

Qt::DropActions NeedListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList NeedListModel::mimeTypes() const
{
    return {NeedIdsMimeType};
}

QMimeData *NeedListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = index.data(IdRole).toUuid().toString(QUuid::WithoutBraces);
        if (!ids.contains(id))
            ids.append(id);
    }
    auto *data = new QMimeData;
    data->setData(NeedIdsMimeType, ids.join(u'\n').toUtf8());
    return data;
}

bool NeedListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(NeedIdsMimeType);
}

bool NeedListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<QUuid> moved;
    for (const QByteArray &line : data->data(NeedIdsMimeType).split('\n')) {
        const QUuid id(QString::fromUtf8(line));
        if (!id.isNull() && rowOf(id) >= 0)
            moved.append(id);
    }
    if (moved.isEmpty())
        return false;
    // Dropped onto a row: before it. Between rows: at `row`. Below the last: at the end.
    const int target = parent.isValid() ? parent.row() : (row < 0 ? rowCount() : row);
    const QList<QUuid> order = orderWithMove(moved, target);
    QList<QUuid> current;
    for (const Need &need : std::as_const(m_all))
        current.append(need.id);
    // Saving reloads the model, which must not happen inside the view's drop handling.
    if (order != current)
        QMetaObject::invokeMethod(this, [this, order] { emit orderRequested(order); }, Qt::QueuedConnection);
    // The rows move when the saved order comes back, not by the view removing them.
    return false;
}

} // namespace tend
