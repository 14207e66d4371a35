#include "reviewquestions.h"

#include "reviewwords.h"
#include "texts.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tend {

namespace {

// Weights say how much there is to talk about, so that the strongest facts are asked first.
struct Candidate
{
    ReviewQuestion question;
    double weight = 0;
};

// Averages carry rounding noise; a change of exactly 0.5 must still count.
constexpr double Tolerance = 1e-9;
// A run of days both checked in worth mentioning.
constexpr int NotableRun = 3;

class QuestionWriter
{
public:
    QuestionWriter(const ReviewDigest &digest, const std::array<Partner, 2> &partners,
                   const QHash<QUuid, QString> &actNames)
        : m_digest(digest), m_partners(partners), m_actNames(actNames)
    {
    }

    QList<Candidate> fromData() const
    {
        QList<Candidate> candidates;
        const auto add = [&candidates](std::optional<Candidate> candidate) {
            if (candidate)
                candidates.append(std::move(*candidate));
        };
        add(divergentDay());
        add(wishedNotReceived());
        add(change(0));
        add(change(1));
        add(needResolved());
        add(needNotYetDiscussed());
        add(weeklyNeed());
        add(unevenCheckIns());
        add(bothCheckedInRun());
        return candidates;
    }

    QList<ReviewQuestion> fillers() const { return {checkIns(), needs(), lookingBack()}; }

private:
    QString name(size_t place) const { return m_partners[place].name; }
    qint64 days() const { return m_digest.period.days(); }

    QDate localDay(const QDateTime &at) const { return at.toTimeZone(m_digest.zone).date(); }

    QString actName(const QUuid &act) const
    {
        const auto found = m_actNames.constFind(act);
        return found != m_actNames.cend() ? quotedText(*found) : ReviewText::tr("an aftercare act");
    }

    QString raisedBy(const Need &need) const
    {
        for (const Partner &partner : m_partners) {
            if (!partner.id.isNull() && partner.id == need.raisedBy)
                return partner.name;
        }
        return ReviewText::tr("one of you");
    }

    std::optional<Candidate> divergentDay() const
    {
        const QList<DivergentDay> &days = m_digest.divergentDays;
        if (days.isEmpty())
            return std::nullopt;
        // The widest gap; among equals the latest day, the one most likely remembered.
        const DivergentDay *widest = &days.first();
        for (const DivergentDay &day : days) {
            if (std::abs(day.closeness[0] - day.closeness[1]) + Tolerance >= std::abs(widest->closeness[0] - widest->closeness[1]))
                widest = &day;
        }
        const size_t closer = widest->closeness[0] >= widest->closeness[1] ? 0 : 1;
        const size_t other = 1 - closer;
        const double gap = std::abs(widest->closeness[0] - widest->closeness[1]);
        ReviewQuestion question{
            ReviewQuestionKind::DivergentDay,
            ReviewText::tr("On %1, %2 felt close (%3) and %4 less so (%5). What was that day like for each of you?")
                .arg(longDayText(widest->day), name(closer), dayValueText(widest->closeness[closer]), name(other),
                     dayValueText(widest->closeness[other])),
            ReviewText::tr("Closeness on %1: %2 %3, %4 %5")
                .arg(shortDayText(widest->day), name(0), dayValueText(widest->closeness[0]), name(1),
                     dayValueText(widest->closeness[1]))};
        return Candidate{question, 2 + gap};
    }

    std::optional<Candidate> wishedNotReceived() const
    {
        std::optional<size_t> place;
        for (size_t candidate = 0; candidate < 2; ++candidate) {
            const QList<ActBalance> &missed = m_digest.wishedNotReceived[candidate];
            if (!missed.isEmpty()
                && (!place || missed.first().wishedNotReceived > m_digest.wishedNotReceived[*place].first().wishedNotReceived))
                place = candidate;
        }
        if (!place)
            return std::nullopt;
        const ActBalance &act = m_digest.wishedNotReceived[*place].first();
        ReviewQuestion question{
            ReviewQuestionKind::WishedNotReceived,
            ReviewText::tr("%1 wished for %2 %3 without receiving it. What would make it easier to offer?")
                .arg(name(*place), actName(act.actId), timesText(act.wishedNotReceived)),
            ReviewText::tr("%1: %2 wished for %3, not received %4")
                .arg(name(*place), actName(act.actId), timesText(act.wished), timesText(act.wishedNotReceived))};
        return Candidate{question, 1.0 + act.wishedNotReceived};
    }

    // The feeling of one partner that moved most, when it moved by NotableChange or more.
    std::optional<Candidate> change(size_t place) const
    {
        const PeriodSummary &summary = m_digest.summaries[place];
        std::optional<Feeling> largest;
        double largestChange = 0;
        for (Feeling feeling : AllFeelings) {
            const std::optional<double> moved = changeOf(summary.change, feeling);
            if (moved && std::abs(*moved) + Tolerance >= NotableChange && std::abs(*moved) > std::abs(largestChange) + Tolerance) {
                largest = feeling;
                largestChange = *moved;
            }
        }
        if (!largest)
            return std::nullopt;
        const double now = averageOf(summary.current, *largest).value_or(0);
        const double before = averageOf(summary.previous, *largest).value_or(0);
        const QString basis = (largestChange > 0 ? ReviewText::tr("%1's %2: %3, up from %4")
                                                 : ReviewText::tr("%1's %2: %3, down from %4"))
                                  .arg(name(place), feelingWord(*largest), averageText(now), averageText(before));
        return Candidate{{ReviewQuestionKind::Change, changeText(place, *largest, largestChange), basis},
                         4 * std::abs(largestChange)};
    }

    QString changeText(size_t place, Feeling feeling, double change) const
    {
        const QString before = daysBeforeText(days());
        if (isEasing(feeling, change)) {
            switch (feeling) {
            case Feeling::Mood:
                return ReviewText::tr("%1's mood was brighter than in %2. What helped?").arg(name(place), before);
            case Feeling::Stress:
                return ReviewText::tr("%1's stress eased compared with %2. What helped?").arg(name(place), before);
            case Feeling::Closeness:
                return ReviewText::tr("%1 felt closer than in %2. What helped?").arg(name(place), before);
            case Feeling::FeltCaredFor:
                return ReviewText::tr("%1 felt more cared for than in %2. What made the difference?").arg(name(place), before);
            }
        }
        switch (feeling) {
        case Feeling::Mood:
            return ReviewText::tr("%1's mood was lower than in %2. What has been weighing on you, %1?").arg(name(place), before);
        case Feeling::Stress:
            return ReviewText::tr("%1's stress was higher than in %2. What has been weighing on you, %1?").arg(name(place), before);
        case Feeling::Closeness:
            return ReviewText::tr("%1 felt less close than in %2. What would help you feel closer again?").arg(name(place), before);
        case Feeling::FeltCaredFor:
            return ReviewText::tr("%1 felt less cared for than in %2. What kind of care would feel good now?").arg(name(place), before);
        }
        return {};
    }

    std::optional<Candidate> needResolved() const
    {
        if (m_digest.needs.resolved.isEmpty())
            return std::nullopt;
        const Need &need = m_digest.needs.resolved.last(); // the latest
        ReviewQuestion question{ReviewQuestionKind::NeedResolved,
                                ReviewText::tr("You resolved %1. What made the difference?").arg(quotedText(need.text)),
                                ReviewText::tr("Raised by %1, resolved on %2")
                                    .arg(raisedBy(need), shortDayText(localDay(need.resolvedUtc)))};
        return Candidate{question, 3};
    }

    // Of the needs raised in the period and still waiting to be talked about, the most pressing.
    const Need *waitingNeed() const
    {
        const Need *waiting = nullptr;
        for (const Need &need : m_digest.needs.raised) {
            if (need.status != NeedStatus::Open || need.discussedUtc.isValid() || isWeeklyNeed(need))
                continue;
            if (!waiting || need.priority > waiting->priority)
                waiting = &need; // raised is in time order, so the first of equals waited longest
        }
        return waiting;
    }

    std::optional<Candidate> needNotYetDiscussed() const
    {
        const Need *need = waitingNeed();
        if (!need)
            return std::nullopt;
        ReviewQuestion question{ReviewQuestionKind::NeedNotYetDiscussed,
                                ReviewText::tr("%1 raised %2 and you have not talked about it yet. Would now be a good time?")
                                    .arg(raisedBy(*need), quotedText(need->text)),
                                ReviewText::tr("Raised by %1 on %2, still open")
                                    .arg(raisedBy(*need), shortDayText(localDay(need->createdUtc)))};
        return Candidate{question, need->priority == NeedPriority::High ? 3.5 : 3.0};
    }

    bool isWeeklyNeed(const Need &need) const
    {
        return m_digest.weeklyNeed && m_digest.weeklyNeed->id == need.id && !need.id.isNull();
    }

    std::optional<Candidate> weeklyNeed() const
    {
        const std::optional<Need> &need = m_digest.weeklyNeed;
        if (!need || need->status == NeedStatus::Resolved)
            return std::nullopt;
        ReviewQuestion question{ReviewQuestionKind::WeeklyNeed,
                                ReviewText::tr("This week's need is %1. What would one small step look like?")
                                    .arg(quotedText(need->text)),
                                ReviewText::tr("This week's need, raised by %1").arg(raisedBy(*need))};
        return Candidate{question, 2.5};
    }

    // One partner checked in much less than the other, or not at all.
    std::optional<Candidate> unevenCheckIns() const
    {
        const auto &counts = m_digest.checkInCounts;
        const size_t fewer = counts[0] <= counts[1] ? 0 : 1;
        const size_t more = 1 - fewer;
        const int least = counts[fewer];
        const int most = counts[more];
        const bool uneven = least == 0 ? most >= 2 : most >= 2 * least && most - least >= 3;
        if (!uneven)
            return std::nullopt;
        const QString text =
            least == 0
                ? ReviewText::tr("%1 checked in %2 and %3 not at all. Is checking in working for both of you?")
                      .arg(name(more), timesText(most), name(fewer))
                : ReviewText::tr("%1 checked in %2, %3 %4. Is checking in working for both of you?")
                      .arg(name(fewer), timesText(least), name(more), timesText(most));
        return Candidate{{ReviewQuestionKind::UnevenCheckIns, text, checkInCountsBasis()}, least == 0 ? 3.5 : 3.0};
    }

    QString checkInCountsBasis() const
    {
        return ReviewText::tr("Check-ins from %1: %2 %3, %4 %5")
            .arg(periodText(m_digest.period), name(0), QLocale().toString(m_digest.checkInCounts[0]), name(1),
                 QLocale().toString(m_digest.checkInCounts[1]));
    }

    std::optional<Candidate> bothCheckedInRun() const
    {
        const int run = m_digest.longestRunBothCheckedIn;
        if (run < NotableRun)
            return std::nullopt;
        ReviewQuestion question{
            ReviewQuestionKind::BothCheckedInRun,
            ReviewText::tr("You both checked in on %1 days in a row. What made it easy to find the moment?")
                .arg(QLocale().toString(run)),
            ReviewText::tr("Longest run of days you both checked in: %1").arg(QLocale().toString(run))};
        return Candidate{question, std::min(1.0 + run / 2.0, 4.0)};
    }

    ReviewQuestion checkIns() const
    {
        const int total = m_digest.checkInCounts[0] + m_digest.checkInCounts[1];
        if (total == 0)
            return {ReviewQuestionKind::CheckIns,
                    ReviewText::tr("No check-ins in this period. What would make checking in easier?"),
                    ReviewText::tr("No check-ins from %1").arg(periodText(m_digest.period))};
        return {ReviewQuestionKind::CheckIns,
                ReviewText::tr("You checked in %1 in %2. What stood out for each of you?")
                    .arg(timesText(total), theseDaysText(days())),
                checkInCountsBasis()};
    }

    ReviewQuestion needs() const
    {
        const NeedActivity &activity = m_digest.needs;
        if (activity.raised.isEmpty())
            return {ReviewQuestionKind::Needs,
                    ReviewText::tr("No new needs came up in %1. Is there something either of you would like to add?")
                        .arg(theseDaysText(days())),
                    ReviewText::tr("No needs raised from %1").arg(periodText(m_digest.period))};
        const QString raised = activity.raised.size() == 1
                                   ? ReviewText::tr("One need was raised in %1.").arg(theseDaysText(days()))
                                   : ReviewText::tr("%1 needs were raised in %2.")
                                         .arg(QLocale().toString(activity.raised.size()), theseDaysText(days()));
        return {ReviewQuestionKind::Needs,
                ReviewText::tr("%1 How do you feel about where things stand?").arg(raised),
                ReviewText::tr("Needs raised: %1, talked about: %2, resolved: %3")
                    .arg(QLocale().toString(activity.raised.size()), QLocale().toString(activity.discussed.size()),
                         QLocale().toString(activity.resolved.size()))};
    }

    ReviewQuestion lookingBack() const
    {
        return {ReviewQuestionKind::LookingBack,
                ReviewText::tr("Looking back on %1, which moment would each of you like to keep?").arg(theseDaysText(days())),
                ReviewText::tr("The period: %1").arg(periodText(m_digest.period))};
    }

    const ReviewDigest &m_digest;
    const std::array<Partner, 2> &m_partners;
    const QHash<QUuid, QString> &m_actNames;
};

// A filler that says again what an asked question already says is left out.
bool repeats(ReviewQuestionKind filler, const QList<ReviewQuestion> &asked)
{
    const auto askedAbout = [&asked](std::initializer_list<ReviewQuestionKind> kinds) {
        return std::any_of(asked.cbegin(), asked.cend(), [kinds](const ReviewQuestion &question) {
            return std::find(kinds.begin(), kinds.end(), question.kind) != kinds.end();
        });
    };
    switch (filler) {
    case ReviewQuestionKind::CheckIns:
        return askedAbout({ReviewQuestionKind::UnevenCheckIns});
    case ReviewQuestionKind::Needs:
        return askedAbout({ReviewQuestionKind::NeedResolved, ReviewQuestionKind::NeedNotYetDiscussed});
    default:
        return false;
    }
}

} // namespace

QList<ReviewQuestion> reviewQuestions(const ReviewDigest &digest, const std::array<Partner, 2> &partners,
                                      const QHash<QUuid, QString> &actNames)
{
    const QuestionWriter writer(digest, partners, actNames);
    QList<Candidate> candidates = writer.fromData();
    // Stable, so equal weights keep the order of the kinds.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.weight > b.weight; });
    QList<ReviewQuestion> questions;
    for (const Candidate &candidate : candidates) {
        if (questions.size() == MaxReviewQuestions)
            break;
        questions.append(candidate.question);
    }
    for (const ReviewQuestion &filler : writer.fillers()) {
        if (questions.size() >= MinReviewQuestions)
            break;
        if (!repeats(filler.kind, questions))
            questions.append(filler);
    }
    return questions;
}

} // namespace tend
