#include "ourplan.h"

#include "texts.h"

#include <QHash>

namespace tend {

namespace {

QString timingPhrase(Timing timing)
{
    switch (timing) {
    case Timing::RightAway:
        return PlanText::tr("right away");
    case Timing::LaterThatDay:
        return PlanText::tr("later that day");
    case Timing::NextDay:
        return PlanText::tr("the next day");
    }
    return {};
}

// An act both partners want in the same form, which may meet part of a need the other cannot.
const PlanItem *sharedAlternative(const QList<PlanItem> &easyWins, CareForm form)
{
    for (const PlanItem &item : easyWins) {
        if (item.act.form == form)
            return &item;
    }
    return nullptr;
}

QString bridgeSuggestion(const PlanItem &item, const OurPlan &plan)
{
    const QString needs = plan.partners[item.about].name;
    const QString other = plan.partners[1 - item.about].name;
    QString suggestion;
    switch (item.act.form) {
    case CareForm::Talking:
        suggestion = PlanText::tr("%2 may need quiet first. Rest or be near each other without words for a while, "
                              "and talk later that day or the next day, when %2 is ready. A few calm words now "
                              "(\u201cI\u2019m here, we\u2019ll talk later\u201d) can tell %1 the talk will come.");
        break;
    case CareForm::PhysicalComfort:
        suggestion = PlanText::tr("Ask %2 which kind of closeness feels all right instead, such as sitting near each "
                              "other or sharing a blanket, so %1 is comforted in a way that suits you both.");
        break;
    case CareForm::SharedActivities:
        suggestion = PlanText::tr("%1 could enjoy this alone while %2 does something restful, "
                              "and you come back together afterwards.");
        break;
    case CareForm::SpaceAndRest:
        suggestion = PlanText::tr("Agree on a short, clear time apart (ten minutes, say) and a small sign "
                              "that says \u201cI\u2019m coming back\u201d, so %1 gets the space and %2 is not left wondering.");
        break;
    }
    suggestion = suggestion.arg(needs, other);
    if (const PlanItem *alternative = sharedAlternative(plan.easyWins, item.act.form))
        suggestion += QLatin1Char(' ')
                      + PlanText::tr("You both want \u201c%1\u201d, which may meet part of the need.").arg(alternative->act.label);
    return suggestion;
}

QString timingSuggestion(const PlanItem &item, const OurPlan &plan)
{
    const Timing first = *item.answers[0].timing;
    const Timing second = *item.answers[1].timing;
    const int sooner = first < second ? 0 : 1;
    const Timing soon = sooner == 0 ? first : second;
    const Timing late = sooner == 0 ? second : first;
    return PlanText::tr("%1 would like it %2, %3 %4. A small moment %2 and more %4 might suit you both.")
        .arg(plan.partners[sooner].name, timingPhrase(soon), plan.partners[1 - sooner].name, timingPhrase(late));
}

int whoWantsMore(const PlanItem &item)
{
    return *item.answers[0].rating <= *item.answers[1].rating ? 0 : 1;
}

} // namespace

bool OurPlan::isEmpty() const
{
    return easyWins.isEmpty() && neededByOne.isEmpty() && likedByOne.isEmpty() && realDifferences.isEmpty()
           && notToOffer[0].isEmpty() && notToOffer[1].isEmpty() && askFirst[0].isEmpty() && askFirst[1].isEmpty()
           && timingDifferences.isEmpty();
}

OurPlan buildPlan(const std::array<Partner, 2> &partners, const QList<AftercareAct> &acts,
                  const QList<Preference> &preferences)
{
    OurPlan plan;
    plan.partners = partners;
    QHash<QUuid, std::array<Preference, 2>> answersByAct;
    for (const Preference &preference : preferences) {
        for (int who = 0; who < 2; ++who) {
            if (preference.partnerId == partners[who].id)
                answersByAct[preference.actId][who] = preference;
        }
    }

    for (const AftercareAct &act : acts) {
        if (act.archived)
            continue;
        PlanItem item{act, answersByAct.value(act.id), -1, {}};
        const std::optional<Rating> first = item.answers[0].rating;
        const std::optional<Rating> second = item.answers[1].rating;
        for (int who = 0; who < 2; ++who) {
            const Preference &answer = item.answers[who];
            if (!answer.rating)
                ++plan.unanswered[who];
            PlanItem own = item;
            own.about = who;
            if (answer.rating == Rating::NotForMe)
                plan.notToOffer[who].append(own);
            else if (answer.askFirst)
                plan.askFirst[who].append(own);
        }

        switch (classifyPair(first, second)) {
        case PairGroup::BothWant:
            plan.easyWins.append(item);
            if (item.answers[0].timing && item.answers[1].timing && item.answers[0].timing != item.answers[1].timing)
                plan.timingDifferences.append(item);
            break;
        case PairGroup::OneNeeds:
            item.about = whoWantsMore(item);
            plan.neededByOne.append(item);
            break;
        case PairGroup::OneLikes:
        case PairGroup::TasteDifference:
            item.about = whoWantsMore(item);
            plan.likedByOne.append(item);
            break;
        case PairGroup::RealDifference:
            item.about = whoWantsMore(item);
            plan.realDifferences.append(item);
            break;
        case PairGroup::NeitherWants:
        case PairGroup::AwaitingAnswer:
            break;
        }
    }
    // Suggestions once every group is known: a difference may be bridged by an easy win.
    for (PlanItem &item : plan.realDifferences)
        item.suggestion = bridgeSuggestion(item, plan);
    for (PlanItem &item : plan.timingDifferences)
        item.suggestion = timingSuggestion(item, plan);
    return plan;
}

} // namespace tend
