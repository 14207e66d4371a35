#include "sealedbenchmark.h"

#include "crypto/securebytes.h"
#include "savebenchmark.h"
#include "statistics.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace tend::bench {

namespace {

constexpr double SealedSaveTargetP95Ms = 30;
constexpr double UnlockTargetMs = 1000;
const char *const Passphrase = "benchmark: a long walk and a warm bath";

double millisecondsSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

Result<SealedFigures> measureSealed(Database &plain, const QString &vaultPath, const Clock &clock, int unlocks,
                                    int saves)
{
    const SecureBytes passphrase = SecureBytes::copyOf(QByteArrayView(Passphrase));
    if (Status sealed = plain.saveSealedCopy(vaultPath, passphrase); !sealed)
        return sealed.error();
    SealedFigures figures;
    figures.fileBytes = QFileInfo(vaultPath).size();
    QElapsedTimer timer;
    for (int unlock = 0; unlock < unlocks; ++unlock) {
        timer.start();
        Result<std::unique_ptr<Database>> opened = Database::openSealed(vaultPath, passphrase);
        if (!opened)
            return opened.error();
        figures.unlockMilliseconds.append(millisecondsSince(timer));
    }
    Result<std::unique_ptr<Database>> sealed = Database::openSealed(vaultPath, passphrase);
    if (!sealed)
        return sealed.error();
    Result<QList<double>> saved = measureSaves(**sealed, clock, saves);
    if (!saved)
        return saved.error();
    figures.saveMilliseconds = *saved;
    return figures;
}

QList<ReportRow> sealedRows(const SealedFigures &figures)
{
    const double unlockMedian = percentile(figures.unlockMilliseconds, 50);
    const double unlockMax = percentile(figures.unlockMilliseconds, 100);
    const double saveP95 = percentile(figures.saveMilliseconds, 95);
    const QString size = QStringLiteral("%1 MiB").arg(double(figures.fileBytes) / (1024.0 * 1024.0), 0, 'f', 1);
    return {
        {QStringLiteral("Unlock the sealed history (%1), median of %2").arg(size).arg(figures.unlockMilliseconds.size()),
         milliseconds(unlockMedian), QStringLiteral("≤ ") + milliseconds(UnlockTargetMs),
         verdict(unlockMedian <= UnlockTargetMs)},
        {QStringLiteral("Unlock the sealed history, slowest of %1").arg(figures.unlockMilliseconds.size()),
         milliseconds(unlockMax), QStringLiteral("—"), QStringLiteral("—")},
        {QStringLiteral("Save one check-in, sealed, p50 of %1").arg(figures.saveMilliseconds.size()),
         milliseconds(percentile(figures.saveMilliseconds, 50)), {}, {}},
        {QStringLiteral("Save one check-in, sealed, p95 of %1").arg(figures.saveMilliseconds.size()),
         milliseconds(saveP95), QStringLiteral("≤ ") + milliseconds(SealedSaveTargetP95Ms),
         verdict(saveP95 <= SealedSaveTargetP95Ms)},
    };
}

} // namespace tend::bench
