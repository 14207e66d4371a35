#include "reminderspage.h"

#include "card.h"
#include "clock.h"
#include "reminderdialog.h"
#include "reminderlistmodel.h"
#include "reminders/reminderstore.h"
#include "rowlistview.h"
#include "theme.h"
#include "typography.h"

#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace tend {

namespace {

constexpr int PreviewCount = 5;

QVBoxLayout *cardLayout(Card *card)
{
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(24, 16, 24, 18);
    layout->setSpacing(8);
    return layout;
}

QLabel *cardTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    styleAsCardTitle(title);
    return title;
}

QLabel *smallHeading(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

} // namespace

RemindersPage::RemindersPage(ReminderStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new ReminderListModel(store.clock(), this))
{
    setObjectName(QStringLiteral("remindersPage"));
    auto *heading = new QLabel(tr("Reminders"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    styleAsPageHeading(heading);
    auto *intro = new QLabel(tr("A gentle nudge at the times you choose, in words that are fine for anyone to see. "
                                "Switch off whatever you do not need."),
                             this);
    intro->setWordWrap(true);
    styleAsQuiet(intro);

    auto *settings = new QVBoxLayout;
    settings->setSpacing(14);
    settings->addWidget(createDeliveryCard());
    settings->addWidget(createBackgroundCard(), 1);
    auto *cards = new QHBoxLayout;
    cards->setSpacing(14);
    cards->addWidget(createPreviewCard(), 4);
    cards->addLayout(settings, 5);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(createListCard(), 1);
    layout->addLayout(cards);

    connect(m_model, &ReminderListModel::enabledChangeRequested, this, &RemindersPage::setReminderEnabled);
    connect(&m_store, &ReminderStore::changed, this, &RemindersPage::reload);

    // "Next" moves on with the clock, and `tend --remind` may have delivered one meanwhile: while
    // shown, the page reads the reminders again each minute (four or five rows).
    auto *minute = new QTimer(this);
    minute->setObjectName(QStringLiteral("remindersRefreshTimer"));
    minute->setInterval(60 * 1000);
    connect(minute, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    minute->start();

    showBackgroundMode();
    updateActions();
    updatePreview();
}

QWidget *RemindersPage::createListCard()
{
    auto *card = new Card(this);
    card->setObjectName(QStringLiteral("remindersListCard"));

    m_list = new RowListView(card);
    m_list->setObjectName(QStringLiteral("remindersList"));
    m_list->setAccessibleName(tr("Reminders"));
    m_list->setAccessibleDescription(tr("Space turns the selected reminder on or off; Enter edits it."));
    m_list->setModel(m_model);
    // The plain delegate draws text only; the switch column gets the style's check box.
    m_list->setItemDelegateForColumn(ReminderListModel::On, new QStyledItemDelegate(m_list));
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 14);
    QHeaderView *header = m_list->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReminderListModel::What, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);

    connect(m_list->addKeyAction(tr("Turn the reminder on or off"), {QKeySequence(Qt::Key_Space)}), &QAction::triggered,
            this, &RemindersPage::toggleSelected);
    connect(m_list->addKeyAction(tr("Edit the reminder"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}),
            &QAction::triggered, this, &RemindersPage::editSelected);
    connect(m_list->addKeyAction(tr("Delete the reminder"), {QKeySequence::Delete}), &QAction::triggered, this,
            &RemindersPage::deleteSelected);
    connect(m_list, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != ReminderListModel::On)
            editSelected();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updatePreview();
    });

    const auto button = [card](const QString &text, const QString &name, const QString &tip) {
        auto *created = new QPushButton(text, card);
        created->setObjectName(name);
        created->setToolTip(tip);
        return created;
    };
    m_add = button(tr("&Add…"), QStringLiteral("addReminderButton"), tr("Add a reminder of your own"));
    m_edit = button(tr("E&dit…"), QStringLiteral("editReminderButton"), tr("Change the selected reminder (Enter)"));
    m_toggle = button(tr("T&urn off"), QStringLiteral("toggleReminderButton"),
                      tr("Turn the selected reminder on or off (Space)"));
    m_skip = button(tr("S&kip next"), QStringLiteral("skipReminderButton"),
                    tr("Let the selected reminder's next time pass quietly, e.g. not tonight"));
    m_delete = button(tr("De&lete"), QStringLiteral("deleteReminderButton"), tr("Delete the selected reminder (Delete)"));
    connect(m_add, &QPushButton::clicked, this, &RemindersPage::addReminder);
    connect(m_edit, &QPushButton::clicked, this, &RemindersPage::editSelected);
    connect(m_toggle, &QPushButton::clicked, this, &RemindersPage::toggleSelected);
    connect(m_skip, &QPushButton::clicked, this, &RemindersPage::skipSelected);
    connect(m_delete, &QPushButton::clicked, this, &RemindersPage::deleteSelected);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *each : {m_add, m_edit, m_toggle, m_skip})
        buttons->addWidget(each);
    buttons->addStretch();
    buttons->addWidget(m_delete);

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(12);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    return card;
}

QWidget *RemindersPage::createPreviewCard()
{
    auto *card = new Card(this);
    card->setObjectName(QStringLiteral("reminderPreviewCard"));
    m_previewTitle = cardTitle(tr("Next five times"), card);
    m_previewNote = new QLabel(card);
    m_previewNote->setObjectName(QStringLiteral("reminderPreviewNote"));
    m_previewNote->setTextFormat(Qt::PlainText);
    m_previewNote->setWordWrap(true);
    styleAsQuiet(m_previewNote);
    // One label a time, with room between them: five times in a block read as a wall of digits.
    m_preview = new QWidget(card);
    m_preview->setObjectName(QStringLiteral("reminderPreview"));
    auto *times = new QVBoxLayout(m_preview);
    times->setContentsMargins(0, 2, 0, 2);
    times->setSpacing(5);
    for (int i = 1; i <= PreviewCount; ++i) {
        auto *time = new QLabel(m_preview);
        time->setObjectName(QStringLiteral("reminderPreviewTime%1").arg(i));
        time->setTextFormat(Qt::PlainText);
        times->addWidget(time);
        m_previewTimes.append(time);
    }
    m_lastDelivered = new QLabel(card);
    m_lastDelivered->setObjectName(QStringLiteral("reminderLastDelivered"));
    m_lastDelivered->setTextFormat(Qt::PlainText);
    m_lastDelivered->setWordWrap(true);

    QVBoxLayout *layout = cardLayout(card);
    layout->addWidget(m_previewTitle);
    layout->addWidget(m_previewNote);
    layout->addWidget(m_preview);
    layout->addSpacing(10);
    layout->addWidget(smallHeading(tr("Last delivered"), card));
    layout->addWidget(m_lastDelivered);
    layout->addStretch();
    return card;
}

QWidget *RemindersPage::createDeliveryCard()
{
    auto *card = new Card(this);
    card->setObjectName(QStringLiteral("deliveryCard"));
    m_deliveryStatus = new QLabel(tr("Reminders come as desktop notifications where this computer shows them."), card);
    m_deliveryStatus->setObjectName(QStringLiteral("deliveryStatus"));
    m_deliveryStatus->setTextFormat(Qt::PlainText);
    m_deliveryStatus->setWordWrap(true);
    m_test = new QPushButton(tr("Send a &test reminder"), card);
    m_test->setObjectName(QStringLiteral("testReminderButton"));
    m_test->setToolTip(tr("Shows a harmless reminder now, the way real ones come"));
    connect(m_test, &QPushButton::clicked, this, &RemindersPage::testReminderRequested);

    auto *row = new QHBoxLayout;
    row->setSpacing(20);
    row->addWidget(m_deliveryStatus, 1);
    row->addWidget(m_test, 0, Qt::AlignTop);
    QVBoxLayout *layout = cardLayout(card);
    layout->addWidget(cardTitle(tr("How reminders reach you"), card));
    layout->addLayout(row);
    return card;
}

QWidget *RemindersPage::createBackgroundCard()
{
    auto *card = new Card(this);
    card->setObjectName(QStringLiteral("backgroundCard"));
    m_backgroundNone = new QRadioButton(tr("Only while Tend is &open"), card);
    m_backgroundNone->setObjectName(QStringLiteral("backgroundNone"));
    m_backgroundTimer = new QRadioButton(tr("Every minute, with a &systemd timer (recommended)"), card);
    m_backgroundTimer->setObjectName(QStringLiteral("backgroundTimer"));
    m_backgroundTimer->setToolTip(tr("systemd runs a short check each minute; nothing stays running"));
    m_backgroundAutostart = new QRadioButton(tr("When I log &in (autostart)"), card);
    m_backgroundAutostart->setObjectName(QStringLiteral("backgroundAutostart"));
    m_backgroundAutostart->setToolTip(tr("A small Tend starts when you log in and waits in the tray"));
    m_background = new QButtonGroup(this);
    m_background->addButton(m_backgroundNone, int(BackgroundMode::None));
    m_background->addButton(m_backgroundTimer, int(BackgroundMode::SystemdTimer));
    m_background->addButton(m_backgroundAutostart, int(BackgroundMode::Autostart));
    m_backgroundNote = new QLabel(card);
    m_backgroundNote->setObjectName(QStringLiteral("backgroundNote"));
    m_backgroundNote->setWordWrap(true);
    styleAsQuiet(m_backgroundNote);

    connect(m_background, &QButtonGroup::idClicked, this, [this](int id) {
        const auto mode = BackgroundMode(id);
        if (mode == m_backgroundMode)
            return;
        emit backgroundModeRequested(mode);
        // Only what the window reports back (setBackgroundMode) is shown: a failed install
        // puts the choice back.
        showBackgroundMode();
    });

    QVBoxLayout *layout = cardLayout(card);
    layout->addWidget(cardTitle(tr("While Tend is closed"), card));
    layout->addWidget(m_backgroundNone);
    layout->addWidget(m_backgroundTimer);
    layout->addWidget(m_backgroundAutostart);
    layout->addWidget(m_backgroundNote);
    layout->addStretch();
    return card;
}

void RemindersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void RemindersPage::reload()
{
    Result<QList<Reminder>> reminders = m_store.reminders();
    Result<QList<ReminderDelivery>> deliveries = m_store.deliveries();
    if (!reminders || !deliveries)
        return; // the store has said why; the list stays as it was
    const std::optional<Reminder> selected = selectedReminder();
    const bool listHadFocus = m_list->hasFocus();
    m_model->setReminders(reminders.value(), deliveries.value());
    if (selected && m_model->rowOf(selected->id) >= 0)
        selectReminder(selected->id);
    else if (m_model->rowCount() > 0)
        m_list->selectRow(0);
    if (listHadFocus)
        m_list->setFocus();
    updateActions();
    updatePreview();
}

void RemindersPage::setDeliveryStatus(const QString &text, bool works)
{
    m_deliveryStatus->setText(text);
    m_deliveryStatus->setProperty("works", works);
    if (works) {
        QFont font = m_deliveryStatus->font();
        font.setBold(false);
        m_deliveryStatus->setFont(font);
        QPalette palette = m_deliveryStatus->palette();
        palette.setColor(QPalette::WindowText, theme::Ink);
        m_deliveryStatus->setPalette(palette);
        m_deliveryStatus->setAccessibleName(text);
    } else {
        styleAsProblem(m_deliveryStatus);
        m_deliveryStatus->setAccessibleName(tr("Warning: %1").arg(text));
    }
}

void RemindersPage::setBackgroundMode(BackgroundMode mode, bool systemdAvailable)
{
    m_backgroundMode = mode;
    m_systemdAvailable = systemdAvailable;
    showBackgroundMode();
}

void RemindersPage::showBackgroundMode()
{
    if (QAbstractButton *current = m_background->button(int(m_backgroundMode)))
        current->setChecked(true);
    // An installed timer stays choosable, so that it can be seen and removed.
    m_backgroundTimer->setEnabled(m_systemdAvailable || m_backgroundMode == BackgroundMode::SystemdTimer);
    m_backgroundNote->setText(tr("The systemd timer needs a systemd user session, which this computer does not run; "
                                 "autostart works without one."));
    m_backgroundNote->setVisible(!m_systemdAvailable);
}

void RemindersPage::updateActions()
{
    const std::optional<Reminder> reminder = selectedReminder();
    m_edit->setEnabled(reminder.has_value());
    m_toggle->setEnabled(reminder.has_value());
    m_toggle->setText(reminder && !reminder->enabled ? tr("T&urn on") : tr("T&urn off"));
    m_skip->setEnabled(reminder && reminder->enabled);
    m_delete->setEnabled(reminder.has_value());
}

void RemindersPage::updatePreview()
{
    const std::optional<Reminder> reminder = selectedReminder();
    if (!reminder) {
        m_previewNote->setText(tr("Choose a reminder to see when it comes."));
        for (QLabel *time : std::as_const(m_previewTimes))
            time->clear();
        m_preview->setAccessibleName(QString());
        m_lastDelivered->clear();
        return;
    }
    const QString schedule = ReminderListModel::scheduleText(reminder->schedule);
    m_previewNote->setText(reminder->enabled ? schedule : tr("%1 · off; turned on, it would come:").arg(schedule));
    QStringList times;
    for (const QDateTime &next : m_model->upcoming(*reminder, PreviewCount))
        times.append(ReminderListModel::momentText(next, m_store.clock()));
    for (qsizetype i = 0; i < m_previewTimes.size(); ++i)
        m_previewTimes[i]->setText(times.value(i));
    m_preview->setAccessibleName(tr("Next five times: %1").arg(times.join(QStringLiteral(", "))));
    m_lastDelivered->setText(m_model->lastDeliveredText(*reminder));
}

std::optional<Reminder> RemindersPage::selectedReminder() const
{
    const int row = m_list->selectedRow();
    if (row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_model->reminderAt(row);
}

void RemindersPage::selectReminder(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->selectRow(row);
}

void RemindersPage::addReminder()
{
    ReminderDialog dialog(ReminderDialog::newReminder(), m_store.clock(), this);
    // A reminder that cannot be saved brings the dialog back as typed, with the reason.
    while (dialog.exec() == QDialog::Accepted) {
        Reminder reminder = dialog.reminder();
        if (Status added = m_store.add(reminder); added) {
            selectReminder(reminder.id);
            emit statusMessage(tr("Added \u201c%1\u201d: %2.")
                                   .arg(reminder.text, ReminderListModel::scheduleText(reminder.schedule).toLower()));
            break;
        } else {
            dialog.showProblem(added.error().message);
        }
    }
    m_list->setFocus();
}

void RemindersPage::editSelected()
{
    const std::optional<Reminder> selected = selectedReminder();
    if (!selected)
        return;
    ReminderDialog dialog(*selected, m_store.clock(), this);
    while (dialog.exec() == QDialog::Accepted) {
        Reminder reminder = dialog.reminder();
        if (Status saved = m_store.update(reminder); saved) {
            selectReminder(reminder.id);
            emit statusMessage(tr("Saved \u201c%1\u201d.").arg(reminder.text));
            break;
        } else {
            dialog.showProblem(saved.error().message);
        }
    }
    m_list->setFocus();
}

void RemindersPage::toggleSelected()
{
    if (const std::optional<Reminder> reminder = selectedReminder())
        setReminderEnabled(*reminder, !reminder->enabled);
}

void RemindersPage::setReminderEnabled(const Reminder &reminder, bool enabled)
{
    Reminder changed = reminder;
    changed.enabled = enabled;
    if (!m_store.update(changed))
        return; // the store has said why
    selectReminder(changed.id);
    emit statusMessage(enabled ? tr("Turned on \u201c%1\u201d.").arg(changed.text)
                               : tr("Turned off \u201c%1\u201d.").arg(changed.text));
}

void RemindersPage::skipSelected()
{
    const std::optional<Reminder> reminder = selectedReminder();
    if (!reminder || !reminder->enabled)
        return;
    const QList<QDateTime> next = m_model->upcoming(*reminder, 1);
    if (!m_store.skipNext(*reminder))
        return;
    if (!next.isEmpty())
        emit statusMessage(tr("Skipped \u201c%1\u201d on %2.").arg(reminder->text, ReminderListModel::momentText(next.first(), m_store.clock())));
}

void RemindersPage::deleteSelected()
{
    const std::optional<Reminder> reminder = selectedReminder();
    if (!reminder)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete reminder"), tr("Delete the reminder \u201c%1\u201d?").arg(reminder->text),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDeleteReminder"));
    box.setInformativeText(tr("It will not come again. You can always add it anew."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *keep = box.addButton(tr("&Keep it"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepReminderButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    m_list->setFocus();
    if (box.clickedButton() != remove)
        return;
    if (m_store.remove(reminder->id))
        emit statusMessage(tr("Deleted \u201c%1\u201d.").arg(reminder->text));
}

} // namespace tend
