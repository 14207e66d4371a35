#include "reminderdialog.h"

#include "card.h"
#include "clock.h"
#include "reminderlistmodel.h"
#include "reminders/occurrences.h"
#include "reminders/reminderrules.h"
#include "typography.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace tend {

namespace {
constexpr int PreviewCount = 5;
} // namespace

ReminderDialog::ReminderDialog(const Reminder &reminder, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_clock(clock), m_original(reminder)
{
    const bool adding = reminder.id.isNull();
    setObjectName(QStringLiteral("reminderDialog"));
    setWindowTitle(adding ? tr("Add a reminder") : tr("Edit reminder"));

    // Created in reading order, which is also the order Tab walks.
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("reminderFrequency"));
    m_frequency->setAccessibleName(tr("How often"));
    m_frequency->addItem(tr("Daily"), int(Frequency::Daily));
    m_frequency->addItem(tr("Weekly"), int(Frequency::Weekly));
    m_frequency->addItem(tr("Monthly"), int(Frequency::Monthly));
    m_frequency->setCurrentIndex(m_frequency->findData(int(reminder.schedule.frequency)));

    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("reminderTime"));
    m_time->setAccessibleName(tr("Time of day"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(reminder.schedule.time.isValid() ? reminder.schedule.time : QTime(21, 0));

    m_weekdayRow = createWeekdays();

    m_dayRow = new QWidget(this);
    m_dayOfMonth = new QSpinBox(m_dayRow);
    m_dayOfMonth->setObjectName(QStringLiteral("reminderDayOfMonth"));
    m_dayOfMonth->setAccessibleName(tr("Day of the month"));
    m_dayOfMonth->setRange(1, 31);
    m_dayOfMonth->setValue(std::clamp(reminder.schedule.dayOfMonth, 1, 31));
    auto *dayNote = new QLabel(tr("Days 29 to 31: shorter months use their last day."), m_dayRow);
    dayNote->setObjectName(QStringLiteral("reminderDayNote"));
    styleAsQuiet(dayNote);
    m_dayOfMonth->setAccessibleDescription(dayNote->text());
    auto *dayLayout = new QHBoxLayout(m_dayRow);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->setSpacing(10);
    dayLayout->addWidget(m_dayOfMonth);
    dayLayout->addWidget(dayNote, 1);

    auto *textArea = new QWidget(this);
    m_text = new QLineEdit(textArea);
    m_text->setObjectName(QStringLiteral("reminderText"));
    m_text->setAccessibleName(tr("Text shown"));
    m_text->setMaxLength(MaxReminderTextLength);
    m_text->setText(adding && reminder.text.isEmpty() ? discreetText(reminder.kind) : reminder.text);
    auto *hint = new QLabel(tr("Shown on screen, maybe on a shared or locked one, and kept unencrypted so reminders work "
                               "while Tend is locked: keep it discreet."),
                            textArea);
    hint->setObjectName(QStringLiteral("reminderTextHint"));
    styleAsQuiet(hint);
    m_text->setAccessibleDescription(hint->text());
    auto *textLayout = new QVBoxLayout(textArea);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(4);
    textLayout->addWidget(m_text);
    textLayout->addWidget(hint);

    m_enabled = new QCheckBox(tr("&On"), this);
    m_enabled->setObjectName(QStringLiteral("reminderEnabled"));
    m_enabled->setToolTip(tr("Off keeps the reminder here without it coming"));
    m_enabled->setChecked(reminder.enabled);

    m_fields = new QFormLayout;
    m_fields->setHorizontalSpacing(14);
    m_fields->setVerticalSpacing(10);
    m_fields->setLabelAlignment(Qt::AlignLeft);
    m_fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow); // the text widens, times and choices stay compact
    m_fields->addRow(tr("How o&ften:"), m_frequency);
    m_fields->addRow(tr("T&ime:"), m_time);
    m_fields->addRow(tr("Da&ys:"), m_weekdayRow);
    m_fields->addRow(tr("Day of the &month:"), m_dayRow);
    m_fields->addRow(tr("&Text:"), textArea);
    m_fields->addRow(QString(), m_enabled);
    // As wide as the widest label, shown or not, so that the dialog keeps its width as rows come and go.
    int labelWidth = 0;
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        if (QLayoutItem *label = m_fields->itemAt(row, QFormLayout::LabelRole); label && label->widget())
            labelWidth = std::max(labelWidth, label->widget()->sizeHint().width());
    }
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        if (QLayoutItem *label = m_fields->itemAt(row, QFormLayout::LabelRole); label && label->widget())
            label->widget()->setMinimumWidth(labelWidth);
    }
    // The label of the days leads to the first day box, that of the day of the month to its box.
    if (auto *daysLabel = qobject_cast<QLabel *>(m_fields->labelForField(m_weekdayRow)))
        daysLabel->setBuddy(m_weekdays.isEmpty() ? nullptr : m_weekdayRow->focusProxy());
    if (auto *dayLabel = qobject_cast<QLabel *>(m_fields->labelForField(m_dayRow)))
        dayLabel->setBuddy(m_dayOfMonth);
    if (auto *textLabel = qobject_cast<QLabel *>(m_fields->labelForField(textArea)))
        textLabel->setBuddy(m_text);

    auto *previewCard = new Card(this);
    previewCard->setObjectName(QStringLiteral("reminderDialogPreviewCard"));
    auto *previewTitle = new QLabel(tr("Next five times"), previewCard);
    QFont bold = previewTitle->font();
    bold.setBold(true);
    previewTitle->setFont(bold);
    m_summary = new QLabel(previewCard);
    m_summary->setObjectName(QStringLiteral("reminderDialogSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    styleAsQuiet(m_summary);
    m_preview = new QWidget(previewCard);
    m_preview->setObjectName(QStringLiteral("reminderDialogPreview"));
    auto *times = new QVBoxLayout(m_preview);
    times->setContentsMargins(0, 2, 0, 0);
    times->setSpacing(4);
    for (int i = 1; i <= PreviewCount; ++i) {
        auto *time = new QLabel(m_preview);
        time->setObjectName(QStringLiteral("reminderDialogPreviewTime%1").arg(i));
        time->setTextFormat(Qt::PlainText);
        times->addWidget(time);
        m_previewTimes.append(time);
    }
    auto *previewLayout = new QVBoxLayout(previewCard);
    previewLayout->setContentsMargins(18, 12, 18, 14);
    previewLayout->setSpacing(4);
    previewLayout->addWidget(previewTitle);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_preview);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("reminderProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    styleAsProblem(m_problem);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(adding ? tr("&Add") : tr("&Save"));
    m_save->setObjectName(QStringLiteral("reminderSave"));
    m_save->setToolTip(tr("Save the reminder (Enter or Ctrl+Enter)"));
    m_save->setDefault(true);
    styleAsPrimary(m_save);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("reminderCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReminderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReminderDialog::reject);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &ReminderDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->setSizeConstraint(QLayout::SetFixedSize); // shrinks and grows with the fields shown
    layout->addLayout(m_fields);
    layout->addWidget(previewCard);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_frequency, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        updatePreview();
    });
    connect(m_time, &QTimeEdit::timeChanged, this, &ReminderDialog::updatePreview);
    connect(m_dayOfMonth, &QSpinBox::valueChanged, this, &ReminderDialog::updatePreview);
    for (QCheckBox *day : std::as_const(m_weekdays))
        connect(day, &QCheckBox::toggled, this, &ReminderDialog::updatePreview);

    updateFields();
    updatePreview();
    m_frequency->setFocus();
}

QWidget *ReminderDialog::createWeekdays()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), row);
        box->setObjectName(QStringLiteral("reminderWeekday%1").arg(day));
        box->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        box->setChecked(m_original.schedule.frequency == Frequency::Weekly && (m_original.schedule.weekdays & (1 << day)));
        m_weekdays.append(box);
    }
    // Shown, and walked by Tab, from the day the locale starts its week with.
    QWidget *previous = nullptr;
    for (int i = 0; i < 7; ++i) {
        QCheckBox *box = m_weekdays.at((locale.firstDayOfWeek() - 1 + i) % 7);
        layout->addWidget(box);
        if (previous)
            setTabOrder(previous, box);
        else
            row->setFocusProxy(box);
        previous = box;
    }
    layout->addStretch();
    return row;
}

Reminder ReminderDialog::newReminder()
{
    Reminder reminder;
    reminder.kind = ReminderKind::Custom;
    reminder.schedule.frequency = Frequency::Daily;
    reminder.schedule.time = QTime(21, 0);
    reminder.enabled = true;
    reminder.text = discreetText(ReminderKind::Custom);
    return reminder;
}

Reminder ReminderDialog::reminder() const
{
    Reminder reminder = m_original;
    Schedule &schedule = reminder.schedule;
    schedule.frequency = Frequency(m_frequency->currentData().toInt());
    schedule.time = m_time->time();
    schedule.weekdays = 0;
    if (schedule.frequency == Frequency::Weekly) {
        for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
            if (m_weekdays.at(day - 1)->isChecked())
                schedule.weekdays |= 1 << day;
        }
    }
    schedule.dayOfMonth = schedule.frequency == Frequency::Monthly ? m_dayOfMonth->value() : 1;
    reminder.text = m_text->text().trimmed();
    reminder.enabled = m_enabled->isChecked();
    return reminder;
}

void ReminderDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setAccessibleName(message);
    m_problem->show();
}

void ReminderDialog::accept()
{
    const Reminder entered = reminder();
    if (Status valid = validate(entered); !valid) {
        showProblem(valid.error().message);
        // To the field that needs changing.
        if (Status schedule = validate(entered.schedule); !schedule && entered.schedule.frequency == Frequency::Weekly)
            m_weekdayRow->setFocus();
        else if (!schedule)
            m_time->setFocus();
        else
            m_text->setFocus();
        return;
    }
    QDialog::accept();
}

void ReminderDialog::updateFields()
{
    const auto frequency = Frequency(m_frequency->currentData().toInt());
    m_fields->setRowVisible(m_weekdayRow, frequency == Frequency::Weekly);
    m_fields->setRowVisible(m_dayRow, frequency == Frequency::Monthly);
    for (QCheckBox *day : std::as_const(m_weekdays))
        day->setEnabled(frequency == Frequency::Weekly);
    m_dayOfMonth->setEnabled(frequency == Frequency::Monthly);
}

void ReminderDialog::updatePreview()
{
    const Schedule schedule = reminder().schedule;
    QStringList times;
    if (!validate(schedule)) {
        m_summary->setText(tr("The times show here once the schedule is complete."));
    } else {
        m_summary->setText(ReminderListModel::scheduleText(schedule));
        for (const QDateTime &next : nextOccurrences(schedule, m_clock.nowUtc(), m_clock.timeZone(), PreviewCount))
            times.append(ReminderListModel::momentText(next, m_clock));
    }
    for (qsizetype i = 0; i < m_previewTimes.size(); ++i)
        m_previewTimes[i]->setText(times.value(i));
    m_preview->setVisible(!times.isEmpty());
    m_preview->setAccessibleName(tr("Next five times: %1").arg(times.join(QStringLiteral(", "))));
}

} // namespace tend
