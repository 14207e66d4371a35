#pragma once

#include "result.h"
#include "storage/checkinrepository.h"

#include <QObject>

#include <optional>

namespace tend {

// The UI's door to check-ins: every write goes through here, announces the change,
// and reports any failure once, through failed(), for the window to show.
//
// all() is read from the database once and then kept, and every write here updates the kept
// list, so the pages that show the whole history share one copy and do not read it again.
// Writes made around the store (another connection, another process) are not seen.
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
    // Every check-in, newest first, as CheckInRepository::all().
    Result<QList<CheckIn>> all();
    // Reads the whole history now, while nobody waits, for the first page that shows it. A
    // failure is reported through failed(), and all() tries again.
    void readAhead();
    const Clock &clock() const { return m_clock; }

signals:
    void changed();
    void failed(const QString &message);

private:
    Status announce(Status status);
    // Brings the kept list up to date with the check-in `id` as now stored (or gone).
    void rememberStored(const QUuid &id);

    CheckInRepository m_repository;
    const Clock &m_clock;
    std::optional<QList<CheckIn>> m_all;
};

} // namespace tend
