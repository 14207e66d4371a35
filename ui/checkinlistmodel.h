#pragma once

#include "checkins/checkinfilter.h"
#include "model/checkin.h"
#include "model/partner.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QTimeZone>

namespace tend {

// Check-ins as table rows (when, who, kind, the scales, the aftercare and the note), narrowed by a filter.
class CheckInListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Day, Time, Who, Kind, Mood, Stress, Closeness, CaredFor, NeedsMet, Note, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;

    explicit CheckInListModel(QObject *parent = nullptr);

    void setPartners(const QList<Partner> &partners);
    void setTimeZone(const QTimeZone &zone);
    void setCheckIns(const QList<CheckIn> &checkIns);
    // New check-ins and a new filter in one reset (a filter's "last week" moves with the days).
    void setCheckIns(const QList<CheckIn> &checkIns, const CheckInFilter &filter);
    void setFilter(const CheckInFilter &filter);
    const CheckInFilter &filter() const { return m_filter; }

    int totalCount() const { return int(m_all.size()); }
    const CheckIn &checkInAt(int row) const { return m_all.at(m_shown.at(row)); }
    int rowOf(const QUuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CheckIn &checkIn, int column) const;

    QList<CheckIn> m_all;
    QList<int> m_shown; // positions in m_all that pass the filter
    CheckInFilter m_filter;
    QList<Partner> m_partners;
    QHash<QUuid, QIcon> m_dots;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace tend
