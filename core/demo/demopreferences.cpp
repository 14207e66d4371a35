#include "demopreferences.h"

#include <QCoreApplication>

#include <optional>

namespace tend::demo {

namespace {

struct Answer
{
    constexpr Answer(std::optional<Rating> rating = {}, bool askFirst = false, std::optional<Timing> timing = {},
                     const char *note = nullptr)
        : rating(rating), askFirst(askFirst), timing(timing), note(note)
    {
    }

    std::optional<Rating> rating;
    bool askFirst;
    std::optional<Timing> timing;
    const char *note;
};

struct ActAnswers
{
    const char *actId; // a built-in act (resources/migrations/0002-aftercare-catalogue.sql)
    Answer first;
    Answer second;
};

constexpr auto Need = Rating::NeedIt;
constexpr auto Like = Rating::LikeIt;
constexpr auto Neutral = Rating::Neutral;
constexpr auto NotForMe = Rating::NotForMe;
constexpr auto Now = Timing::RightAway;
constexpr auto Later = Timing::LaterThatDay;
constexpr auto NextDay = Timing::NextDay;

const ActAnswers Answers[] = {
    // Talking
    {"7647d2c6-f667-488c-8478-7f680f933b7b", {Need, false, Now, "Even a few words help me land."},
     {NotForMe, false, Later, "I need some quiet before I can put things into words."}},
    {"5e060f02-fc86-4667-96be-8578f7f487bf", {Need, false, Now}, {Like, false, Now}},
    {"cc0e66d6-c8e3-4512-92b5-a0c00804a1aa", {Like, false, Later}, {Like, false, NextDay}},
    {"402079d0-a26b-44cc-8e97-a89d4c324ce3", {Like, true, NextDay}, {Need, false, NextDay}},
    {"347f3be8-57f8-4e6b-a20b-a557b38c97fe", {Neutral}, {Need, false, NextDay}},
    // Physical comfort
    {"c94555d8-af46-4200-a446-23f7a8c283a5", {Need, false, Now}, {Like, true, Now, "Ask me; some days I need a minute first."}},
    {"eb8c8bb5-3104-4f7c-ae0f-7b83e99cfab4", {Like}, {Need, false, Now}},
    {"141dc360-8f47-420f-a499-59065472e980", {Like}, {Need}},
    {"c6de8722-737f-4167-98fd-069a2c9f4595", {NotForMe}, {Like, true}},
    {"3906dff0-537a-44cc-8ac6-ea8351615fd5", {Neutral}, {Need, false, Now, "Water, please. I always forget."}},
    // Shared activities
    {"97da108f-e568-4ed3-a503-fa2ad163af14", {Like, false, Later}, {Like, false, Now}},
    {"8541b198-38e0-414e-b53c-1086974467c2", {Like}, {NotForMe}},
    {"7d14d162-e17b-4b9a-a9af-19229408b723", {Neutral}, {Like, false, Later}},
    {"e899ea86-b9ec-42f9-9fc4-49912be0920c", {Need}, {Like}},
    // Space and rest
    {"980187c6-d817-4b2d-b81e-0d098d899940", {NotForMe}, {Need, false, Now, "Ten minutes on my own, then I'm all yours."}},
    {"e8ea35f2-6278-4c8f-bb3a-02f6014bd0c1", {Neutral}, {Need, false, Now}},
    {"2086906f-5fed-4877-b8a2-4bed1e0093b0", {Like}, {Like}},
    {"d3415616-b3f8-4ed1-9037-3a7e080d2ada", {Like, false, Later}, {}},
};

Preference preference(const QUuid &partner, const char *actId, const Answer &answer)
{
    Preference result;
    result.partnerId = partner;
    result.actId = QUuid::fromString(QLatin1StringView(actId));
    result.rating = answer.rating;
    result.askFirst = answer.askFirst;
    result.timing = answer.timing;
    if (answer.note)
        result.note = QCoreApplication::translate("DemoPreferences", answer.note);
    return result;
}

} // namespace

QList<Preference> demoPreferences(const std::array<QUuid, 2> &partners)
{
    QList<Preference> preferences;
    for (const ActAnswers &act : Answers) {
        if (act.first.rating)
            preferences.append(preference(partners[0], act.actId, act.first));
        if (act.second.rating)
            preferences.append(preference(partners[1], act.actId, act.second));
    }
    return preferences;
}

} // namespace tend::demo
