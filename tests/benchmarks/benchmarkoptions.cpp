#include "benchmarkoptions.h"

#include <QCommandLineParser>

#include <tuple>

namespace tend::bench {

namespace {

Result<int> positive(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1)
        return Error{QStringLiteral("--%1 needs a whole number of at least 1.").arg(option.names().constFirst())};
    return value;
}

} // namespace

Result<BenchmarkOptions> parseBenchmarkOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Tend on a generated history and prints the figures next to their targets. "
        "It reports; it does not judge: it exits with 0 when a target is missed, and with 1 only "
        "when it could not measure."));
    parser.addHelpOption();
    const QCommandLineOption quick(
        QStringLiteral("quick"),
        QStringLiteral("A fast check that everything still runs: 1 year, 3 runs, 20 saves, 5 filter runs, "
                       "3 rounds of History ranges."));
    const QCommandLineOption years(QStringLiteral("years"), QStringLiteral("Years of history (default 10)."),
                                   QStringLiteral("n"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Start-up runs per program; the median counts (default 15)."),
                                  QStringLiteral("n"));
    const QCommandLineOption saves(QStringLiteral("saves"), QStringLiteral("Check-ins to save (default 200)."),
                                   QStringLiteral("n"));
    const QCommandLineOption filterRuns(QStringLiteral("filter-runs"),
                                        QStringLiteral("Times each check-in filter is run (default 50)."),
                                        QStringLiteral("n"));
    const QCommandLineOption historyRounds(
        QStringLiteral("history-rounds"),
        QStringLiteral("Rounds of choosing every History range in turn (default 50)."), QStringLiteral("n"));
    const QCommandLineOption tend(QStringLiteral("tend"), QStringLiteral("The tend program to measure."),
                                  QStringLiteral("path"), QStringLiteral(TEND_APP_PATH));
    const QCommandLineOption workDir(
        QStringLiteral("work-dir"),
        QStringLiteral("Folder for the temporary database; put it on the disk you care about (fsync on tmpfs is free)."),
        QStringLiteral("folder"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the temporary folder and say where."));
    parser.addOptions({quick, years, runs, saves, filterRuns, historyRounds, tend, workDir, keep});
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty())
        return Error{QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().constFirst())};

    BenchmarkOptions defaults;
    if (parser.isSet(quick)) {
        defaults.years = 1;
        defaults.runs = 3;
        defaults.saves = 20;
        defaults.filterRuns = 5;
        defaults.historyRounds = 3;
    }
    BenchmarkOptions options = defaults;
    for (const auto &[option, fallback, target] : {std::tuple{&years, defaults.years, &options.years},
                                                   std::tuple{&runs, defaults.runs, &options.runs},
                                                   std::tuple{&saves, defaults.saves, &options.saves},
                                                   std::tuple{&filterRuns, defaults.filterRuns, &options.filterRuns},
                                                   std::tuple{&historyRounds, defaults.historyRounds, &options.historyRounds}}) {
        Result<int> value = positive(parser, *option, fallback);
        if (!value)
            return value.error();
        *target = *value;
    }
    options.tendProgram = parser.value(tend);
    options.bareProgram = QStringLiteral(TEND_BARE_WINDOW_PATH);
    options.workFolder = parser.value(workDir);
    options.keep = parser.isSet(keep);
    return options;
}

} // namespace tend::bench
