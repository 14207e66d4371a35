#include "reviewdocument.h"

#include "reviewwords.h"
#include "texts.h"

#include <QLocale>

#include <cmath>

namespace tend {

namespace {

class ReviewDescriber
{
public:
    ReviewDescriber(const Review &review, const ReviewDigest &digest, const std::array<Partner, 2> &partners,
                    const QHash<QUuid, QString> &actNames, const QTimeZone &zone)
        : m_review(review), m_digest(digest), m_partners(partners), m_actNames(actNames), m_zone(zone)
    {
    }

    ReviewDocument document() const
    {
        ReviewDocument document;
        document.title = ReviewText::tr("Our review \u2014 %1").arg(periodText(m_digest.period));
        const QString couple = ReviewText::tr("%1 and %2").arg(name(0), name(1));
        document.subtitle = m_review.isDone()
                                ? ReviewText::tr("%1 \u00b7 done on %2").arg(couple, fullDayText(localDay(m_review.completedUtc)))
                                : ReviewText::tr("%1 \u00b7 in progress").arg(couple);
        document.sections = {feelings(), divergentDays(), wishedNotReceived(), needs()};
        for (const ReviewSection &section : {answers(), writtenDown(ReviewText::tr("Agreements"), m_review.agreements,
                                                                     ReviewSectionLayout::Bullets),
                                             writtenDown(ReviewText::tr("Notes"), m_review.notes,
                                                         ReviewSectionLayout::Paragraphs)}) {
            if (!section.entries.isEmpty())
                document.sections.append(section);
        }
        return document;
    }

private:
    QString name(size_t place) const { return m_partners[place].name; }
    QDate localDay(const QDateTime &at) const { return at.toTimeZone(m_zone).date(); }
    QString daysBefore() const { return daysBeforeText(m_digest.period.days()); }

    QString raisedBy(const Need &need) const
    {
        for (const Partner &partner : m_partners) {
            if (!partner.id.isNull() && partner.id == need.raisedBy)
                return partner.name;
        }
        return ReviewText::tr("one of you");
    }

    ReviewSection feelings() const
    {
        ReviewSection section{ReviewText::tr("How each of us felt"),
                              ReviewText::tr("Averages on the check-in scales of 1 to 5, next to %1.").arg(daysBefore()),
                              ReviewSectionLayout::Pairs,
                              {},
                              {}};
        for (size_t place = 0; place < 2; ++place)
            section.entries.append(feelingsOf(place));
        return section;
    }

    ReviewEntry feelingsOf(size_t place) const
    {
        const PeriodSummary &summary = m_digest.summaries[place];
        if (summary.current.count == 0) {
            const QString none = summary.previous.count == 0
                                     ? ReviewText::tr("No check-ins in this period.")
                                     : ReviewText::tr("No check-ins in this period (%1 in %2).")
                                           .arg(checkInsText(summary.previous.count), daysBefore());
            return {name(place), {none}};
        }
        ReviewEntry entry{ReviewText::tr("%1 \u00b7 %2").arg(name(place), checkInsText(summary.current.count)), {}};
        for (Feeling feeling : AllFeelings)
            entry.details.append(feelingLine(summary, feeling));
        if (summary.previous.count == 0)
            entry.details.append(ReviewText::tr("No check-ins in %1 to compare with.").arg(daysBefore()));
        return entry;
    }

    QString feelingLine(const PeriodSummary &summary, Feeling feeling) const
    {
        const std::optional<double> now = averageOf(summary.current, feeling);
        if (!now)
            return ReviewText::tr("%1: not answered").arg(feelingName(feeling));
        const QString value = ReviewText::tr("%1 %2").arg(feelingName(feeling), averageText(*now));
        const std::optional<double> before = averageOf(summary.previous, feeling);
        if (!before)
            return summary.previous.count == 0 ? value : ReviewText::tr("%1; not answered in %2").arg(value, daysBefore());
        // Compared as shown, so that the words agree with the numbers a reader sees.
        const double change = std::round(*now * 10) / 10 - std::round(*before * 10) / 10;
        if (std::abs(change) < 0.05)
            return ReviewText::tr("%1, the same as in %2").arg(value, daysBefore());
        return (change > 0 ? ReviewText::tr("%1, up %2 from %3") : ReviewText::tr("%1, down %2 from %3"))
            .arg(value, averageText(std::abs(change)), daysBefore());
    }

    ReviewSection divergentDays() const
    {
        ReviewSection section{ReviewText::tr("Days we felt differently"),
                              ReviewText::tr("Days on which your closeness was %1 or more apart. Not a score: each is a day "
                                             "to ask about. What was it like for each of you?")
                                  .arg(DivergentClosenessGap),
                              ReviewSectionLayout::Bullets,
                              {},
                              ReviewText::tr("There was no day on which you both checked in and your closeness was "
                                             "%1 or more apart.")
                                  .arg(DivergentClosenessGap)};
        const QList<DivergentDay> &days = m_digest.divergentDays;
        for (qsizetype index = 0; index < days.size() && index < MaxListedDivergentDays; ++index) {
            const DivergentDay &day = days.at(index);
            section.entries.append({ReviewText::tr("%1: %2 %3, %4 %5")
                                        .arg(longDayText(day.day), name(0), dayValueText(day.closeness[0]), name(1),
                                             dayValueText(day.closeness[1])),
                                    {}});
        }
        if (days.size() > MaxListedDivergentDays) {
            const qsizetype more = days.size() - MaxListedDivergentDays;
            section.entries.append({more == 1 ? ReviewText::tr("and one more day")
                                              : ReviewText::tr("and %1 more days").arg(QLocale().toString(more)),
                                    {}});
        }
        return section;
    }

    QString actName(const QUuid &act) const
    {
        const auto found = m_actNames.constFind(act);
        return found != m_actNames.cend() ? *found : ReviewText::tr("An aftercare act no longer in the list");
    }

    ReviewSection wishedNotReceived() const
    {
        ReviewSection section{ReviewText::tr("Care wished for but not received"),
                              ReviewText::tr("What each of you wished for most often without receiving it."),
                              ReviewSectionLayout::Pairs,
                              {},
                              {}};
        for (size_t place = 0; place < 2; ++place) {
            ReviewEntry entry{name(place), {}};
            for (const ActBalance &act : m_digest.wishedNotReceived[place])
                entry.details.append(ReviewText::tr("%1 \u2014 wished for %2, not received %3")
                                         .arg(actName(act.actId), timesText(act.wished), timesText(act.wishedNotReceived)));
            if (entry.details.isEmpty())
                entry.details.append(m_digest.checkInCounts[place] == 0 ? ReviewText::tr("No check-ins in this period.")
                                                                        : ReviewText::tr("No wish went unmet."));
            section.entries.append(entry);
        }
        return section;
    }

    ReviewSection needs() const
    {
        ReviewSection section{ReviewText::tr("Needs"), {}, ReviewSectionLayout::Pairs, {},
                              ReviewText::tr("No needs were raised, talked about or resolved in this period.")};
        const NeedActivity &activity = m_digest.needs;
        const auto add = [&section](const QString &heading, const QList<Need> &needs, auto describe) {
            if (needs.isEmpty())
                return;
            ReviewEntry entry{heading.arg(QLocale().toString(needs.size())), {}};
            for (const Need &need : needs)
                entry.details.append(describe(need));
            section.entries.append(entry);
        };
        add(ReviewText::tr("Raised (%1)"), activity.raised, [this](const Need &need) {
            return ReviewText::tr("%1 \u2014 %2, %3").arg(quotedText(need.text), raisedBy(need), shortDayText(localDay(need.createdUtc)));
        });
        add(ReviewText::tr("Talked about (%1)"), activity.discussed, [this](const Need &need) {
            return ReviewText::tr("%1 \u2014 %2").arg(quotedText(need.text), shortDayText(localDay(need.discussedUtc)));
        });
        add(ReviewText::tr("Resolved (%1)"), activity.resolved, [this](const Need &need) {
            const QString resolved =
                ReviewText::tr("%1 \u2014 %2").arg(quotedText(need.text), shortDayText(localDay(need.resolvedUtc)));
            return need.resolutionNote.trimmed().isEmpty() ? resolved
                                                           : ReviewText::tr("%1: %2").arg(resolved, need.resolutionNote.trimmed());
        });
        if (m_digest.weeklyNeed) {
            const Need &need = *m_digest.weeklyNeed;
            section.entries.append({ReviewText::tr("This week's need"),
                                    {ReviewText::tr("%1 \u2014 raised by %2").arg(quotedText(need.text), raisedBy(need))}});
        }
        return section;
    }

    ReviewSection answers() const
    {
        ReviewSection section{ReviewText::tr("Questions we talked about"), {}, ReviewSectionLayout::Pairs, {}, {}};
        for (const ReviewAnswer &answer : m_review.answers) {
            if (!answer.answer.trimmed().isEmpty())
                section.entries.append({answer.question.trimmed(), {answer.answer.trimmed()}});
        }
        return section;
    }

    // What the couple typed, one entry per line they wrote.
    static ReviewSection writtenDown(const QString &heading, const QString &text, ReviewSectionLayout layout)
    {
        ReviewSection section{heading, {}, layout, {}, {}};
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                section.entries.append({line.trimmed(), {}});
        }
        return section;
    }

    const Review &m_review;
    const ReviewDigest &m_digest;
    const std::array<Partner, 2> &m_partners;
    const QHash<QUuid, QString> &m_actNames;
    QTimeZone m_zone;
};

// What people typed is shown as typed, not read as Markdown: "Tea *hot*" stays "Tea *hot*".
QString markdownEscaped(const QString &text)
{
    static const QString Special = QStringLiteral("\\`*_[]<>#|~");
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar character : text) {
        if (Special.contains(character))
            escaped += QLatin1Char('\\');
        escaped += character;
    }
    return escaped;
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ReviewDocument describeReview(const Review &review, const ReviewDigest &digest, const std::array<Partner, 2> &partners,
                              const QHash<QUuid, QString> &actNames, const QTimeZone &zone)
{
    return ReviewDescriber(review, digest, partners, actNames, zone).document();
}

QString reviewAsMarkdown(const ReviewDocument &document)
{
    const auto e = markdownEscaped;
    QString markdown = QStringLiteral("# %1\n\n%2\n").arg(e(document.title), e(document.subtitle));
    for (const ReviewSection &section : document.sections) {
        markdown += QStringLiteral("\n## %1\n\n").arg(e(section.heading));
        if (!section.intro.isEmpty())
            markdown += QStringLiteral("%1\n\n").arg(e(section.intro));
        if (section.entries.isEmpty())
            markdown += QStringLiteral("%1\n").arg(e(section.emptyText));
        for (const ReviewEntry &entry : section.entries) {
            switch (section.layout) {
            case ReviewSectionLayout::Bullets:
                markdown += QStringLiteral("- %1\n").arg(e(entry.text));
                for (const QString &detail : entry.details)
                    markdown += QStringLiteral("  - %1\n").arg(e(detail));
                break;
            case ReviewSectionLayout::Pairs:
                markdown += QStringLiteral("**%1**\n\n").arg(e(entry.text));
                for (const QString &detail : entry.details)
                    markdown += QStringLiteral("- %1\n").arg(e(detail));
                markdown += QLatin1Char('\n');
                break;
            case ReviewSectionLayout::Paragraphs:
                markdown += QStringLiteral("%1\n\n").arg(e(entry.text));
                break;
            }
        }
    }
    return markdown;
}

QString reviewSectionBodyAsHtml(const ReviewSection &section)
{
    const auto e = htmlEscaped;
    QString html;
    if (!section.intro.isEmpty())
        html += QStringLiteral("<p class=\"intro\">%1</p>").arg(e(section.intro));
    if (section.entries.isEmpty())
        return html + QStringLiteral("<p class=\"empty\">%1</p>").arg(e(section.emptyText));
    switch (section.layout) {
    case ReviewSectionLayout::Bullets:
        html += QStringLiteral("<ul>");
        for (const ReviewEntry &entry : section.entries) {
            html += QStringLiteral("<li>%1").arg(e(entry.text));
            for (const QString &detail : entry.details)
                html += QStringLiteral("<br><span class=\"detail\">%1</span>").arg(e(detail));
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
        break;
    case ReviewSectionLayout::Pairs:
        for (const ReviewEntry &entry : section.entries) {
            html += QStringLiteral("<p class=\"pair\"><b>%1</b></p>").arg(e(entry.text));
            for (const QString &detail : entry.details)
                html += QStringLiteral("<p class=\"pairdetail\">%1</p>").arg(e(detail));
        }
        break;
    case ReviewSectionLayout::Paragraphs:
        for (const ReviewEntry &entry : section.entries)
            html += QStringLiteral("<p class=\"written\">%1</p>").arg(e(entry.text));
        break;
    }
    return html;
}

QString reviewAsHtml(const ReviewDocument &document)
{
    const auto e = htmlEscaped;
    QString html = QStringLiteral("<h1>%1</h1><p class=\"subtitle\">%2</p>").arg(e(document.title), e(document.subtitle));
    for (const ReviewSection &section : document.sections)
        html += QStringLiteral("<h2>%1</h2>").arg(e(section.heading)) + reviewSectionBodyAsHtml(section);
    return html;
}

} // namespace tend
