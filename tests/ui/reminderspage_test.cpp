// The Reminders page on its own, driven by keyboard as a couple would: the default reminders
// and when they come, adding, refusing, editing, switching off, skipping and deleting one, the
// preview of the next five times, how each was last delivered, the delivery and background
// cards; and ReminderListModel under Qt's model tester.

#include "uitesthelpers.h"

#include "core/printers.h"

#include "modeltestermessages.h"
#include "reminderlistmodel.h"
#include "reminders/occurrences.h"
#include "reminders/reminderrules.h"
#include "reminders/reminderstore.h"
#include "reminderspage.h"
#include "storage/reminderrepository.h"
#include "theme.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTimeEdit>

namespace tend::test {
namespace {

constexpr int Monday = 1 << Qt::Monday;
constexpr int Thursday = 1 << Qt::Thursday;

// Visible controls that take the keyboard focus and have no name a screen reader could say.
QStringList unnamedControls(const QWidget *root)
{
    QStringList unnamed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || widget->focusProxy())
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        bool named = !widget->accessibleName().trimmed().isEmpty()
                     || (button && !button->text().remove(u'&').trimmed().isEmpty());
        for (QLabel *label : root->findChildren<QLabel *>())
            named = named || label->buddy() == widget;
        if (!named)
            unnamed.append(QLatin1String(widget->metaObject()->className()) + u' ' + widget->objectName());
    }
    return unnamed;
}

// Alt+letters shared by more than one visible button or label in `root`.
QStringList sharedMnemonics(const QWidget *root)
{
    QMultiHash<QChar, QString> owners;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy())
            owners.insert(mnemonic(label->text()), label->text());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            owners.insert(mnemonic(button->text()), button->text());
    }
    QStringList shared;
    for (const QChar letter : owners.uniqueKeys()) {
        if (!letter.isNull() && owners.count(letter) > 1)
            shared.append(QStringList(owners.values(letter)).join(QStringLiteral(" / ")));
    }
    return shared;
}

// The page alone, on the reminders file of a fresh data folder, at Tuesday 14 May 2024, 12:30 in
// Berlin (UiTest's clock), in British English so that times and dates read the same everywhere.
class RemindersPageTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        if (HasFatalFailure())
            return;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        Result<std::unique_ptr<Database>> opened = ReminderRepository::openIn(dataFolder(), m_clock);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_database = std::move(opened).value();
        m_store = std::make_unique<ReminderStore>(*m_database, m_clock);
        // In a stack of pages, as in Tend's window, so that it can be left and come back to.
        m_window = std::make_unique<QStackedWidget>();
        m_page = new RemindersPage(*m_store, m_window.get());
        m_window->addWidget(m_page);
        m_window->addWidget(new QWidget(m_window.get()));
        m_window->resize(1100, 700);
        ASSERT_TRUE(showAndActivate(m_window.get()));
        m_list = child<QTableView>(m_page, QStringLiteral("remindersList"));
        ASSERT_TRUE(m_list);
    }

    void TearDown() override
    {
        m_window.reset();
        m_store.reset();
        m_database.reset();
        QLocale::setDefault(m_previousLocale);
    }

    QList<Reminder> stored() const
    {
        Result<QList<Reminder>> reminders = ReminderRepository(*m_database, m_clock).all();
        EXPECT_TRUE(reminders.ok());
        return reminders.ok() ? reminders.value() : QList<Reminder>();
    }

    std::optional<Reminder> storedReminder(const QString &text) const
    {
        for (const Reminder &reminder : stored()) {
            if (reminder.text == text)
                return reminder;
        }
        return std::nullopt;
    }

    QString shown(int row, int column) const { return m_list->model()->index(row, column).data().toString(); }

    int rowOf(const QString &text) const
    {
        for (int row = 0; row < m_list->model()->rowCount(); ++row) {
            if (shown(row, ReminderListModel::What) == text)
                return row;
        }
        return -1;
    }

    void select(int row)
    {
        ASSERT_TRUE(focusOn(m_list));
        m_list->selectRow(row);
        ASSERT_EQ(m_list->selectionModel()->selectedRows().size(), 1);
    }

    // Presses Tab until `widget` has the focus; fails after `most` presses.
    static void tabTo(QWidget *widget, int most)
    {
        ASSERT_TRUE(widget);
        for (int i = 0; i < most && focusedWidget() != widget; ++i)
            pressKey(Qt::Key_Tab);
        ASSERT_EQ(focusedWidget(), widget) << "Tab did not reach " << widget->objectName().toStdString();
    }

    // What the window manager does once a dialog has closed: the window is active again, and
    // the focus back where the page put it.
    void dialogClosed()
    {
        ASSERT_TRUE(showAndActivate(m_window.get()));
    }

    // The times the preview card lists, top to bottom.
    QStringList previewTexts() const
    {
        QStringList texts;
        auto *preview = child<QWidget>(m_page, QStringLiteral("reminderPreview"));
        for (int i = 1; preview && i <= 5; ++i) {
            auto *time = child<QLabel>(preview, QStringLiteral("reminderPreviewTime%1").arg(i));
            texts.append(time && time->isVisible() ? time->text() : QStringLiteral("(missing)"));
        }
        return texts;
    }

    QString momentText(const QDateTime &utc) const { return ReminderListModel::momentText(utc, m_clock); }

    // The local instant in Berlin, in UTC.
    QDateTime berlin(const QDate &date, const QTime &time) const
    {
        return QDateTime(date, time, m_clock.timeZone()).toUTC();
    }

    QLocale m_previousLocale;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReminderStore> m_store;
    std::unique_ptr<QStackedWidget> m_window;
    RemindersPage *m_page = nullptr;
    QTableView *m_list = nullptr;
};

TEST_F(RemindersPageTest, TheFourDefaultsAreListedWithWhenTheyComeNext)
{
    ASSERT_EQ(m_list->model()->rowCount(), 4);
    const QStringList when{QStringLiteral("Every day at 21:00"), QStringLiteral("Sundays at 19:00"),
                           QStringLiteral("Every day at 08:00"), QStringLiteral("Monthly on the 1st at 19:00")};
    // It is Tuesday 14 May, 12:30: the check-in comes tonight, the weekly need on Sunday.
    const QStringList next{QStringLiteral("Today 21:00"), QStringLiteral("Sun 19 May 19:00"), QStringLiteral("Off"),
                           QStringLiteral("Off")};
    const QList<Qt::CheckState> on{Qt::Checked, Qt::Checked, Qt::Unchecked, Qt::Unchecked};
    for (int row = 0; row < 4; ++row) {
        EXPECT_EQ(shown(row, ReminderListModel::When), when[row]) << "row " << row;
        EXPECT_EQ(shown(row, ReminderListModel::Next), next[row]) << "row " << row;
        EXPECT_EQ(shown(row, ReminderListModel::LastDelivered), QStringLiteral("Not yet")) << "row " << row;
        EXPECT_EQ(m_list->model()->index(row, ReminderListModel::On).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                  on[row])
            << "row " << row;
    }
    EXPECT_EQ(shown(0, ReminderListModel::What), discreetText(ReminderKind::CheckIn));
    EXPECT_EQ(m_list->model()->index(2, ReminderListModel::On).data(Qt::AccessibleTextRole).toString(), QStringLiteral("Off"));
    EXPECT_EQ(m_list->selectionModel()->selectedRows().value(0).row(), 0) << "The first is selected to preview";
}

TEST_F(RemindersPageTest, AWeeklyReminderIsAddedByKeyboard)
{
    QSignalSpy status(m_page, &RemindersPage::statusMessage);
    const QString text = QStringLiteral("Time to stretch together");
    ModalDialogDriver driver(QStringLiteral("reminderDialog"), [&](QWidget *dialog) {
        auto *frequency = child<QComboBox>(dialog, QStringLiteral("reminderFrequency"));
        auto *textEdit = child<QLineEdit>(dialog, QStringLiteral("reminderText"));
        ASSERT_TRUE(frequency && textEdit);
        EXPECT_EQ(focusedWidget(), frequency) << "The dialog starts at its first field";
        EXPECT_EQ(textEdit->text(), discreetText(ReminderKind::Custom)) << "A new reminder starts discreet";
        EXPECT_FALSE(child<QWidget>(dialog, QStringLiteral("reminderWeekday1"))->isVisible()) << "Daily needs no days";
        EXPECT_FALSE(child<QWidget>(dialog, QStringLiteral("reminderDayOfMonth"))->isVisible());

        pressKey(Qt::Key_Down); // Daily → Weekly
        ASSERT_EQ(frequency->currentText(), QStringLiteral("Weekly"));
        EXPECT_TRUE(child<QWidget>(dialog, QStringLiteral("reminderWeekday1"))->isVisible());
        EXPECT_FALSE(child<QWidget>(dialog, QStringLiteral("reminderDayOfMonth"))->isVisible());

        tabTo(child<QTimeEdit>(dialog, QStringLiteral("reminderTime")), 1);
        typeText(QStringLiteral("0730"));
        tabTo(child<QCheckBox>(dialog, QStringLiteral("reminderWeekday1")), 1);
        pressKey(Qt::Key_Space);
        tabTo(child<QCheckBox>(dialog, QStringLiteral("reminderWeekday4")), 3);
        pressKey(Qt::Key_Space);
        tabTo(textEdit, 4);
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(text);

        // The preview follows what is typed: from Tuesday 12:30, Thursday comes first.
        QStringList preview;
        for (int i = 1; i <= 5; ++i)
            preview.append(child<QLabel>(dialog, QStringLiteral("reminderDialogPreviewTime%1").arg(i))->text());
        EXPECT_EQ(child<QLabel>(dialog, QStringLiteral("reminderDialogSummary"))->text(),
                  QStringLiteral("Mondays and Thursdays at 07:30"));
        EXPECT_EQ(preview, (QStringList{QStringLiteral("Thu 16 May 07:30"), QStringLiteral("Mon 20 May 07:30"),
                                        QStringLiteral("Thu 23 May 07:30"), QStringLiteral("Mon 27 May 07:30"),
                                        QStringLiteral("Thu 30 May 07:30")}));
        pressKey(Qt::Key_Return, Qt::ControlModifier);
    });
    ASSERT_TRUE(focusOn(m_list));
    pressKey(Qt::Key_A, Qt::AltModifier); // Add…
    ASSERT_TRUE(waitUntil([&] { return driver.ran(); }));
    dialogClosed();

    const std::optional<Reminder> added = storedReminder(text);
    ASSERT_TRUE(added) << "Not stored";
    EXPECT_EQ(added->kind, ReminderKind::Custom);
    EXPECT_EQ(added->schedule.frequency, Frequency::Weekly);
    EXPECT_EQ(added->schedule.weekdays, Monday | Thursday);
    EXPECT_EQ(added->schedule.time, QTime(7, 30));
    EXPECT_TRUE(added->enabled);
    EXPECT_EQ(stored().size(), 5);

    const int row = rowOf(text);
    ASSERT_EQ(row, 4) << "Added last";
    EXPECT_EQ(shown(row, ReminderListModel::When), QStringLiteral("Mondays and Thursdays at 07:30"));
    EXPECT_EQ(shown(row, ReminderListModel::Next), QStringLiteral("Thu 16 May 07:30"));
    EXPECT_EQ(m_list->selectionModel()->selectedRows().value(0).row(), row) << "The new reminder is selected";
    EXPECT_EQ(focusedWidget(), m_list) << "Back in the list for the next key";
    ASSERT_EQ(status.size(), 1);
    EXPECT_TRUE(status.at(0).at(0).toString().contains(text));
}

TEST_F(RemindersPageTest, AnInvalidReminderKeepsTheDialogOpenWithTheMessage)
{
    ModalDialogDriver driver(QStringLiteral("reminderDialog"), [&](QWidget *dialog) {
        auto *problem = child<QLabel>(dialog, QStringLiteral("reminderProblem"));
        auto *time = child<QTimeEdit>(dialog, QStringLiteral("reminderTime"));
        auto *textEdit = child<QLineEdit>(dialog, QStringLiteral("reminderText"));
        ASSERT_TRUE(problem && time && textEdit);
        EXPECT_FALSE(problem->isVisible());

        pressKey(Qt::Key_Down); // Weekly, and no day chosen
        tabTo(time, 1);
        typeText(QStringLiteral("0645"));
        pressKey(Qt::Key_Return);
        ASSERT_TRUE(dialog->isVisible()) << "A weekly reminder without a day is not saved";
        EXPECT_TRUE(problem->isVisible());
        EXPECT_TRUE(problem->text().contains(QStringLiteral("at least one day"))) << problem->text().toStdString();
        EXPECT_EQ(focusedWidget()->objectName(), QStringLiteral("reminderWeekday1")) << "The focus goes to the days";
        EXPECT_EQ(time->time(), QTime(6, 45)) << "What was typed stays";

        pressKey(Qt::Key_Space); // Monday
        tabTo(textEdit, 7);
        pressKey(Qt::Key_A, Qt::ControlModifier);
        pressKey(Qt::Key_Backspace);
        pressKey(Qt::Key_Return, Qt::ControlModifier);
        ASSERT_TRUE(dialog->isVisible()) << "A reminder without words is not saved";
        EXPECT_TRUE(problem->text().contains(QStringLiteral("write the text"))) << problem->text().toStdString();
        EXPECT_EQ(focusedWidget(), textEdit);
        EXPECT_TRUE(child<QCheckBox>(dialog, QStringLiteral("reminderWeekday1"))->isChecked());
        EXPECT_EQ(time->time(), QTime(6, 45));

        pressKey(Qt::Key_Escape);
    });
    ASSERT_TRUE(focusOn(m_list));
    pressKey(Qt::Key_A, Qt::AltModifier);
    ASSERT_TRUE(waitUntil([&] { return driver.ran(); }));
    dialogClosed();
    EXPECT_EQ(stored().size(), 4) << "Nothing was added";
}

TEST_F(RemindersPageTest, TheTimeOfAReminderIsEditedWithEnter)
{
    const int row = rowOf(discreetText(ReminderKind::CheckIn));
    select(row);
    ModalDialogDriver driver(QStringLiteral("reminderDialog"), [&](QWidget *dialog) {
        auto *time = child<QTimeEdit>(dialog, QStringLiteral("reminderTime"));
        ASSERT_TRUE(time);
        EXPECT_EQ(time->time(), QTime(21, 0)) << "The dialog shows the reminder as it is";
        EXPECT_EQ(child<QLineEdit>(dialog, QStringLiteral("reminderText"))->text(), discreetText(ReminderKind::CheckIn));
        EXPECT_EQ(child<QComboBox>(dialog, QStringLiteral("reminderFrequency"))->currentText(), QStringLiteral("Daily"));
        tabTo(time, 1);
        typeText(QStringLiteral("2130"));
        pressKey(Qt::Key_Return);
    });
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return driver.ran(); }));
    dialogClosed();

    const std::optional<Reminder> edited = storedReminder(discreetText(ReminderKind::CheckIn));
    ASSERT_TRUE(edited);
    EXPECT_EQ(edited->schedule.time, QTime(21, 30));
    EXPECT_EQ(edited->schedule.frequency, Frequency::Daily);
    EXPECT_EQ(stored().size(), 4);
    EXPECT_EQ(shown(row, ReminderListModel::When), QStringLiteral("Every day at 21:30"));
    EXPECT_EQ(shown(row, ReminderListModel::Next), QStringLiteral("Today 21:30"));
}

TEST_F(RemindersPageTest, SpaceTurnsAReminderOffAndOnAgain)
{
    QSignalSpy status(m_page, &RemindersPage::statusMessage);
    auto *toggle = child<QPushButton>(m_page, QStringLiteral("toggleReminderButton"));
    ASSERT_TRUE(toggle);
    const int row = rowOf(discreetText(ReminderKind::CheckIn));
    select(row);
    EXPECT_EQ(toggle->text(), QStringLiteral("T&urn off"));

    pressKey(Qt::Key_Space);
    ASSERT_TRUE(waitUntil([&] { return !storedReminder(discreetText(ReminderKind::CheckIn))->enabled; }));
    EXPECT_EQ(shown(row, ReminderListModel::Next), QStringLiteral("Off"));
    EXPECT_EQ(m_list->model()->index(row, ReminderListModel::On).data(Qt::CheckStateRole).value<Qt::CheckState>(),
              Qt::Unchecked);
    EXPECT_EQ(toggle->text(), QStringLiteral("T&urn on"));
    EXPECT_EQ(focusedWidget(), m_list);
    EXPECT_EQ(m_list->selectionModel()->selectedRows().value(0).row(), row) << "It stays selected";

    pressKey(Qt::Key_Space);
    ASSERT_TRUE(waitUntil([&] { return storedReminder(discreetText(ReminderKind::CheckIn))->enabled; }));
    EXPECT_EQ(shown(row, ReminderListModel::Next), QStringLiteral("Today 21:00"));
    EXPECT_EQ(status.size(), 2);

    // The check box in the list asks the page too.
    const QModelIndex on = m_list->model()->index(rowOf(discreetText(ReminderKind::Mindfulness)), ReminderListModel::On);
    m_list->model()->setData(on, Qt::Checked, Qt::CheckStateRole);
    EXPECT_TRUE(waitUntil([&] { return storedReminder(discreetText(ReminderKind::Mindfulness))->enabled; }));
}

TEST_F(RemindersPageTest, DeletingAsksFirst)
{
    const QString weekly = discreetText(ReminderKind::WeeklyNeed);
    select(rowOf(weekly));
    {
        ModalDialogDriver keep(QStringLiteral("confirmDeleteReminder"), [&](QWidget *box) {
            EXPECT_TRUE(qobject_cast<QMessageBox *>(box)->text().contains(weekly));
            pressKey(Qt::Key_Return); // the safe choice is the default
        });
        pressKey(Qt::Key_Delete);
        ASSERT_TRUE(waitUntil([&] { return keep.ran(); }));
        dialogClosed();
    }
    EXPECT_TRUE(storedReminder(weekly)) << "Enter keeps it";

    ModalDialogDriver remove(QStringLiteral("confirmDeleteReminder"), [](QWidget *box) {
        pressKey(Qt::Key_D, Qt::AltModifier); // a mnemonic clicks after a short animation
        EXPECT_TRUE(waitUntil([box] { return !box->isVisible(); }));
    });
    auto *deleteButton = child<QPushButton>(m_page, QStringLiteral("deleteReminderButton"));
    ASSERT_TRUE(focusOn(deleteButton));
    pressKey(Qt::Key_Space);
    ASSERT_TRUE(waitUntil([&] { return remove.ran(); }));
    dialogClosed();
    EXPECT_FALSE(storedReminder(weekly));
    EXPECT_EQ(stored().size(), 3);
    EXPECT_EQ(rowOf(weekly), -1);
    EXPECT_EQ(m_list->model()->rowCount(), 3);
}

TEST_F(RemindersPageTest, ThePreviewShowsExactlyTheNextFiveTimesAndSkipMovesThem)
{
    const QString weekly = discreetText(ReminderKind::WeeklyNeed);
    const int row = rowOf(weekly);
    select(row);
    ASSERT_TRUE(child<QWidget>(m_page, QStringLiteral("reminderPreview")));
    const Reminder reminder = *storedReminder(weekly);

    QStringList expected;
    for (const QDateTime &next : nextOccurrences(reminder.schedule, m_clock.nowUtc(), m_clock.timeZone(), 5))
        expected.append(momentText(next));
    ASSERT_EQ(expected.size(), 5);
    EXPECT_EQ(previewTexts(), expected);
    // Checked by hand too: Sundays at 19:00 in Berlin, from Tuesday 14 May.
    EXPECT_EQ(expected, (QStringList{QStringLiteral("Sun 19 May 19:00"), QStringLiteral("Sun 26 May 19:00"),
                                     QStringLiteral("Sun 2 Jun 19:00"), QStringLiteral("Sun 9 Jun 19:00"),
                                     QStringLiteral("Sun 16 Jun 19:00")}));

    // Selecting another reminder previews that one.
    select(rowOf(discreetText(ReminderKind::CheckIn)));
    EXPECT_EQ(previewTexts().first(), QStringLiteral("Today 21:00"));
    EXPECT_EQ(previewTexts().last(), QStringLiteral("Sat 18 May 21:00"));

    // Skipping lets the next Sunday pass.
    select(row);
    ASSERT_TRUE(focusOn(child<QPushButton>(m_page, QStringLiteral("skipReminderButton"))));
    pressKey(Qt::Key_Space);
    ASSERT_TRUE(waitUntil([&] { return shown(row, ReminderListModel::Next) == QStringLiteral("Sun 26 May 19:00"); }));
    EXPECT_EQ(storedReminder(weekly)->lastFiredUtc, berlin(QDate(2024, 5, 19), QTime(19, 0)));
    EXPECT_EQ(previewTexts(), expected.mid(1) << QStringLiteral("Sun 23 Jun 19:00"));
}

TEST_F(RemindersPageTest, LastDeliveredSaysWhenAndHow)
{
    ReminderRepository repository(*m_database, m_clock);
    const QList<Reminder> reminders = stored();
    ASSERT_EQ(reminders.size(), 4);
    const QDateTime yesterday = berlin(QDate(2024, 5, 13), QTime(21, 0));
    const QList<std::pair<DeliveryWay, QString>> ways{
        {DeliveryWay::Desktop, QStringLiteral("Yesterday 21:00 · desktop notification")},
        {DeliveryWay::Tray, QStringLiteral("Yesterday 21:00 · Tend's tray icon")},
        {DeliveryWay::Window, QStringLiteral("Yesterday 21:00 · in Tend's window")},
        {DeliveryWay::None, QStringLiteral("Not shown: No notification service answered.")},
    };
    for (qsizetype i = 0; i < ways.size(); ++i) {
        ReminderDelivery delivery;
        delivery.reminderId = reminders[i].id;
        delivery.dueUtc = yesterday;
        delivery.deliveredUtc = yesterday;
        delivery.way = ways[i].first;
        if (delivery.way == DeliveryWay::None)
            delivery.problem = QStringLiteral("No notification service answered.");
        ASSERT_TRUE(repository.recordDelivery(delivery).ok());
    }
    // Written behind the page's back (as `tend --remind` does): read again when shown.
    m_window->setCurrentIndex(1);
    m_window->setCurrentWidget(m_page);
    for (int row = 0; row < 4; ++row)
        EXPECT_EQ(shown(row, ReminderListModel::LastDelivered), ways[row].second) << "row " << row;
    EXPECT_EQ(m_list->model()->index(3, ReminderListModel::LastDelivered).data(Qt::ForegroundRole).value<QColor>(),
              theme::Problem);

    auto *last = child<QLabel>(m_page, QStringLiteral("reminderLastDelivered"));
    ASSERT_TRUE(last);
    select(1);
    EXPECT_EQ(last->text(), ways[1].second);
    select(3);
    EXPECT_EQ(last->text(), ways[3].second);
}

TEST_F(RemindersPageTest, WhileShownItCatchesUpWithDeliveriesMadeElsewhere)
{
    ASSERT_EQ(shown(0, ReminderListModel::LastDelivered), QStringLiteral("Not yet"));
    ReminderDelivery delivery;
    delivery.reminderId = stored().first().id;
    delivery.dueUtc = berlin(QDate(2024, 5, 13), QTime(21, 0));
    delivery.deliveredUtc = delivery.dueUtc;
    delivery.way = DeliveryWay::Desktop;
    ASSERT_TRUE(ReminderRepository(*m_database, m_clock).recordDelivery(delivery).ok()); // as `tend --remind` would
    auto *minute = m_page->findChild<QTimer *>(QStringLiteral("remindersRefreshTimer"));
    ASSERT_TRUE(minute);
    minute->start(10); // a minute, shortened
    EXPECT_TRUE(waitUntil([this] {
        return shown(0, ReminderListModel::LastDelivered) == QStringLiteral("Yesterday 21:00 · desktop notification");
    }));
}

TEST_F(RemindersPageTest, BackgroundChoicesAreRequestedAndShowOnlyWhatTheWindowReports)
{
    auto *none = child<QRadioButton>(m_page, QStringLiteral("backgroundNone"));
    auto *timer = child<QRadioButton>(m_page, QStringLiteral("backgroundTimer"));
    auto *autostart = child<QRadioButton>(m_page, QStringLiteral("backgroundAutostart"));
    ASSERT_TRUE(none && timer && autostart);
    QSignalSpy requested(m_page, &RemindersPage::backgroundModeRequested);
    m_page->setBackgroundMode(BackgroundMode::None, true);
    EXPECT_TRUE(none->isChecked());
    EXPECT_TRUE(timer->isEnabled());
    auto *note = child<QLabel>(m_page, QStringLiteral("backgroundNote"));
    ASSERT_TRUE(note);
    EXPECT_FALSE(note->isVisible()) << "Nothing to explain while every choice works";

    // Nothing answers: the choice goes back.
    ASSERT_TRUE(focusOn(timer));
    pressKey(Qt::Key_Space);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.at(0).at(0).value<BackgroundMode>(), BackgroundMode::SystemdTimer);
    EXPECT_TRUE(none->isChecked()) << "Not installed yet, so not shown as chosen";

    // The window installs it and says so.
    QObject::connect(m_page, &RemindersPage::backgroundModeRequested, m_page,
            [this](BackgroundMode mode) { m_page->setBackgroundMode(mode, true); });
    pressKey(Qt::Key_Space);
    ASSERT_EQ(requested.size(), 2);
    EXPECT_TRUE(timer->isChecked());
    EXPECT_EQ(m_page->backgroundMode(), BackgroundMode::SystemdTimer);

    ASSERT_TRUE(focusOn(autostart));
    pressKey(Qt::Key_Space);
    ASSERT_EQ(requested.size(), 3);
    EXPECT_EQ(requested.at(2).at(0).value<BackgroundMode>(), BackgroundMode::Autostart);
    EXPECT_TRUE(autostart->isChecked());

    // Without systemd the timer cannot be chosen, and the page says why.
    m_page->setBackgroundMode(BackgroundMode::Autostart, false);
    EXPECT_TRUE(autostart->isChecked());
    EXPECT_FALSE(timer->isEnabled());
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("systemd user session"))) << note->text().toStdString();
}

TEST_F(RemindersPageTest, TheDeliveryCardShowsItsStatusAndAsksForATest)
{
    auto *statusLabel = child<QLabel>(m_page, QStringLiteral("deliveryStatus"));
    auto *test = child<QPushButton>(m_page, QStringLiteral("testReminderButton"));
    ASSERT_TRUE(statusLabel && test);
    QSignalSpy requested(m_page, &RemindersPage::testReminderRequested);
    ASSERT_TRUE(focusOn(test));
    pressKey(Qt::Key_Space);
    EXPECT_EQ(requested.size(), 1);
    pressKey(Qt::Key_T, Qt::AltModifier); // a mnemonic clicks after a short animation
    EXPECT_TRUE(waitUntil([&] { return requested.size() == 2; }));

    m_page->setDeliveryStatus(QStringLiteral("No desktop notifications here: reminders show in Tend's window."), false);
    EXPECT_EQ(statusLabel->text(), QStringLiteral("No desktop notifications here: reminders show in Tend's window."));
    EXPECT_EQ(statusLabel->palette().color(QPalette::WindowText), theme::Problem) << "A warning";
    m_page->setDeliveryStatus(QStringLiteral("Desktop notifications work."), true);
    EXPECT_EQ(statusLabel->palette().color(QPalette::WindowText), theme::Ink);
    EXPECT_FALSE(statusLabel->font().bold());
}

TEST_F(RemindersPageTest, EveryControlHasANameAndTheAltKeysAreUnique)
{
    EXPECT_EQ(unnamedControls(m_page), QStringList());
    EXPECT_EQ(sharedMnemonics(m_page), QStringList());
    int checked = 0;
    for (QWidget *widget : m_page->findChildren<QWidget *>())
        checked += widget->isVisible() && widget->focusPolicy() != Qt::NoFocus ? 1 : 0;
    EXPECT_GE(checked, 10) << "The list, five buttons, the test and three choices";

    for (int frequency = 0; frequency < 3; ++frequency) {
        select(0);
        ModalDialogDriver driver(QStringLiteral("reminderDialog"), [&](QWidget *dialog) {
            auto *choice = child<QComboBox>(dialog, QStringLiteral("reminderFrequency"));
            choice->setCurrentIndex(frequency);
            EXPECT_EQ(unnamedControls(dialog), QStringList()) << choice->currentText().toStdString();
            EXPECT_EQ(sharedMnemonics(dialog), QStringList()) << choice->currentText().toStdString();
            pressKey(Qt::Key_Escape);
        });
        pressKey(Qt::Key_D, Qt::AltModifier); // Edit…
        ASSERT_TRUE(waitUntil([&] { return driver.ran(); }));
        dialogClosed();
    }
}

// ReminderListModel alone.
class ReminderListModelTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void TearDown() override { QLocale::setDefault(m_previousLocale); }

    static Schedule schedule(Frequency frequency, QTime time, int weekdays = 0, int dayOfMonth = 1)
    {
        Schedule result;
        result.frequency = frequency;
        result.time = time;
        result.weekdays = weekdays;
        result.dayOfMonth = dayOfMonth;
        return result;
    }

    QLocale m_previousLocale;
    ManualClock m_clock{QDateTime(QDate(2024, 5, 14), QTime(10, 30), Qt::UTC), QTimeZone(QByteArrayLiteral("Europe/Berlin"))};
    QList<Reminder> m_defaults = defaultReminders(m_clock.nowUtc());
};

TEST_F(ReminderListModelTest, PassesTheModelTesterThroughChanges)
{
    ModelTesterMessages messages;
    ReminderListModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ReminderDelivery delivery;
    delivery.reminderId = m_defaults[0].id;
    delivery.deliveredUtc = m_clock.nowUtc().addSecs(-3600);
    delivery.way = DeliveryWay::Tray;
    model.setReminders(m_defaults, {delivery});
    model.refreshTimes();
    model.setReminders(m_defaults.mid(1), {});
    model.setData(model.index(0, ReminderListModel::On), Qt::Unchecked, Qt::CheckStateRole);
    model.setReminders({}, {});
    model.refreshTimes();
    EXPECT_TRUE(messages.messages().isEmpty()) << messages.messages().join(u'\n').toStdString();
}

TEST_F(ReminderListModelTest, DescribesSchedulesPlainly)
{
    const QTime seven(7, 30);
    const QTime evening(19, 0);
    EXPECT_EQ(ReminderListModel::scheduleText(schedule(Frequency::Daily, QTime(21, 0))), QStringLiteral("Every day at 21:00"));
    EXPECT_EQ(ReminderListModel::scheduleText(schedule(Frequency::Weekly, evening, 1 << Qt::Sunday)),
              QStringLiteral("Sundays at 19:00"));
    EXPECT_EQ(ReminderListModel::scheduleText(schedule(Frequency::Weekly, seven, Monday | Thursday)),
              QStringLiteral("Mondays and Thursdays at 07:30"));
    EXPECT_EQ(ReminderListModel::scheduleText(
                  schedule(Frequency::Weekly, seven, Monday | (1 << Qt::Wednesday) | (1 << Qt::Friday))),
              QStringLiteral("Mondays, Wednesdays and Fridays at 07:30"));
    EXPECT_EQ(ReminderListModel::scheduleText(schedule(Frequency::Monthly, evening, 0, 1)),
              QStringLiteral("Monthly on the 1st at 19:00"));
    EXPECT_EQ(ReminderListModel::scheduleText(schedule(Frequency::Monthly, evening, 0, 22)),
              QStringLiteral("Monthly on the 22nd at 19:00"));
    EXPECT_EQ(ReminderListModel::scheduleText(schedule(Frequency::Monthly, evening, 0, 13)),
              QStringLiteral("Monthly on the 13th at 19:00"));
    EXPECT_EQ(ReminderListModel::scheduleText(schedule(Frequency::Monthly, evening, 0, 31)),
              QStringLiteral("Monthly on day 31 (or the month's last day) at 19:00"));
}

TEST_F(ReminderListModelTest, SaysWhenEachComesNextAndHowItLastCame)
{
    ReminderListModel model(m_clock);
    Reminder snoozed = m_defaults[0];
    snoozed.snoozedUntilUtc = QDateTime(QDate(2024, 5, 14), QTime(20, 10), Qt::UTC); // 22:10 in Berlin
    Reminder monthly = m_defaults[3];
    monthly.enabled = true;
    ReminderDelivery failed;
    failed.reminderId = m_defaults[1].id;
    failed.deliveredUtc = QDateTime(QDate(2024, 5, 12), QTime(17, 0), Qt::UTC);
    failed.way = DeliveryWay::None;
    failed.problem = QStringLiteral("Nothing could show it.");
    model.setReminders({snoozed, m_defaults[1], m_defaults[2], monthly}, {failed});

    EXPECT_EQ(model.index(0, ReminderListModel::Next).data().toString(), QStringLiteral("Snoozed until 22:10"));
    EXPECT_EQ(model.index(1, ReminderListModel::Next).data().toString(), QStringLiteral("Sun 19 May 19:00"));
    EXPECT_EQ(model.index(2, ReminderListModel::Next).data().toString(), QStringLiteral("Off"));
    EXPECT_EQ(model.index(3, ReminderListModel::Next).data().toString(), QStringLiteral("Sat 1 Jun 19:00"));
    EXPECT_EQ(model.index(1, ReminderListModel::LastDelivered).data().toString(), QStringLiteral("Not shown: Nothing could show it."));
    EXPECT_EQ(model.index(0, ReminderListModel::LastDelivered).data().toString(), QStringLiteral("Not yet"));

    // A minute later than the snooze and a day on, the words move with the clock.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_clock.setNowUtc(QDateTime(QDate(2024, 5, 15), QTime(6, 0), Qt::UTC));
    model.refreshTimes();
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(model.index(0, ReminderListModel::Next).data().toString(), QStringLiteral("Due now"));
    EXPECT_EQ(ReminderListModel::momentText(QDateTime(QDate(2024, 5, 14), QTime(19, 0), Qt::UTC), m_clock),
              QStringLiteral("Yesterday 21:00"));
    EXPECT_EQ(ReminderListModel::momentText(QDateTime(QDate(2024, 5, 16), QTime(6, 0), Qt::UTC), m_clock),
              QStringLiteral("Tomorrow 08:00"));
    EXPECT_EQ(ReminderListModel::momentText(QDateTime(QDate(2025, 1, 5), QTime(18, 0), Qt::UTC), m_clock),
              QStringLiteral("Sun 5 Jan 2025 19:00"));
}

TEST_F(ReminderListModelTest, TickingOnAsksAndChangesNothingItself)
{
    ReminderListModel model(m_clock);
    model.setReminders(m_defaults, {});
    QSignalSpy asked(&model, &ReminderListModel::enabledChangeRequested);
    const QModelIndex mindfulness = model.index(2, ReminderListModel::On);
    EXPECT_TRUE(model.flags(mindfulness) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.flags(model.index(2, ReminderListModel::What)) & Qt::ItemIsUserCheckable);
    model.setData(mindfulness, Qt::Checked, Qt::CheckStateRole);
    ASSERT_TRUE(asked.wait(1000));
    EXPECT_EQ(asked.at(0).at(0).value<Reminder>().id, m_defaults[2].id);
    EXPECT_TRUE(asked.at(0).at(1).toBool());
    EXPECT_EQ(mindfulness.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked) << "Until saved";
    EXPECT_FALSE(model.setData(model.index(2, ReminderListModel::What), QStringLiteral("x"), Qt::EditRole));
}

} // namespace
} // namespace tend::test
