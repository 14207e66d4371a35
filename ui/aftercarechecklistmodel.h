#pragma once

#include "model/aftercareact.h"

#include <QAbstractTableModel>
#include <QSet>

namespace tend {

// The aftercare of one after-intimacy check-in: for each act offered, whether it was received
// and whether it was wished for. Ticks are kept by act, so re-ordering the offer keeps them.
class AftercareChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Act, Received, Wished, ColumnCount };

    explicit AftercareChecklistModel(QObject *parent = nullptr);

    // `acts` in the order to offer them; `needed` are marked as needed by the partner.
    void setOffer(const QList<AftercareAct> &acts, const QSet<QUuid> &needed);
    void setTicks(const QList<QUuid> &received, const QList<QUuid> &wished);
    // Ticked acts, in the order offered; ticks on acts not offered now are kept as they were.
    QList<QUuid> received() const;
    QList<QUuid> wished() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void ticksChanged();

private:
    QList<QUuid> ticked(const QSet<QUuid> &ticks) const;
    QSet<QUuid> &ticksOf(int column);
    const QSet<QUuid> &ticksOf(int column) const;

    QList<AftercareAct> m_acts;
    QSet<QUuid> m_needed;
    QSet<QUuid> m_received;
    QSet<QUuid> m_wished;
};

} // namespace tend
