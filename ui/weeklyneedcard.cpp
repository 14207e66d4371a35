#include "weeklyneedcard.h"

#include "typography.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tend {

WeeklyNeedCard::WeeklyNeedCard(QWidget *parent)
    : Card(parent), m_text(new QLabel(this)), m_detail(new QLabel(this)),
      m_discussed(new QPushButton(tr("Mark &discussed"), this)), m_pick(new QPushButton(tr("&Pick the selected need"), this))
{
    setObjectName(QStringLiteral("weeklyNeedCard"));
    auto *title = new QLabel(tr("This week's need"), this);
    styleAsCardTitle(title);
    m_text->setObjectName(QStringLiteral("weeklyNeedText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_detail->setObjectName(QStringLiteral("weeklyNeedDetail"));
    m_detail->setWordWrap(true);
    styleAsQuiet(m_detail);
    m_discussed->setObjectName(QStringLiteral("markDiscussedButton"));
    m_discussed->setToolTip(tr("You talked about it this week"));
    m_pick->setObjectName(QStringLiteral("pickWeeklyNeedButton"));
    m_pick->setToolTip(tr("Talk about the need selected in the list this week instead"));
    connect(m_discussed, &QPushButton::clicked, this, &WeeklyNeedCard::markDiscussedRequested);
    connect(m_pick, &QPushButton::clicked, this, &WeeklyNeedCard::pickSelectedRequested);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(title);
    text->addWidget(m_text);
    text->addWidget(m_detail);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_discussed);
    buttons->addWidget(m_pick);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(20);
    layout->addLayout(text, 1);
    layout->addLayout(buttons);
}

void WeeklyNeedCard::setWeeklyNeed(const std::optional<WeeklyNeed> &weekly, const QString &raisedByName,
                                   const QDate &discussedOn)
{
    m_discussed->setEnabled(weekly && !weekly->discussedThisWeek);
    if (!weekly) {
        m_text->setText(tr("Nothing waiting to be talked about."));
        m_detail->setText(tr("Needs you add below, and any not discussed in the last two weeks, are suggested here."));
        return;
    }
    m_text->setText(weekly->need.text);
    QStringList detail{tr("Raised by %1").arg(raisedByName),
                       tr("%1 priority").arg(needPriorityName(weekly->need.priority).toLower())};
    if (weekly->discussedThisWeek)
        detail.append(tr("discussed on %1").arg(QLocale().toString(discussedOn, tr("dddd d MMM"))));
    else if (weekly->pickedByCouple)
        detail.append(tr("picked by you for this week"));
    else
        detail.append(tr("suggested: the most pressing, waiting longest"));
    m_detail->setText(detail.join(QStringLiteral(" · ")));
    m_text->setAccessibleName(tr("This week's need: %1").arg(weekly->need.text));
}

void WeeklyNeedCard::setPickEnabled(bool enabled)
{
    m_pick->setEnabled(enabled);
}

} // namespace tend
