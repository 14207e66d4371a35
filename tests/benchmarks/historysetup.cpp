#include "historysetup.h"

#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/needrepository.h"
#include "storage/sqlquery.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace tend::bench {

namespace {

Result<int> countActRows(Database &database)
{
    Result<QSqlQuery> rows = sql::run(database.connection(), QStringLiteral("SELECT count(*) FROM check_in_acts"), {},
                                      QStringLiteral("count the check-ins' acts"));
    if (!rows)
        return rows.error();
    QSqlQuery &q = rows.value();
    return q.next() ? q.value(0).toInt() : 0;
}

Status countRows(Database &database, const Clock &clock, HistoryFigures &figures)
{
    Result<int> checkIns = CheckInRepository(database, clock).count();
    if (!checkIns)
        return checkIns.error();
    Result<int> acts = countActRows(database);
    if (!acts)
        return acts.error();
    Result<QList<Need>> needs = NeedRepository(database, clock).all();
    if (!needs)
        return needs.error();
    figures.checkIns = *checkIns;
    figures.checkInActs = *acts;
    figures.needs = static_cast<int>(needs->size());
    return {};
}

} // namespace

Result<HistoryFigures> generateHistory(const QString &databasePath, const Clock &clock, const DemoOptions &options)
{
    HistoryFigures figures;
    {
        Result<std::unique_ptr<Database>> database = Database::open(databasePath);
        if (!database)
            return database.error();
        QElapsedTimer timer;
        timer.start();
        if (Status filled = fillDemoHistory(**database, clock, options); !filled)
            return filled.error();
        figures.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (Status counted = countRows(**database, clock, figures); !counted)
            return counted.error();
    }
    figures.fileBytes = QFileInfo(databasePath).size();
    return figures;
}

} // namespace tend::bench
