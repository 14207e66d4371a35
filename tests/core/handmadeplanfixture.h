#pragma once

#include "preferences/ourplan.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <gtest/gtest.h>

#include <optional>

namespace tend::test {

// Two partners (Robin in seat 1, Kai in seat 2), a catalogue and their answers, all made by
// hand; no database. The catalogue and the answers start empty; each test adds its own.
class HandMadePlanFixture : public ::testing::Test
{
protected:
    HandMadePlanFixture()
    {
        robin.id = QUuid::createUuid();
        robin.seat = 1;
        robin.name = QStringLiteral("Robin");
        kai.id = QUuid::createUuid();
        kai.seat = 2;
        kai.name = QStringLiteral("Kai");
    }

    // A new act, last in the catalogue.
    AftercareAct addAct(const QString &label, CareForm form = CareForm::PhysicalComfort, bool archived = false)
    {
        AftercareAct act;
        act.id = QUuid::createUuid();
        act.form = form;
        act.label = label;
        act.archived = archived;
        act.sortOrder = int(acts.size()) + 1;
        acts.append(act);
        return act;
    }

    // What `partner` answered about `act`.
    void answer(const Partner &partner, const AftercareAct &act, std::optional<Rating> rating,
                std::optional<Timing> timing = std::nullopt, bool askFirst = false, const QString &note = {})
    {
        Preference preference;
        preference.id = QUuid::createUuid();
        preference.partnerId = partner.id;
        preference.actId = act.id;
        preference.rating = rating;
        preference.timing = timing;
        preference.askFirst = askFirst;
        preference.note = note;
        answers.append(preference);
    }

    // A new act that Robin rates `first` and Kai rates `second`; a missing rating is no answer.
    AftercareAct rated(const QString &label, std::optional<Rating> first, std::optional<Rating> second,
                       CareForm form = CareForm::PhysicalComfort)
    {
        const AftercareAct act = addAct(label, form);
        if (first)
            answer(robin, act, first);
        if (second)
            answer(kai, act, second);
        return act;
    }

    OurPlan plan() const { return buildPlan({robin, kai}, acts, answers); }

    Partner robin;
    Partner kai;
    QList<AftercareAct> acts;
    QList<Preference> answers;
};

} // namespace tend::test
