#pragma once

#include "model/aftercareact.h"
#include "model/partner.h"
#include "model/preference.h"
#include "pairgroup.h"

#include <QList>

#include <array>

namespace tend {

// One act in the plan with both partners' answers (an unanswered one has no rating).
struct PlanItem
{
    AftercareAct act;
    std::array<Preference, 2> answers;
    // The partner the item is about (0 or 1): who needs or likes it, who must not be offered
    // it, who wants to be asked first. -1 when it is about both.
    int about = -1;
    // A gentle idea for bridging a difference; empty elsewhere.
    QString suggestion;
};

// "Our aftercare plan": both partners' answers side by side, in the groups a couple talks about.
struct OurPlan
{
    std::array<Partner, 2> partners;
    QList<PlanItem> easyWins;          // both need or like it
    QList<PlanItem> neededByOne;       // one needs it, the other is neutral
    QList<PlanItem> likedByOne;        // one likes it, the other is neutral or would rather not
    QList<PlanItem> realDifferences;   // one needs it, the other marked it "Not for me"
    std::array<QList<PlanItem>, 2> notToOffer; // per partner: what they marked "Not for me"
    std::array<QList<PlanItem>, 2> askFirst;   // per partner: what to ask them about first
    QList<PlanItem> timingDifferences; // both want it, at different times
    std::array<int, 2> unanswered{0, 0};

    bool isEmpty() const;
};

// Builds the plan from the active catalogue and every answer of the two partners (in seat
// order). Answers about other acts or other people are ignored.
OurPlan buildPlan(const std::array<Partner, 2> &partners, const QList<AftercareAct> &acts,
                  const QList<Preference> &preferences);

} // namespace tend
