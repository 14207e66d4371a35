#pragma once

#include "ourplan.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace tend {

// "Our plan" as words: what the Our plan page shows and what the exports write.
struct PlanBullet
{
    QString act;          // the act's name
    QString text;         // who wants what
    QStringList details;  // suggestions and the partners' own notes
};

struct PlanSection
{
    QString heading;
    QString intro;
    QList<PlanBullet> bullets;
};

struct PlanDocument
{
    QString title;
    QString subtitle;
    QStringList notices; // e.g. answers still missing
    QList<PlanSection> sections;
};

PlanDocument describePlan(const OurPlan &plan, const QDate &day);

QString planAsMarkdown(const PlanDocument &document);
// Self-contained HTML (Qt's rich-text subset), for the page and for the PDF.
QString planAsHtml(const PlanDocument &document);

} // namespace tend
