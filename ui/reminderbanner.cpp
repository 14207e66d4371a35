#include "reminderbanner.h"

#include "theme.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tend {

ReminderBanner::ReminderBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_checkIn(new QPushButton(tr("Check in now"), this)),
      m_snooze(new QPushButton(tr("Snooze 1 h"), this)), m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("reminderBanner"));
    setAccessibleName(tr("Reminder"));
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, theme::Selection);
    setPalette(colours);
    m_text->setObjectName(QStringLiteral("reminderBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_checkIn->setObjectName(QStringLiteral("bannerCheckInButton"));
    m_snooze->setObjectName(QStringLiteral("bannerSnoozeButton"));
    m_dismiss->setObjectName(QStringLiteral("bannerDismissButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(28, 10, 28, 10);
    layout->setSpacing(10);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_checkIn);
    layout->addWidget(m_snooze);
    layout->addWidget(m_dismiss);

    connect(m_checkIn, &QPushButton::clicked, this, [this] {
        hide();
        emit checkInRequested();
    });
    connect(m_snooze, &QPushButton::clicked, this, [this] {
        hide();
        emit snoozeRequested(m_reminder);
    });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ReminderBanner::showReminder(const Reminder &reminder, const ReminderMessage &message)
{
    m_reminder = reminder;
    m_text->setText(message.body.isEmpty() ? message.summary : message.summary + u'\n' + message.body);
    m_checkIn->setVisible(reminder.kind == ReminderKind::CheckIn);
    m_snooze->setVisible(!reminder.id.isNull()); // a test reminder has nothing to snooze
    show();
    // Screen readers announce it, without taking the keyboard from whatever is being typed.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

} // namespace tend
