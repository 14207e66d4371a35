#include "streaksummary.h"

#include "colourdot.h"
#include "typography.h"

#include <QHBoxLayout>
#include <QLabel>

namespace tend {

QString streakText(const Streak &streak)
{
    const QString longest = streak.longest == 1 ? StreakSummary::tr("longest 1 day")
                                                : StreakSummary::tr("longest %1 days").arg(streak.longest);
    if (streak.current == 0)
        return streak.longest == 0 ? StreakSummary::tr("no check-ins yet")
                                   : StreakSummary::tr("not at the moment · %1").arg(longest);
    const QString current = streak.current == 1 ? StreakSummary::tr("1 day in a row")
                                                : StreakSummary::tr("%1 days in a row").arg(streak.current);
    return current + QStringLiteral(" · ") + longest;
}

StreakSummary::StreakSummary(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const QStringList names{QStringLiteral("streakFirst"), QStringLiteral("streakSecond"), QStringLiteral("streakBoth")};
    for (size_t place = 0; place < m_texts.size(); ++place) {
        if (place < m_partnerDots.size()) {
            m_partnerDots[place] = new QLabel(this);
            layout->addWidget(m_partnerDots[place]);
        }
        m_texts[place] = new QLabel(this);
        m_texts[place]->setObjectName(names[int(place)]);
        layout->addWidget(m_texts[place]);
        if (place + 1 < m_texts.size())
            layout->addSpacing(18);
    }
    layout->addStretch(1);
    refresh();
}

void StreakSummary::setPartners(const std::array<Partner, 2> &partners)
{
    m_partners = partners;
    refresh();
}

void StreakSummary::setStreaks(const CheckInStreaks &streaks)
{
    m_streaks = streaks;
    refresh();
}

void StreakSummary::refresh()
{
    for (size_t place = 0; place < m_partners.size(); ++place) {
        m_partnerDots[place]->setPixmap(colourDot(m_partners[place].colour).pixmap(12, 12));
        m_texts[place]->setText(tr("%1: %2").arg(m_partners[place].name, streakText(m_streaks.partner[place])));
    }
    m_texts[2]->setText(tr("Both of you: %1").arg(streakText(m_streaks.both)));
}

} // namespace tend
