#pragma once

#include "model/reminder.h"
#include "reminders/remindermessage.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace tend {

// A reminder shown at the top of Tend's window, when neither the desktop nor a tray could
// show it: its discreet text, and what can be done about it.
class ReminderBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReminderBanner(QWidget *parent = nullptr);

    void showReminder(const Reminder &reminder, const ReminderMessage &message);
    const Reminder &reminder() const { return m_reminder; }

signals:
    void checkInRequested();
    void snoozeRequested(const Reminder &reminder);

private:
    Reminder m_reminder;
    QLabel *m_text = nullptr;
    QPushButton *m_checkIn = nullptr;
    QPushButton *m_snooze = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace tend
