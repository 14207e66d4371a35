#pragma once

#include "history/aftercarebalance.h"
#include "history/dayperiod.h"
#include "history/divergence.h"
#include "history/needactivity.h"
#include "history/periodsummary.h"
#include "model/aftercareact.h"
#include "model/checkin.h"
#include "model/need.h"
#include "model/partner.h"

#include <QTimeZone>

#include <array>
#include <optional>

namespace tend {

// How many acts per partner the review lists as most wished for but not received.
inline constexpr int ReviewWishedNotReceivedCount = 3;

// What the review looks at, as the stores hand it over.
struct ReviewInputs
{
    QList<CheckIn> checkIns; // sorted by atUtc, newest or oldest first
    std::array<Partner, 2> partners; // seat 1 first
    QList<AftercareAct> catalogue; // archived acts included, so old check-ins count
    QList<Need> needs;
    std::optional<Need> weeklyNeed;
    DayPeriod period;
    QTimeZone zone; // the local days needs were raised, discussed and resolved on
};

// Everything the Review page walks through for one period; per partner in seat order.
struct ReviewDigest
{
    DayPeriod period;
    QTimeZone zone;
    std::array<PeriodSummary, 2> summaries;
    QList<DivergentDay> divergentDays;
    std::array<QList<ActBalance>, 2> wishedNotReceived; // most missed first
    NeedActivity needs;
    std::optional<Need> weeklyNeed;
    std::array<int, 2> checkInCounts{};
    int daysBothCheckedIn = 0;
    int longestRunBothCheckedIn = 0; // consecutive days within the period
};

PartnerIds partnerIdsOf(const std::array<Partner, 2> &partners);

ReviewDigest digestReview(const ReviewInputs &inputs);

} // namespace tend
