#pragma once

#include "model/need.h"
#include "model/partner.h"
#include "needs/needfilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QTimeZone>

namespace tend {

// The couple's needs in their own order, narrowed by a filter. Rows can be dragged to a new
// place; the model does not move them itself but asks (orderRequested) with the whole new
// order, and the saved truth comes back through setNeeds().
class NeedListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Text, RaisedBy, Priority, Status, Since, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;

    explicit NeedListModel(QObject *parent = nullptr);

    void setPartners(const QList<Partner> &partners);
    void setTimeZone(const QTimeZone &zone);
    void setNeeds(const QList<Need> &needs);
    void setFilter(const NeedFilter &filter);

    const QList<Need> &allNeeds() const { return m_all; }
    const Need &needAt(int row) const { return m_all.at(m_shown.at(row)); }
    int rowOf(const QUuid &id) const;
    // The whole order (every need, shown or not) with `moved` placed before the need shown at
    // `row`, or after the last shown need when `row` is past the end.
    QList<QUuid> orderWithMove(const QList<QUuid> &moved, int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void textEdited(const tend::Need &before, const QString &text);
    void orderRequested(const QList<QUuid> &order);

private:
    QVariant display(const Need &need, int column) const;

    QList<Need> m_all;
    QList<int> m_shown;
    NeedFilter m_filter;
    QList<Partner> m_partners;
    QHash<QUuid, QIcon> m_dots;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace tend
