#include "historybenchmark.h"

#include "checkins/checkinstore.h"
#include "history/historypage.h"
#include "preferences/preferencestore.h"
#include "statistics.h"
#include "storage/partnerrepository.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>

namespace tend::bench {

namespace {

constexpr double HistoryTargetMs = 100;
constexpr double MemoryGrowthTargetMiB = 5;

double millisecondsSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// Lays out and paints the page at once, as the screen would show it.
void draw(QWidget &page)
{
    QCoreApplication::sendPostedEvents();
    page.grab();
}

} // namespace

Result<HistoryPageFigures> measureHistoryPage(Database &database, const Clock &clock, int opens, int cycles)
{
    Result<QList<Partner>> partners = PartnerRepository(database, clock).all();
    if (!partners)
        return partners.error();
    CheckInStore checkIns(database, clock);
    PreferenceStore preferences(database, clock);
    QString failure;
    QObject::connect(&checkIns, &CheckInStore::failed, [&failure](const QString &message) { failure = message; });
    QObject::connect(&preferences, &PreferenceStore::failed, [&failure](const QString &message) { failure = message; });

    // Tend's window is up before History can be opened: its fonts are loaded by then.
    QLabel window(QStringLiteral("Today — how are you both?"));
    window.show();
    draw(window);

    // A new page each time, as the first visit to History in a session.
    const auto openAll = [&](CheckInStore &store) {
        QElapsedTimer timer;
        timer.start();
        HistoryPage page(store, preferences);
        page.resize(1100, 900);
        page.setPartners(*partners);
        page.setRange(RangeKind::All);
        page.show();
        draw(page);
        return millisecondsSince(timer);
    };
    HistoryPageFigures figures;
    for (int open = 0; open < opens; ++open) {
        CheckInStore fresh(database, clock);
        QObject::connect(&fresh, &CheckInStore::failed, [&failure](const QString &message) { failure = message; });
        figures.openAllReadingMilliseconds.append(openAll(fresh));
    }
    checkIns.readAhead(); // as the window does once it is up
    for (int open = 0; open < opens; ++open)
        figures.openAllMilliseconds.append(openAll(checkIns));
    if (!failure.isEmpty())
        return Error{failure};

    QElapsedTimer timer;
    HistoryPage page(checkIns, preferences);
    page.resize(1100, 900);
    page.setPartners(*partners);
    page.show();
    draw(page);
    const QList<std::pair<QString, QString>> ranges{{QStringLiteral("week"), QStringLiteral("rangeWeek")},
                                                    {QStringLiteral("month"), QStringLiteral("rangeMonth")},
                                                    {QStringLiteral("year"), QStringLiteral("rangeYear")},
                                                    {QStringLiteral("all"), QStringLiteral("rangeAll")}};
    for (const auto &[name, objectName] : ranges)
        figures.switches.append({name, {}});
    for (int cycle = 0; cycle < cycles; ++cycle) {
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            auto *button = page.findChild<QAbstractButton *>(ranges[i].second);
            if (!button)
                return Error{QStringLiteral("The History page has no %1 button.").arg(ranges[i].second)};
            timer.start();
            button->click();
            draw(page);
            figures.switches[i].milliseconds.append(millisecondsSince(timer));
        }
        if (cycle == 0)
            figures.residentAfterFirstCycleMiB = residentMiB();
    }
    figures.cycles = cycles;
    figures.residentAfterLastCycleMiB = residentMiB();
    if (!failure.isEmpty())
        return Error{failure};
    return figures;
}

QList<ReportRow> historyPageRows(const HistoryPageFigures &figures)
{
    const QString target = QStringLiteral("≤ ") + milliseconds(HistoryTargetMs);
    const double openP95 = percentile(figures.openAllMilliseconds, 95);
    const double readingP95 = percentile(figures.openAllReadingMilliseconds, 95);
    QList<ReportRow> rows{
        {QStringLiteral("Open History on all, p95 of %1").arg(figures.openAllMilliseconds.size()),
         milliseconds(openP95), target, verdict(openP95 <= HistoryTargetMs)},
        {QStringLiteral("Open History on all, reading the check-ins first, p95 of %1")
             .arg(figures.openAllReadingMilliseconds.size()),
         milliseconds(readingP95), QStringLiteral("—"), QStringLiteral("—")}};
    for (const RangeSamples &range : figures.switches) {
        const double p95 = percentile(range.milliseconds, 95);
        rows.append({QStringLiteral("Switch History to %1, p95 of %2").arg(range.name).arg(range.milliseconds.size()),
                     milliseconds(p95), target, verdict(p95 <= HistoryTargetMs)});
    }
    const double growth = figures.residentAfterLastCycleMiB - figures.residentAfterFirstCycleMiB;
    rows.append({QStringLiteral("Memory after %1 rounds of switching, growth since the first").arg(figures.cycles),
                 QStringLiteral("%1 MiB (%2 → %3 MiB)")
                     .arg(growth, 0, 'f', 1)
                     .arg(figures.residentAfterFirstCycleMiB, 0, 'f', 1)
                     .arg(figures.residentAfterLastCycleMiB, 0, 'f', 1),
                 QStringLiteral("≤ %1 MiB").arg(MemoryGrowthTargetMiB), verdict(growth <= MemoryGrowthTargetMiB)});
    return rows;
}

} // namespace tend::bench

