#include "aftercarerows.h"

#include <QCoreApplication>

#include <algorithm>

namespace tend {

namespace {
struct AftercareRowText { Q_DECLARE_TR_FUNCTIONS(HistoryCharts) };
} // namespace

int AftercareRow::total() const
{
    return balance[0].received + balance[0].wished + balance[1].received + balance[1].wished;
}

QList<AftercareRow> busiestActs(const std::array<QList<ActBalance>, 2> &balance,
                                const QHash<QUuid, QString> &actNames, int count)
{
    QList<AftercareRow> rows;
    QHash<QUuid, qsizetype> rowOfAct;
    for (size_t place = 0; place < 2; ++place) {
        for (const ActBalance &act : balance[place]) {
            auto found = rowOfAct.constFind(act.actId);
            if (found == rowOfAct.cend()) {
                AftercareRow row;
                row.actId = act.actId;
                row.name = actNames.value(act.actId, AftercareRowText::tr("Unnamed act"));
                row.balance[0].actId = row.balance[1].actId = act.actId;
                found = rowOfAct.insert(act.actId, rows.size());
                rows.append(row);
            }
            rows[*found].balance[place] = act;
        }
    }
    rows.removeIf([](const AftercareRow &row) { return row.total() == 0; });
    std::sort(rows.begin(), rows.end(), [](const AftercareRow &first, const AftercareRow &second) {
        if (first.total() != second.total())
            return first.total() > second.total();
        const int byName = first.name.localeAwareCompare(second.name);
        return byName != 0 ? byName < 0 : first.actId < second.actId;
    });
    if (rows.size() > count)
        rows.resize(count);
    return rows;
}

} // namespace tend
