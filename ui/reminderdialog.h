#pragma once

#include "model/reminder.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace tend {

class Clock;

// Adds or edits one reminder: how often, at what time, on which days, with which words. Only
// the fields the chosen frequency needs are shown, and the next five times it would come are
// shown as they change. An entry that cannot be saved keeps the dialog open, as typed.
class ReminderDialog : public QDialog
{
    Q_OBJECT

public:
    // A reminder without an id is a new one.
    ReminderDialog(const Reminder &reminder, const Clock &clock, QWidget *parent = nullptr);

    // What a new reminder starts as: daily at 21:00, on, in discreet words.
    static Reminder newReminder();

    // The reminder as entered, with everything the dialog does not show kept as it was.
    Reminder reminder() const;
    // Shows why the reminder could not be saved; the dialog stays as typed.
    void showProblem(const QString &message);
    void accept() override;

private:
    QWidget *createWeekdays();
    void updateFields();
    void updatePreview();

    const Clock &m_clock;
    Reminder m_original;
    QFormLayout *m_fields = nullptr;
    QComboBox *m_frequency = nullptr;
    QTimeEdit *m_time = nullptr;
    QWidget *m_weekdayRow = nullptr;
    QList<QCheckBox *> m_weekdays; // Monday first, as Qt::DayOfWeek counts
    QWidget *m_dayRow = nullptr;
    QSpinBox *m_dayOfMonth = nullptr;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_preview = nullptr;
    QList<QLabel *> m_previewTimes;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace tend
