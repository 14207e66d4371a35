#pragma once

#include "model/checkin.h"
#include "model/partner.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QTimeZone>

namespace tend {

// Check-ins as table rows: when, who, kind, the three scales and the note.
class CheckInListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Who, Kind, Mood, Stress, Closeness, Note, ColumnCount };

    explicit CheckInListModel(QObject *parent = nullptr);

    void setPartners(const QList<Partner> &partners);
    void setTimeZone(const QTimeZone &zone);
    void setCheckIns(const QList<CheckIn> &checkIns);

    const CheckIn &checkInAt(int row) const { return m_checkIns.at(row); }
    int rowOf(const QUuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Partner *partner(const QUuid &id) const;
    QVariant display(const CheckIn &checkIn, int column) const;

    QList<CheckIn> m_checkIns;
    QList<Partner> m_partners;
    QHash<QUuid, QIcon> m_dots; // painted once per partner, not once per row and repaint
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace tend
