#pragma once

#include "history/aftercarebalance.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace tend {

// One act in the aftercare chart: how each partner received and wished for it, seat 1 first.
struct AftercareRow
{
    QUuid actId;
    QString name;
    std::array<ActBalance, 2> balance;

    int total() const;
    bool operator==(const AftercareRow &) const = default;
};

// The `count` acts with the most check-ins that received or wished for them, both partners
// together; most first, ties by name. Acts missing from `actNames` are called "Unnamed act".
QList<AftercareRow> busiestActs(const std::array<QList<ActBalance>, 2> &balance,
                                const QHash<QUuid, QString> &actNames, int count);

} // namespace tend
