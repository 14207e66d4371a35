#include "enumcodes.h"

#include <QLatin1StringView>

#include <array>
#include <utility>

namespace tend::sql {

namespace {

template <typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, text] : table) {
        if (candidate == value)
            return QString::fromLatin1(text);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &code)
{
    for (const auto &[value, text] : table) {
        if (code == QLatin1StringView(text))
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<CareForm, const char *>, 4> CareForms{{
    {CareForm::Talking, "talking"},
    {CareForm::PhysicalComfort, "physical"},
    {CareForm::SharedActivities, "shared"},
    {CareForm::SpaceAndRest, "space"},
}};

constexpr std::array<std::pair<CheckInKind, const char *>, 2> CheckInKinds{{
    {CheckInKind::Daily, "daily"},
    {CheckInKind::AfterIntimacy, "after_intimacy"},
}};

constexpr std::array<std::pair<NeedStatus, const char *>, 3> NeedStatuses{{
    {NeedStatus::Open, "open"},
    {NeedStatus::TalkingAboutIt, "talking"},
    {NeedStatus::Resolved, "resolved"},
}};

constexpr std::array<std::pair<Rating, const char *>, 4> Ratings{{
    {Rating::NeedIt, "need"},
    {Rating::LikeIt, "like"},
    {Rating::Neutral, "neutral"},
    {Rating::NotForMe, "not_for_me"},
}};

constexpr std::array<std::pair<Timing, const char *>, 3> Timings{{
    {Timing::RightAway, "right_away"},
    {Timing::LaterThatDay, "later_that_day"},
    {Timing::NextDay, "next_day"},
}};

constexpr std::array<std::pair<ReminderKind, const char *>, 5> ReminderKinds{{
    {ReminderKind::CheckIn, "check-in"},
    {ReminderKind::WeeklyNeed, "weekly-need"},
    {ReminderKind::Mindfulness, "mindfulness"},
    {ReminderKind::ConsiderSupport, "support"},
    {ReminderKind::Custom, "custom"},
}};

constexpr std::array<std::pair<Frequency, const char *>, 3> Frequencies{{
    {Frequency::Daily, "daily"},
    {Frequency::Weekly, "weekly"},
    {Frequency::Monthly, "monthly"},
}};

constexpr std::array<std::pair<DeliveryWay, const char *>, 4> DeliveryWays{{
    {DeliveryWay::Desktop, "desktop"},
    {DeliveryWay::Tray, "tray"},
    {DeliveryWay::Window, "window"},
    {DeliveryWay::None, "none"},
}};

} // namespace

QString code(CareForm form) { return codeOf(CareForms, form); }
QString code(CheckInKind kind) { return codeOf(CheckInKinds, kind); }
QString code(NeedStatus status) { return codeOf(NeedStatuses, status); }
QString code(Rating rating) { return codeOf(Ratings, rating); }
QString code(Timing timing) { return codeOf(Timings, timing); }
QString code(ReminderKind kind) { return codeOf(ReminderKinds, kind); }
QString code(Frequency frequency) { return codeOf(Frequencies, frequency); }
QString code(DeliveryWay way) { return codeOf(DeliveryWays, way); }

std::optional<CareForm> careFormFromCode(const QString &text) { return valueOf(CareForms, text); }
std::optional<CheckInKind> checkInKindFromCode(const QString &text) { return valueOf(CheckInKinds, text); }
std::optional<NeedStatus> needStatusFromCode(const QString &text) { return valueOf(NeedStatuses, text); }
std::optional<Rating> ratingFromCode(const QString &text) { return valueOf(Ratings, text); }
std::optional<Timing> timingFromCode(const QString &text) { return valueOf(Timings, text); }
std::optional<ReminderKind> reminderKindFromCode(const QString &text) { return valueOf(ReminderKinds, text); }
std::optional<Frequency> frequencyFromCode(const QString &text) { return valueOf(Frequencies, text); }
std::optional<DeliveryWay> deliveryWayFromCode(const QString &text) { return valueOf(DeliveryWays, text); }

} // namespace tend::sql
