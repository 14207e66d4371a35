#include "filterbenchmark.h"

#include "checkins/checkinfilter.h"
#include "clock.h"
#include "statistics.h"
#include "storage/checkinrepository.h"
#include "storage/partnerrepository.h"

#include <QElapsedTimer>

namespace tend::bench {

namespace {

constexpr double FilterTargetP95Ms = 50;
// Filtering takes well under a millisecond at times; one decimal would show it as 0.0 ms.
constexpr int FilterDecimals = 2;

double millisecondsSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

CheckInFilter searchFor(const QString &words)
{
    CheckInFilter filter;
    filter.search = words;
    return filter;
}

// The filters a person would try on a long history, each with the words the report shows.
QList<std::pair<QString, CheckInFilter>> realisticFilters(const QUuid &partnerId, const QDate &today)
{
    CheckInFilter onePartner;
    onePartner.partnerId = partnerId;
    CheckInFilter afterIntimacy;
    afterIntimacy.kind = CheckInKind::AfterIntimacy;
    CheckInFilter lastYear;
    lastYear.from = today.addYears(-1).addDays(1);
    lastYear.to = today;
    CheckInFilter combined = lastYear;
    combined.partnerId = partnerId;
    combined.kind = CheckInKind::AfterIntimacy;
    combined.search = QStringLiteral("close");
    return {{QStringLiteral("one partner"), onePartner},
            {QStringLiteral("after intimacy"), afterIntimacy},
            {QStringLiteral("the last year"), lastYear},
            {QStringLiteral("the word \"tea\""), searchFor(QStringLiteral("tea"))},
            {QStringLiteral("all four at once"), combined}};
}

// The generated notes are plain English; this gives each one an accent, so that every note
// takes the slower way through the search (decomposing, dropping accents, folding case).
QList<CheckIn> withAccentedNotes(QList<CheckIn> checkIns)
{
    for (CheckIn &checkIn : checkIns)
        checkIn.note += QStringLiteral(" Très bien.");
    return checkIns;
}

FilterSamples timeFilter(const QString &name, const QList<CheckIn> &checkIns, const CheckInFilter &filter, int runs)
{
    FilterSamples samples{.name = name, .kept = 0, .milliseconds = {}};
    QElapsedTimer timer;
    for (int run = 0; run < runs; ++run) {
        timer.start();
        const QList<int> kept = filterCheckIns(checkIns, filter);
        samples.milliseconds.append(millisecondsSince(timer));
        samples.kept = static_cast<int>(kept.size());
    }
    return samples;
}

} // namespace

Result<FilterFigures> measureFilters(Database &database, const Clock &clock, int loads, int runs)
{
    Result<QList<Partner>> partners = PartnerRepository(database, clock).all();
    if (!partners)
        return partners.error();
    if (partners->isEmpty())
        return Error{QStringLiteral("The database has no partners to filter check-ins by.")};

    FilterFigures figures;
    const CheckInRepository repository(database, clock);
    QList<CheckIn> checkIns;
    QElapsedTimer timer;
    for (int load = 0; load < loads; ++load) {
        timer.start();
        Result<QList<CheckIn>> all = repository.all();
        if (!all)
            return all.error();
        figures.loadMilliseconds.append(millisecondsSince(timer));
        checkIns = std::move(all).value();
    }
    figures.checkIns = static_cast<int>(checkIns.size());

    for (const auto &[name, filter] : realisticFilters(partners->constFirst().id, clock.today()))
        figures.filters.append(timeFilter(name, checkIns, filter, runs));
    figures.filters.append(timeFilter(QStringLiteral("the word \"tea\", accented notes"), withAccentedNotes(checkIns),
                                      searchFor(QStringLiteral("tea")), runs));
    return figures;
}

QList<ReportRow> filterRows(const FilterFigures &figures)
{
    const QString total = QString::number(figures.checkIns);
    QList<ReportRow> rows{
        {QStringLiteral("Load all %1 check-ins (median of %2)").arg(total).arg(figures.loadMilliseconds.size()),
         milliseconds(median(figures.loadMilliseconds)), {}, {}}};
    for (const FilterSamples &filter : figures.filters) {
        const QString figure = QStringLiteral("Filter %1 check-ins: %2 (%3 kept), %4 of %5")
                                   .arg(total, filter.name, QString::number(filter.kept));
        const QString runs = QString::number(filter.milliseconds.size());
        rows.append({figure.arg(QStringLiteral("p50"), runs),
                     milliseconds(percentile(filter.milliseconds, 50), FilterDecimals), {}, {}});
        const double p95 = percentile(filter.milliseconds, 95);
        rows.append({figure.arg(QStringLiteral("p95"), runs), milliseconds(p95, FilterDecimals),
                     QStringLiteral("≤ ") + milliseconds(FilterTargetP95Ms), verdict(p95 <= FilterTargetP95Ms)});
    }
    return rows;
}

} // namespace tend::bench
