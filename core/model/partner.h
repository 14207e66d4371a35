#pragma once

#include "record.h"
#include "result.h"

#include <QList>
#include <QString>

#include <array>

namespace tend {

// One of the two people who share a Tend database. Seat 1 or 2 keeps their order stable.
struct Partner : Record
{
    int seat = 1;
    QString name;
    QString pronouns;
    QString colour; // "#rrggbb"; core does not link Qt Gui
};

inline constexpr int MaxNameLength = 60;
inline constexpr int MaxPronounsLength = 40;

Status validate(const Partner &partner);

// The name of the partner with `id`, or "Unknown" for someone who is not one of them.
QString partnerName(const QList<Partner> &partners, const QUuid &id);

// The partners in seats 1 and 2, in that order; an empty seat gives a Partner without an id.
std::array<Partner, 2> partnersBySeat(const QList<Partner> &partners);

} // namespace tend
