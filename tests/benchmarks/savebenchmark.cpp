#include "savebenchmark.h"

#include "clock.h"
#include "storage/actrepository.h"
#include "storage/checkinrepository.h"
#include "storage/partnerrepository.h"

#include <QElapsedTimer>
#include <QFile>

#include <linux/magic.h>
#include <sys/vfs.h>

namespace tend::bench {

namespace {

// What a person typically saves after intimacy: all scales, two acts each way, a short note.
CheckIn typicalCheckIn(const Partner &partner, const QList<AftercareAct> &acts, const Clock &clock)
{
    CheckIn checkIn;
    checkIn.partnerId = partner.id;
    checkIn.atUtc = clock.nowUtc();
    checkIn.localDay = clock.today();
    checkIn.kind = CheckInKind::AfterIntimacy;
    checkIn.mood = 4;
    checkIn.stress = 2;
    checkIn.closeness = 5;
    checkIn.feltCaredFor = 4;
    for (qsizetype i = 0; i < std::min<qsizetype>(2, acts.size()); ++i) {
        checkIn.actsWished.append(acts[i].id);
        checkIn.actsReceived.append(acts[acts.size() - 1 - i].id);
    }
    checkIn.note = QStringLiteral("Felt close; the blanket helped.");
    return checkIn;
}

} // namespace

Result<QList<double>> measureSaves(Database &database, const Clock &clock, int count)
{
    Result<QList<Partner>> partners = PartnerRepository(database, clock).all();
    if (!partners)
        return partners.error();
    if (partners->isEmpty())
        return Error{QStringLiteral("The database has no partners to save check-ins for.")};
    Result<QList<AftercareAct>> acts = ActRepository(database, clock).all();
    if (!acts)
        return acts.error();

    CheckInRepository checkIns(database, clock);
    QList<double> milliseconds;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        CheckIn checkIn = typicalCheckIn(partners->at(i % partners->size()), *acts, clock);
        timer.start();
        if (Status saved = checkIns.add(checkIn); !saved)
            return saved.error();
        milliseconds.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return milliseconds;
}

QString storageMediumWarning(const QString &folder)
{
    struct statfs info{};
    if (::statfs(QFile::encodeName(folder).constData(), &info) != 0)
        return {};
    if (info.f_type != TMPFS_MAGIC && info.f_type != RAMFS_MAGIC)
        return {};
    return QStringLiteral("Note: %1 is in memory (tmpfs), where fsync costs nothing; use --work-dir on a real disk "
                          "for save figures that mean something.")
        .arg(folder);
}

} // namespace tend::bench
