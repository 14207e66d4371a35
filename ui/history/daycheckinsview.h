#pragma once

#include "model/checkin.h"
#include "model/partner.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

#include <array>

class QLabel;

namespace tend {

// One day's check-ins, oldest first: when, who, what kind, the scales in words and numbers,
// the aftercare received and wished for, and the note.
class DayCheckInsView : public QWidget
{
    Q_OBJECT

public:
    // A day lists this many check-ins, oldest first, and counts the rest.
    static constexpr int MaxListedCheckIns = 12;

    explicit DayCheckInsView(QWidget *parent = nullptr);

    void setPartners(const std::array<Partner, 2> &partners);
    // Names of the aftercare acts by id, archived ones included.
    void setCatalogue(const QHash<QUuid, QString> &actNames);
    void setTimeZone(const QTimeZone &zone);
    // The check-ins of `day`, in any order.
    void setDay(const QDate &day, const QList<CheckIn> &checkIns);
    QDate day() const { return m_day; }

private:
    void refresh();
    QWidget *createEntries(QWidget *parent) const;
    QWidget *createEntry(const CheckIn &checkIn, QWidget *parent) const;
    const Partner *partnerOf(const CheckIn &checkIn) const;

    std::array<Partner, 2> m_partners;
    QHash<QUuid, QString> m_actNames;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDate m_day;
    QList<CheckIn> m_checkIns; // oldest first
    QLabel *m_heading = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_entries = nullptr;
};

} // namespace tend
