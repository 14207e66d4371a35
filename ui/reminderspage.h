#pragma once

#include "model/reminder.h"
#include "reminders/backgroundinstaller.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

namespace tend {

class ReminderListModel;
class ReminderStore;
class RowListView;

// The couple's reminders: when each comes, how it last reached them, and the buttons to add,
// change, switch off, skip or delete one. Below, how reminders reach this computer (with a
// test) and whether they come while Tend is closed. Installing in the background is the
// window's work: the page asks (backgroundModeRequested) and shows what it is told.
class RemindersPage : public QWidget
{
    Q_OBJECT

public:
    explicit RemindersPage(ReminderStore &store, QWidget *parent = nullptr);

    void reload();
    // How delivery works here, e.g. "Desktop notifications work."; a warning when !works.
    void setDeliveryStatus(const QString &text, bool works);
    // What is installed; the systemd timer can only be chosen when systemd is there.
    void setBackgroundMode(BackgroundMode mode, bool systemdAvailable);
    BackgroundMode backgroundMode() const { return m_backgroundMode; }

signals:
    void statusMessage(const QString &message);
    void testReminderRequested();
    void backgroundModeRequested(tend::BackgroundMode mode);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createListCard();
    QWidget *createPreviewCard();
    QWidget *createDeliveryCard();
    QWidget *createBackgroundCard();
    void updateActions();
    void updatePreview();
    void showBackgroundMode();
    std::optional<Reminder> selectedReminder() const;
    void selectReminder(const QUuid &id);

    void addReminder();
    void editSelected();
    void toggleSelected();
    void setReminderEnabled(const Reminder &reminder, bool enabled);
    void skipSelected();
    void deleteSelected();

    ReminderStore &m_store;
    ReminderListModel *m_model = nullptr;
    RowListView *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_delete = nullptr;

    QLabel *m_previewTitle = nullptr;
    QLabel *m_previewNote = nullptr;
    QWidget *m_preview = nullptr;
    QList<QLabel *> m_previewTimes;
    QLabel *m_lastDelivered = nullptr;

    QLabel *m_deliveryStatus = nullptr;
    QPushButton *m_test = nullptr;

    QButtonGroup *m_background = nullptr;
    QRadioButton *m_backgroundNone = nullptr;
    QRadioButton *m_backgroundTimer = nullptr;
    QRadioButton *m_backgroundAutostart = nullptr;
    QLabel *m_backgroundNote = nullptr;
    BackgroundMode m_backgroundMode = BackgroundMode::None;
    bool m_systemdAvailable = true;
};

} // namespace tend
