#include "model/preference.h"

#include "statusassertions.h"

#include <gtest/gtest.h>

namespace tend {
namespace {

using namespace Qt::StringLiterals;

Preference validPreference()
{
    Preference preference;
    preference.partnerId = QUuid::createUuid();
    preference.actId = QUuid::createUuid();
    preference.rating = Rating::LikeIt;
    preference.timing = Timing::RightAway;
    return preference;
}

TEST(PreferenceValidation, AcceptsAValidPreference)
{
    EXPECT_TRUE(succeeded(validate(validPreference())));
}

TEST(PreferenceValidation, AcceptsANotYetAnsweredPreference)
{
    Preference preference = validPreference();
    preference.rating.reset();
    preference.timing.reset();
    EXPECT_TRUE(succeeded(validate(preference)));
}

TEST(PreferenceValidation, RefusesAPreferenceWithoutPartner)
{
    Preference preference = validPreference();
    preference.partnerId = QUuid();
    EXPECT_TRUE(refusedMentioning(validate(preference), {u"partner"_s}));
}

TEST(PreferenceValidation, RefusesAPreferenceWithoutAct)
{
    Preference preference = validPreference();
    preference.actId = QUuid();
    EXPECT_TRUE(refusedMentioning(validate(preference), {u"act"_s}));
}

TEST(PreferenceValidation, LimitsTheNoteLength)
{
    Preference preference = validPreference();
    preference.note = QString(MaxPreferenceNoteLength, u'n');
    EXPECT_TRUE(succeeded(validate(preference)));
    preference.note = QString(MaxPreferenceNoteLength + 1, u'n');
    EXPECT_TRUE(refusedMentioning(validate(preference), {u"note"_s, QString::number(MaxPreferenceNoteLength)}));
}

} // namespace
} // namespace tend
