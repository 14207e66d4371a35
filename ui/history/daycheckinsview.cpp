#include "daycheckinsview.h"

#include "checkinentrytext.h"
#include "colourdot.h"
#include "typography.h"
#include "wrappinglabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace tend {

DayCheckInsView::DayCheckInsView(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_empty(new QLabel(tr("No check-ins on this day."), this)),
      m_entries(new QWidget(this))
{
    m_heading->setObjectName(QStringLiteral("dayHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_empty->setObjectName(QStringLiteral("dayEmpty"));
    styleAsQuiet(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_entries);
    layout->addStretch(1);
    refresh();
}

void DayCheckInsView::setPartners(const std::array<Partner, 2> &partners)
{
    m_partners = partners;
    refresh();
}

// The page passes everything again on each reread; rebuilding the list only on a change keeps
// a reread from building it several times over.
void DayCheckInsView::setCatalogue(const QHash<QUuid, QString> &actNames)
{
    if (actNames == m_actNames)
        return;
    m_actNames = actNames;
    refresh();
}

void DayCheckInsView::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    refresh();
}

void DayCheckInsView::setDay(const QDate &day, const QList<CheckIn> &checkIns)
{
    m_day = day;
    m_checkIns = checkIns;
    std::stable_sort(m_checkIns.begin(), m_checkIns.end(),
                     [](const CheckIn &first, const CheckIn &second) { return first.atUtc < second.atUtc; });
    refresh();
}

void DayCheckInsView::refresh()
{
    m_heading->setText(m_day.isValid() ? QLocale().toString(m_day, tr("dddd d MMMM yyyy")) : QString());
    m_empty->setVisible(m_day.isValid() && m_checkIns.isEmpty());
    // A new list replaces the old one whole: entries added one by one to a shown list would each lay
    // out the whole History page again when Qt shows them.
    QWidget *entries = createEntries(this);
    delete layout()->replaceWidget(m_entries, entries);
    delete m_entries;
    m_entries = entries;
}

QWidget *DayCheckInsView::createEntries(QWidget *parent) const
{
    auto *entries = new QWidget(parent);
    entries->setObjectName(QStringLiteral("dayEntries"));
    auto *layout = new QVBoxLayout(entries);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    const qsizetype listed = std::min<qsizetype>(m_checkIns.size(), MaxListedCheckIns);
    for (qsizetype i = 0; i < listed; ++i)
        layout->addWidget(createEntry(m_checkIns[i], entries));
    if (const qsizetype more = m_checkIns.size() - listed; more > 0) {
        auto *rest = new WrappingLabel(more == 1 ? tr("And one more check-in on this day: the Check-ins page lists it.")
                                          : tr("And %1 more check-ins on this day: the Check-ins page lists them.")
                                                .arg(more),
                                entries);
        rest->setObjectName(QStringLiteral("dayMoreCheckIns"));
        styleAsQuiet(rest);
        layout->addWidget(rest);
    }
    return entries;
}

QWidget *DayCheckInsView::createEntry(const CheckIn &checkIn, QWidget *parent) const
{
    auto *entry = new QWidget(parent);
    entry->setObjectName(QStringLiteral("dayCheckIn"));
    const Partner *partner = partnerOf(checkIn);

    auto *dot = new QLabel(entry);
    if (partner)
        dot->setPixmap(colourDot(partner->colour).pixmap(12, 12));
    const QString who = partner ? partner->name : tr("Someone else");
    auto *headline = new QLabel(tr("%1 · %2").arg(who, checkInWhenText(checkIn, m_zone)), entry);
    headline->setObjectName(QStringLiteral("dayCheckInHeadline"));
    headline->setTextFormat(Qt::PlainText);
    QFont headlineFont = headline->font();
    headlineFont.setBold(true);
    headline->setFont(headlineFont);

    QStringList lines{checkInScalesText(checkIn)};
    const QString acts = checkInActsText(checkIn, m_actNames);
    if (!acts.isEmpty())
        lines.append(acts);
    if (!checkIn.note.trimmed().isEmpty())
        lines.append(tr("Note: %1").arg(checkIn.note.trimmed()));
    auto *details = new WrappingLabel(lines.join(QLatin1Char('\n')), entry);
    details->setObjectName(QStringLiteral("dayCheckInDetails"));
    details->setTextFormat(Qt::PlainText);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(headline);
    text->addWidget(details);
    auto *layout = new QHBoxLayout(entry);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(dot, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return entry;
}

const Partner *DayCheckInsView::partnerOf(const CheckIn &checkIn) const
{
    for (const Partner &partner : m_partners) {
        if (!partner.id.isNull() && partner.id == checkIn.partnerId)
            return &partner;
    }
    return nullptr;
}

} // namespace tend
