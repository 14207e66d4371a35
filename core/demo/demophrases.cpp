#include "demophrases.h"

#include "demorandom.h"

#include <QCoreApplication>

#include <iterator>

namespace tend::demo {

namespace {

constexpr char Context[] = "DemoHistory";

const char *const GoodDay[] = {
    QT_TRANSLATE_NOOP("DemoHistory", "A good day. Dinner together was lovely."),
    QT_TRANSLATE_NOOP("DemoHistory", "We laughed a lot today."),
    QT_TRANSLATE_NOOP("DemoHistory", "Grateful for the little things you do."),
    QT_TRANSLATE_NOOP("DemoHistory", "A nice walk together after work."),
    QT_TRANSLATE_NOOP("DemoHistory", "Feeling settled and content."),
};

const char *const HeavyDay[] = {
    QT_TRANSLATE_NOOP("DemoHistory", "A heavy day. Glad to be home."),
    QT_TRANSLATE_NOOP("DemoHistory", "Work was a lot today; the hug helped."),
    QT_TRANSLATE_NOOP("DemoHistory", "Tired and a bit flat, nothing serious."),
    QT_TRANSLATE_NOOP("DemoHistory", "Slept badly, taking it slow tonight."),
};

const char *const QuietDay[] = {
    QT_TRANSLATE_NOOP("DemoHistory", "An ordinary, quiet day."),
    QT_TRANSLATE_NOOP("DemoHistory", "Busy, but we found time for tea together."),
    QT_TRANSLATE_NOOP("DemoHistory", "Early night for me."),
};

const char *const CloseAfterwards[] = {
    QT_TRANSLATE_NOOP("DemoHistory", "Felt really close tonight."),
    QT_TRANSLATE_NOOP("DemoHistory", "Thank you for staying close afterwards."),
    QT_TRANSLATE_NOOP("DemoHistory", "The blanket and the tea were perfect."),
    QT_TRANSLATE_NOOP("DemoHistory", "Loved just lying there together."),
    QT_TRANSLATE_NOOP("DemoHistory", "I felt safe and cared for."),
};

const char *const TenderAfterwards[] = {
    QT_TRANSLATE_NOOP("DemoHistory", "I needed a bit of quiet first; thank you for giving me that."),
    QT_TRANSLATE_NOOP("DemoHistory", "I would love a little more cuddling afterwards next time."),
    QT_TRANSLATE_NOOP("DemoHistory", "Felt a bit raw afterwards; talking in the morning helped."),
};

const char *const OutOfStep[] = {
    QT_TRANSLATE_NOOP("DemoHistory", "Felt a little far apart today. Can we talk tomorrow?"),
    QT_TRANSLATE_NOOP("DemoHistory", "A bit out of step today; nothing big, just noticing."),
};

const char *const NeedTexts[][2] = {
    {QT_TRANSLATE_NOOP("DemoHistory", "A few unhurried minutes together before sleep"),
     QT_TRANSLATE_NOOP("DemoHistory", "Phones go away at ten and we just talk for a bit.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Checking in the morning after, even briefly"),
     QT_TRANSLATE_NOOP("DemoHistory", "A short message before work works for both of us.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "A signal for \"I need a quiet minute\""),
     QT_TRANSLATE_NOOP("DemoHistory", "A gentle hand squeeze means: quiet please, nothing is wrong.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "More cuddling that does not have to lead anywhere"),
     QT_TRANSLATE_NOOP("DemoHistory", "Sunday mornings are for slow cuddles, no expectations.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Talking about how we share the housework"),
     QT_TRANSLATE_NOOP("DemoHistory", "We made a weekly list and swap the chores we dislike.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "One evening a week without screens"),
     QT_TRANSLATE_NOOP("DemoHistory", "Thursdays are our screen-free evenings now.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Hearing what went well, not only what to change"),
     QT_TRANSLATE_NOOP("DemoHistory", "Our weekly talk starts with one thing we appreciated.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "A bit more warning before friends come over"),
     QT_TRANSLATE_NOOP("DemoHistory", "We ask each other a day ahead.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Time alone after a long day, without it meaning anything is wrong"),
     QT_TRANSLATE_NOOP("DemoHistory", "Twenty quiet minutes first, then we catch up.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Trying something new together this month"),
     QT_TRANSLATE_NOOP("DemoHistory", "We went to a pottery evening and loved it.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Reassurance when one of us travels for work"),
     QT_TRANSLATE_NOOP("DemoHistory", "A short call every evening while one of us is away.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Saying it out loud when something feels off"),
     QT_TRANSLATE_NOOP("DemoHistory", "We bring up small things early, in our weekly talk.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Going to bed at the same time more often"),
     QT_TRANSLATE_NOOP("DemoHistory", "On weeknights we go to bed together when we can.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Whether to see a counsellor together"),
     QT_TRANSLATE_NOOP("DemoHistory", "We found a counsellor we both like and went to a first session.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Water and something to eat afterwards"),
     QT_TRANSLATE_NOOP("DemoHistory", "There is always water and a snack by the bed now.")},
    {QT_TRANSLATE_NOOP("DemoHistory", "Keeping our check-ins private on the shared computer"),
     QT_TRANSLATE_NOOP("DemoHistory", "Discreet reminders are on and Tend locks itself.")},
};

template <std::size_t Size>
QString pickFrom(const char *const (&texts)[Size], DemoRandom &random)
{
    return QCoreApplication::translate(Context, texts[random.index(Size)]);
}

} // namespace

QString demoNote(NoteTone tone, DemoRandom &random)
{
    switch (tone) {
    case NoteTone::GoodDay:
        return pickFrom(GoodDay, random);
    case NoteTone::HeavyDay:
        return pickFrom(HeavyDay, random);
    case NoteTone::QuietDay:
        return pickFrom(QuietDay, random);
    case NoteTone::CloseAfterwards:
        return pickFrom(CloseAfterwards, random);
    case NoteTone::TenderAfterwards:
        return pickFrom(TenderAfterwards, random);
    case NoteTone::OutOfStep:
        return pickFrom(OutOfStep, random);
    }
    return {};
}

int needStoryCount()
{
    return static_cast<int>(std::size(NeedTexts));
}

NeedStory needStory(int index)
{
    const auto &texts = NeedTexts[index % needStoryCount()];
    return {QCoreApplication::translate(Context, texts[0]), QCoreApplication::translate(Context, texts[1])};
}

} // namespace tend::demo
