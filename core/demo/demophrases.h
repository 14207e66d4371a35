#pragma once

#include <QString>

namespace tend::demo {

class DemoRandom;

// The kinds of short note a partner leaves now and then.
enum class NoteTone { GoodDay, HeavyDay, QuietDay, CloseAfterwards, TenderAfterwards, OutOfStep };

// A gentle, translatable note of that tone.
QString demoNote(NoteTone tone, DemoRandom &random);

// Something a couple might put on their list of needs, and how they might have settled it.
struct NeedStory
{
    QString text;
    QString resolution;
};

int needStoryCount();
NeedStory needStory(int index);

} // namespace tend::demo
