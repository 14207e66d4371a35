#include "model/need.h"

#include "statusassertions.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

Need validNeed()
{
    Need need;
    need.raisedBy = QUuid::createUuid();
    need.text = u"More time together on weekends"_s;
    need.priority = NeedPriority::High;
    return need;
}

TEST(NeedValidation, AcceptsAValidNeedAtEveryPriority)
{
    for (NeedPriority priority : {NeedPriority::Low, NeedPriority::Medium, NeedPriority::High}) {
        Need need = validNeed();
        need.priority = priority;
        EXPECT_TRUE(succeeded(validate(need)));
    }
}

TEST(NeedValidation, RefusesANeedWithoutWhoRaisedIt)
{
    Need need = validNeed();
    need.raisedBy = QUuid();
    EXPECT_TRUE(refusedMentioning(validate(need), {u"who raised"_s}));
}

TEST(NeedValidation, RefusesEmptyOrBlankText)
{
    for (const QString &text : {QString(), u" \n "_s}) {
        Need need = validNeed();
        need.text = text;
        EXPECT_TRUE(refusedMentioning(validate(need), {u"need is about"_s}));
    }
}

TEST(NeedValidation, LimitsTheTextLength)
{
    Need need = validNeed();
    need.text = QString(MaxNeedTextLength, u't');
    EXPECT_TRUE(succeeded(validate(need)));
    need.text = QString(MaxNeedTextLength + 1, u't');
    EXPECT_TRUE(refusedMentioning(validate(need), {QString::number(MaxNeedTextLength)}));
}

TEST(NeedValidation, RefusesAPriorityOutOfRange)
{
    for (int priority : {0, 4}) {
        Need need = validNeed();
        need.priority = static_cast<NeedPriority>(priority);
        EXPECT_TRUE(refusedMentioning(validate(need), {u"priority"_s}));
    }
}

TEST(NeedValidation, AResolvedNeedNeedsTheDateItWasResolved)
{
    Need need = validNeed();
    need.status = NeedStatus::Resolved;
    EXPECT_TRUE(refusedMentioning(validate(need), {u"resolved"_s}));
    need.resolvedUtc = QDateTime(QDate(2026, 4, 1), QTime(10, 0), QTimeZone::utc());
    EXPECT_TRUE(succeeded(validate(need)));
}

TEST(NeedValidation, OnlyAResolvedNeedCarriesTheDateItWasResolved)
{
    for (NeedStatus status : {NeedStatus::Open, NeedStatus::TalkingAboutIt}) {
        Need need = validNeed();
        need.status = status;
        need.resolvedUtc = QDateTime(QDate(2026, 4, 1), QTime(10, 0), QTimeZone::utc());
        EXPECT_TRUE(refusedMentioning(validate(need), {u"not resolved"_s}));
    }
}

TEST(NeedValidation, LimitsTheResolutionNote)
{
    Need need = validNeed();
    need.status = NeedStatus::Resolved;
    need.resolvedUtc = QDateTime(QDate(2026, 4, 1), QTime(10, 0), QTimeZone::utc());
    need.resolutionNote = QString(MaxResolutionNoteLength, u'n');
    EXPECT_TRUE(succeeded(validate(need)));
    need.resolutionNote.append(u'n');
    EXPECT_TRUE(refusedMentioning(validate(need), {u"note"_s, QString::number(MaxResolutionNoteLength)}));
}

TEST(NeedNames, EveryStatusAndPriorityHasItsOwnName)
{
    EXPECT_EQ(needStatusName(NeedStatus::Open), u"Open"_s);
    EXPECT_EQ(needStatusName(NeedStatus::TalkingAboutIt), u"Talking about it"_s);
    EXPECT_EQ(needStatusName(NeedStatus::Resolved), u"Resolved"_s);
    EXPECT_EQ(needPriorityName(NeedPriority::High), u"High"_s);
    EXPECT_EQ(needPriorityName(NeedPriority::Medium), u"Medium"_s);
    EXPECT_EQ(needPriorityName(NeedPriority::Low), u"Low"_s);
    EXPECT_EQ(std::size(AllNeedStatuses), 3u);
    EXPECT_EQ(std::size(AllNeedPriorities), 3u);
    EXPECT_EQ(AllNeedPriorities[0], NeedPriority::High) << "the most pressing first";
}

} // namespace
} // namespace tend
