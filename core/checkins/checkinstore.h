#pragma once

#include "result.h"
#include "storage/checkinrepository.h"

#include <QObject>

namespace tend {

// The UI's door to check-ins: every write goes through here, announces the change,
// and reports any failure once, through failed(), for the window to show.
class CheckInStore : public QObject
{
    Q_OBJECT

public:
    CheckInStore(Database &database, const Clock &clock, QObject *parent = nullptr);

    Status add(CheckIn &checkIn);
    Status update(CheckIn &checkIn);
    Status remove(const QUuid &id);
    Status restore(const QUuid &id);
    // Erases what deleted check-ins said, once undo can no longer bring them back.
    Status forgetDeletedBefore(const QDateTime &cutoffUtc);

    Result<QList<CheckIn>> onDay(const QDate &day);
    Result<QList<CheckIn>> all();
    const Clock &clock() const { return m_clock; }

signals:
    void changed();
    void failed(const QString &message);

private:
    Status announce(Status status);

    CheckInRepository m_repository;
    const Clock &m_clock;
};

} // namespace tend
