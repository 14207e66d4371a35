#include "plandocument.h"

#include "texts.h"

#include <QLocale>

namespace tend {

namespace {

QString quoted(const QString &text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

QStringList notesOf(const PlanItem &item, const OurPlan &plan)
{
    QStringList notes;
    for (int who = 0; who < 2; ++who) {
        if (!item.answers[who].note.isEmpty())
            notes.append(PlanText::tr("%1's note: %2").arg(plan.partners[who].name, quoted(item.answers[who].note)));
    }
    return notes;
}

QString ratingsText(const PlanItem &item, const OurPlan &plan)
{
    return PlanText::tr("%1: %2 · %3: %4")
        .arg(plan.partners[0].name, ratingName(*item.answers[0].rating), plan.partners[1].name,
             ratingName(*item.answers[1].rating));
}

PlanBullet bullet(const PlanItem &item, const QString &text, const OurPlan &plan)
{
    PlanBullet result{item.act.label, text, {}};
    if (!item.suggestion.isEmpty())
        result.details.append(item.suggestion);
    result.details += notesOf(item, plan);
    return result;
}

PlanSection section(const QString &heading, const QString &intro)
{
    return PlanSection{heading, intro, {}};
}

void addIfAny(QList<PlanSection> &sections, const PlanSection &section)
{
    if (!section.bullets.isEmpty())
        sections.append(section);
}

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

} // namespace

PlanDocument describePlan(const OurPlan &plan, const QDate &day)
{
    const QString first = plan.partners[0].name;
    const QString second = plan.partners[1].name;
    PlanDocument document;
    document.title = PlanText::tr("Our aftercare plan");
    document.subtitle = PlanText::tr("%1 and %2 · %3").arg(first, second, QLocale().toString(day, QLocale::LongFormat));
    for (int who = 0; who < 2; ++who) {
        if (plan.unanswered[who] > 0)
            document.notices.append(plan.unanswered[who] == 1
                                        ? PlanText::tr("%1 has one act still to answer.").arg(plan.partners[who].name)
                                        : PlanText::tr("%1 has %2 acts still to answer.")
                                              .arg(plan.partners[who].name)
                                              .arg(plan.unanswered[who]));
    }
    if (plan.isEmpty())
        document.notices.append(PlanText::tr("Nothing to plan with yet: answer a few acts on the Preferences page, "
                                         "and the plan fills in here."));

    PlanSection easy = section(PlanText::tr("Easy wins"), PlanText::tr("What you both need or like."));
    for (const PlanItem &item : plan.easyWins)
        easy.bullets.append(bullet(item, ratingsText(item, plan), plan));
    addIfAny(document.sections, easy);

    PlanSection needed = section(PlanText::tr("Needed by one of you"),
                                 PlanText::tr("One of you needs it and the other does not mind giving it."));
    for (const PlanItem &item : plan.neededByOne)
        needed.bullets.append(bullet(
            item, PlanText::tr("%1 needs it; %2 is neutral.").arg(plan.partners[item.about].name, plan.partners[1 - item.about].name),
            plan));
    addIfAny(document.sections, needed);

    PlanSection differences = section(PlanText::tr("Real differences"),
                                      PlanText::tr("One of you needs what the other would rather not. "
                                               "Neither is wrong; here is one way to bridge it."));
    for (const PlanItem &item : plan.realDifferences)
        differences.bullets.append(bullet(item,
                                          PlanText::tr("%1 needs it; %2 marked it \u201cNot for me\u201d.")
                                              .arg(plan.partners[item.about].name, plan.partners[1 - item.about].name),
                                          plan));
    addIfAny(document.sections, differences);

    PlanSection timing = section(PlanText::tr("Timing"), PlanText::tr("You both want these, at different times."));
    for (const PlanItem &item : plan.timingDifferences)
        timing.bullets.append(PlanBullet{item.act.label, item.suggestion, {}});
    addIfAny(document.sections, timing);

    PlanSection dontOffer = section(PlanText::tr("Please don't offer"), PlanText::tr("Each of you marked these \u201cNot for me\u201d."));
    PlanSection askFirst = section(PlanText::tr("Ask first"), PlanText::tr("Welcome, but only after asking."));
    for (int who = 0; who < 2; ++who) {
        for (const PlanItem &item : plan.notToOffer[who])
            dontOffer.bullets.append(bullet(item, PlanText::tr("Not for %1.").arg(plan.partners[who].name), plan));
        for (const PlanItem &item : plan.askFirst[who])
            askFirst.bullets.append(bullet(item, PlanText::tr("Ask %1 first.").arg(plan.partners[who].name), plan));
    }
    addIfAny(document.sections, dontOffer);
    addIfAny(document.sections, askFirst);

    PlanSection liked = section(PlanText::tr("Nice for one of you"), PlanText::tr("One of you likes it; offer it when it suits."));
    for (const PlanItem &item : plan.likedByOne) {
        const int other = 1 - item.about;
        const QString text = item.answers[other].rating == Rating::NotForMe
                                 ? PlanText::tr("%1 likes it; not for %2.")
                                 : PlanText::tr("%1 likes it; %2 is neutral.");
        liked.bullets.append(bullet(item, text.arg(plan.partners[item.about].name, plan.partners[other].name), plan));
    }
    addIfAny(document.sections, liked);
    return document;
}

QString planAsMarkdown(const PlanDocument &document)
{
    const auto e = markdownEscaped;
    QString markdown = QStringLiteral("# %1\n\n%2\n").arg(e(document.title), e(document.subtitle));
    for (const QString &notice : document.notices)
        markdown += QStringLiteral("\n> %1\n").arg(e(notice));
    for (const PlanSection &section : document.sections) {
        markdown += QStringLiteral("\n## %1\n\n%2\n\n").arg(e(section.heading), e(section.intro));
        for (const PlanBullet &bullet : section.bullets) {
            markdown += QStringLiteral("- **%1** — %2\n").arg(e(bullet.act), e(bullet.text));
            for (const QString &detail : bullet.details)
                markdown += QStringLiteral("  - %1\n").arg(e(detail));
        }
    }
    return markdown;
}

QString planAsHtml(const PlanDocument &document)
{
    const auto escaped = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<h1>%1</h1><p class=\"subtitle\">%2</p>")
                       .arg(escaped(document.title), escaped(document.subtitle));
    for (const QString &notice : document.notices)
        html += QStringLiteral("<p class=\"notice\">%1</p>").arg(escaped(notice));
    for (const PlanSection &section : document.sections) {
        html += QStringLiteral("<h2>%1</h2><p class=\"intro\">%2</p><ul>").arg(escaped(section.heading), escaped(section.intro));
        for (const PlanBullet &bullet : section.bullets) {
            html += QStringLiteral("<li><b>%1</b> — %2").arg(escaped(bullet.act), escaped(bullet.text));
            for (const QString &detail : bullet.details)
                html += QStringLiteral("<br><span class=\"detail\">%1</span>").arg(escaped(detail));
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace tend
