// tend_benchmark: generates a long history for both partners and measures what a person
// would feel with it: start-up to the first painted window and peak memory, both against a
// bare Qt window, how long saving one check-in takes, and how long listing and filtering
// every check-in takes, and how quickly the History page opens and changes range. See --help.

#include "benchmarkoptions.h"
#include "clock.h"
#include "filterbenchmark.h"
#include "historybenchmark.h"
#include "historysetup.h"
#include "reporttable.h"
#include "savebenchmark.h"
#include "sealedbenchmark.h"
#include "startupbenchmark.h"
#include "statistics.h"
#include "storage/database.h"
#include "storage/datafolder.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

namespace tend::bench {

namespace {

constexpr double StartTargetRatio = 1.5;
constexpr double MemoryTargetRatio = 1.5;
constexpr double SaveTargetP95Ms = 20;
constexpr int LoadRuns = 5;
constexpr int HistoryOpens = 20;
constexpr int SealedUnlocks = 5;

QString mebibytes(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" MiB");
}

// The rows comparing tend with the bare window for one figure (start-up or memory).
QList<ReportRow> comparisonRows(const QString &figure, const QList<double> &bare, const QList<double> *tend,
                                double ratio, QString (*format)(double))
{
    const double bareMedian = median(bare);
    QList<ReportRow> rows{{figure + QStringLiteral(", bare window"), format(bareMedian), {}, {}}};
    const QString target = QStringLiteral("≤ %1 × bare = %2").arg(ratio).arg(format(ratio * bareMedian));
    if (!tend) {
        rows.append({figure + QStringLiteral(", Tend"), QStringLiteral("not measured"), target,
                     QStringLiteral("tend not built")});
        return rows;
    }
    const double tendMedian = median(*tend);
    rows.append({figure + QStringLiteral(", Tend"),
                 QStringLiteral("%1 (%2 × bare)").arg(format(tendMedian)).arg(tendMedian / bareMedian, 0, 'f', 2), target,
                 verdict(tendMedian <= ratio * bareMedian)});
    return rows;
}

int run(const BenchmarkOptions &options, QTextStream &out)
{
    const auto fail = [&out](const QString &message) {
        out << Qt::endl;
        QTextStream(stderr) << "tend_benchmark: " << message << Qt::endl;
        return 1;
    };

    QTemporaryDir folder(options.workFolder.isEmpty()
                             ? QDir::tempPath() + QStringLiteral("/tend-benchmark-XXXXXX")
                             : QDir(options.workFolder).filePath(QStringLiteral("tend-benchmark-XXXXXX")));
    if (!folder.isValid())
        return fail(QStringLiteral("Could not make a temporary folder: %1").arg(folder.errorString()));
    folder.setAutoRemove(!options.keep);
    if (options.keep)
        out << "Keeping " << folder.path() << Qt::endl;
    const QString dataFolder = folder.filePath(QStringLiteral("data"));
    if (Status prepared = prepareDataFolder(dataFolder); !prepared)
        return fail(prepared.error().message);
    const QString databasePath = databasePathIn(dataFolder);
    const SystemClock clock;

    // (a) The history.
    DemoOptions demo;
    demo.days = static_cast<int>(clock.today().addYears(-options.years).daysTo(clock.today()));
    demo.minimumCheckInsPerPartnerPerDay = 2;
    demo.needs = 12 * options.years;
    out << "Generating " << options.years << (options.years == 1 ? " year" : " years") << " (" << demo.days
        << " days) of history for both partners, at least 2 check-ins each a day…" << Qt::endl;
    Result<HistoryFigures> history = generateHistory(databasePath, clock, demo);
    if (!history)
        return fail(history.error().message);
    out << "  " << history->checkIns << " check-ins, " << history->checkInActs << " acts on them, " << history->needs
        << " needs; " << mebibytes(static_cast<double>(history->fileBytes) / (1024.0 * 1024.0)) << " on disk; took "
        << QString::number(history->seconds, 'f', 2) << " s" << Qt::endl;

    // (b), (c) Start-up and peak memory.
    // Children get a settings folder of their own: no saved window geometry, nothing of the user's touched.
    const QMap<QString, QString> environment{
        {QStringLiteral("XDG_CONFIG_HOME"), folder.filePath(QStringLiteral("config"))}};
    QList<Launch> launches{{.program = options.bareProgram,
                            .arguments = {},
                            .environment = environment,
                            .stderrFile = folder.filePath(QStringLiteral("bare-window.stderr"))}};
    const bool withTend = !options.tendProgram.isEmpty();
    if (withTend && !QFileInfo(options.tendProgram).isExecutable())
        return fail(QStringLiteral("%1 is not a program that can be run.").arg(options.tendProgram));
    if (withTend) {
        launches.append({.program = options.tendProgram,
                         .arguments = {QStringLiteral("--data-dir"), dataFolder,
                                       QStringLiteral("--quit-after-first-paint")},
                         .environment = environment,
                         .stderrFile = folder.filePath(QStringLiteral("tend.stderr"))});
    } else {
        out << "  This build has no tend program (app/ defines no `tend` target); measuring the bare window only."
            << Qt::endl;
    }
    out << "Starting " << (withTend ? "Tend and the bare window " : "the bare window ") << options.runs
        << (options.runs == 1 ? " time" : " times") << " (offscreen)…" << Qt::endl;
    Result<QList<StartupSamples>> startups = measureStartups(launches, options.runs);
    if (!startups)
        return fail(startups.error().message);
    const StartupSamples &bare = startups->at(0);
    const StartupSamples *tend = withTend ? &startups->at(1) : nullptr;

    // (d) Saving one check-in on the long history.
    out << "Saving " << options.saves << " check-ins one by one…" << Qt::endl;
    Result<std::unique_ptr<Database>> database = Database::open(databasePath);
    if (!database)
        return fail(database.error().message);
    Result<QList<double>> saves = measureSaves(**database, clock, options.saves);
    if (!saves)
        return fail(saves.error().message);
    const QString medium = storageMediumWarning(dataFolder);
    if (!medium.isEmpty())
        out << "  " << medium << Qt::endl;

    // (e) Listing and filtering every check-in, as the Check-ins page does.
    out << "Loading every check-in " << LoadRuns << " times and filtering them, each filter " << options.filterRuns
        << (options.filterRuns == 1 ? " time" : " times") << "…" << Qt::endl;
    Result<FilterFigures> filters = measureFilters(**database, clock, LoadRuns, options.filterRuns);
    if (!filters)
        return fail(filters.error().message);

    // (f) The History page on the whole history, and switching its ranges.
    out << "Opening History on all of it " << HistoryOpens << " times and choosing each range "
        << options.historyRounds << (options.historyRounds == 1 ? " time" : " times") << " (offscreen)…" << Qt::endl;
    Result<HistoryPageFigures> historyPage = measureHistoryPage(**database, clock, HistoryOpens, options.historyRounds);
    if (!historyPage)
        return fail(historyPage.error().message);

    // (g) The same history sealed: unlocking it and saving into it.
    out << "Sealing the history, unlocking it " << SealedUnlocks << " times and saving " << options.saves
        << " check-ins into it…" << Qt::endl;
    Result<SealedFigures> sealed =
        measureSealed(**database, folder.filePath(QStringLiteral("data/tend.vault")), clock, SealedUnlocks, options.saves);
    if (!sealed)
        return fail(sealed.error().message);

    QList<ReportRow> rows;
    const QString runs = QStringLiteral(" (median of %1)").arg(options.runs);
    rows.append(comparisonRows(QStringLiteral("Start to first paint") + runs, bare.startToPaintMs,
                               tend ? &tend->startToPaintMs : nullptr, StartTargetRatio, milliseconds));
    rows.append(comparisonRows(QStringLiteral("Peak memory") + runs, bare.peakMemoryMiB,
                               tend ? &tend->peakMemoryMiB : nullptr, MemoryTargetRatio, mebibytes));
    const QString ofSaves = QStringLiteral(" of %1").arg(options.saves);
    rows.append({QStringLiteral("Save one check-in, p50") + ofSaves, milliseconds(percentile(*saves, 50)), {}, {}});
    const double p95 = percentile(*saves, 95);
    rows.append({QStringLiteral("Save one check-in, p95") + ofSaves, milliseconds(p95),
                 QStringLiteral("≤ ") + milliseconds(SaveTargetP95Ms), verdict(p95 <= SaveTargetP95Ms)});
    rows.append(sealedRows(*sealed));
    rows.append(filterRows(*filters));
    rows.append(historyPageRows(*historyPage));
    out << Qt::endl;
    printTable(out, rows);
    return 0;
}

} // namespace

} // namespace tend::bench

int main(int argc, char *argv[])
{
    // The History page is drawn offscreen: the benchmark needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tend_benchmark"));
    QTextStream out(stdout);
    tend::Result<tend::bench::BenchmarkOptions> options = tend::bench::parseBenchmarkOptions(app.arguments());
    if (!options) {
        QTextStream(stderr) << "tend_benchmark: " << options.error().message << Qt::endl;
        return 1;
    }
    return tend::bench::run(*options, out);
}
