// Deleting and editing check-ins on the Today page, undone and redone from the keyboard;
// every step checked in the list and in the database.

#include "uitesthelpers.h"

#include "checkinform.h"
#include "checkinlistmodel.h"
#include "mainwindow.h"
#include "scaleslider.h"
#include "storage/checkinrepository.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace tend::test {
namespace {

class UndoRedoTest : public CoupleWindowTest
{
protected:
    void beforeWindowOpens() override
    {
        m_checkIn = saveCheckIn(*m_database, m_partners[0], CheckInKind::Daily, 2, 4, 3, QStringLiteral("Long day."));
    }

    void SetUp() override
    {
        CoupleWindowTest::SetUp();
        if (HasFatalFailure())
            return;
        m_table = child<QTableView>(m_window.get(), QStringLiteral("todayList"));
        ASSERT_TRUE(m_table);
        ASSERT_EQ(m_table->model()->rowCount(), 1);
    }

    // Clicks the first row of today's list, which selects it and focuses the list.
    void selectFirstRow()
    {
        const QRect cell = m_table->visualRect(m_table->model()->index(0, CheckInListModel::Note));
        QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, cell.center());
        ASSERT_TRUE(m_table->selectionModel()->isRowSelected(0, {}));
        ASSERT_TRUE(waitUntil([this] { return focusedWidget() == m_table; }));
    }

    // Opens the first check-in of today with Enter and answers its mood with a number key,
    // leaving the change unsaved.
    void editFirstRowMood(Qt::Key moodKey)
    {
        auto *form = child<CheckInForm>(m_window.get(), QStringLiteral("checkInForm"));
        auto *mood = child<ScaleSlider>(m_window.get(), QStringLiteral("moodScale"));
        ASSERT_TRUE(form && mood);
        ASSERT_NO_FATAL_FAILURE(selectFirstRow());
        pressKey(Qt::Key_Return);
        ASSERT_TRUE(form->isEditing());
        ASSERT_TRUE(focusOn(mood->slider()));
        pressKey(moodKey);
    }

    std::optional<CheckIn> stored(const QUuid &id) const
    {
        Result<std::optional<CheckIn>> found = CheckInRepository(*m_database, m_clock).find(id);
        EXPECT_TRUE(found.ok()) << found.error().message.toStdString();
        return found ? found.value() : std::nullopt;
    }

    int storedToday() const
    {
        Result<QList<CheckIn>> today = CheckInRepository(*m_database, m_clock).onDay(m_clock.today());
        EXPECT_TRUE(today.ok()) << today.error().message.toStdString();
        return today ? int(today->size()) : -1;
    }

    QAction *action(const QString &name) const { return child<QAction>(m_window.get(), name); }

    CheckIn m_checkIn;
    QTableView *m_table = nullptr;
};

TEST_F(UndoRedoTest, DeleteKeyThenUndoAndRedoShortcuts)
{
    auto *deleteButton = child<QPushButton>(m_window.get(), QStringLiteral("deleteCheckInButton"));
    ASSERT_TRUE(deleteButton);
    EXPECT_FALSE(deleteButton->isEnabled()) << "Nothing is selected yet";
    selectFirstRow();
    EXPECT_TRUE(deleteButton->isEnabled());

    pressKey(Qt::Key_Delete);
    EXPECT_EQ(m_table->model()->rowCount(), 0);
    EXPECT_FALSE(stored(m_checkIn.id).has_value());
    EXPECT_EQ(storedToday(), 0);
    EXPECT_TRUE(child<QLabel>(m_window.get(), QStringLiteral("emptyState"))->isVisible());
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("Ctrl+Z")));
    EXPECT_TRUE(action(QStringLiteral("undoAction"))->isEnabled());

    // The message says Ctrl+Z brings it back: press it wherever the focus went.
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    ASSERT_EQ(m_table->model()->rowCount(), 1);
    EXPECT_EQ(rowTexts(*m_table->model(), 0).at(CheckInListModel::Note), QStringLiteral("Long day."));
    const std::optional<CheckIn> back = stored(m_checkIn.id);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->mood, 2);
    EXPECT_EQ(back->stress, 4);
    EXPECT_EQ(back->note, QStringLiteral("Long day."));
    EXPECT_EQ(back->atUtc, m_checkIn.atUtc);
    EXPECT_TRUE(action(QStringLiteral("redoAction"))->isEnabled());

    pressKey(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_table->model()->rowCount(), 0);
    EXPECT_FALSE(stored(m_checkIn.id).has_value());

    // Ctrl+Y is the other common redo; first undo again.
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_table->model()->rowCount(), 1);
    pressKey(Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(m_table->model()->rowCount(), 0);
    EXPECT_EQ(storedToday(), 0);
}

TEST_F(UndoRedoTest, CtrlZRightAfterSavingFromTheNoteUndoesTheSave)
{
    auto *note = child<QPlainTextEdit>(m_window.get(), QStringLiteral("noteEdit"));
    ASSERT_TRUE(note);
    note->setFocus();
    ASSERT_TRUE(waitUntil([note] { return focusedWidget() == note; }));
    typeText(QStringLiteral("Tea on the sofa"));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(m_table->model()->rowCount(), 2);
    EXPECT_EQ(storedToday(), 2);
    EXPECT_NE(focusedWidget(), note) << "the emptied note would swallow Ctrl+Z";

    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_table->model()->rowCount(), 1);
    EXPECT_EQ(storedToday(), 1);
}

TEST_F(UndoRedoTest, AnUndoThatCannotBeDoneSaysWhyAndIsDropped)
{
    selectFirstRow();
    pressKey(Qt::Key_Delete);
    ASSERT_EQ(m_table->model()->rowCount(), 0);
    // Someone removes the row for good behind Tend's back, so undo has nothing to bring back.
    QSqlQuery purge(m_database->connection());
    ASSERT_TRUE(purge.prepare(QStringLiteral("DELETE FROM check_ins WHERE id = ?")));
    purge.addBindValue(m_checkIn.id.toString(QUuid::WithoutBraces));
    ASSERT_TRUE(purge.exec());

    pressKey(Qt::Key_Z, Qt::ControlModifier);
    QMessageBox *error = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        error = m_window->findChild<QMessageBox *>(QStringLiteral("errorMessage"));
        return error && error->isVisible();
    }));
    EXPECT_TRUE(error->text().contains(QStringLiteral("bring back the check-in"))) << error->text().toStdString();
    EXPECT_EQ(m_table->model()->rowCount(), 0);
    EXPECT_FALSE(action(QStringLiteral("undoAction"))->isEnabled()) << "a step that cannot be taken stays offered";
    error->close();
}

TEST_F(UndoRedoTest, UndoneDeleteIsOnDiskAfterRestart)
{
    selectFirstRow();
    child<QPushButton>(m_window.get(), QStringLiteral("deleteCheckInButton"))->click();
    ASSERT_EQ(m_table->model()->rowCount(), 0);
    QAction *undo = action(QStringLiteral("undoAction"));
    ASSERT_TRUE(undo);
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo Delete check-in"));
    undo->trigger();
    ASSERT_EQ(m_table->model()->rowCount(), 1);

    m_window.reset();
    m_database.reset();
    m_database = openDatabase();
    ASSERT_TRUE(m_database);
    const std::optional<CheckIn> back = stored(m_checkIn.id);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->partnerId, m_partners[0].id);
    EXPECT_EQ(back->note, QStringLiteral("Long day."));
}

TEST_F(UndoRedoTest, UndoingAnAddRemovesTheCheckIn)
{
    auto *note = child<QPlainTextEdit>(m_window.get(), QStringLiteral("noteEdit"));
    ASSERT_TRUE(focusOn(note));
    typeText(QStringLiteral("Second one."));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(m_table->model()->rowCount(), 2);
    EXPECT_EQ(storedToday(), 2);

    action(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ(m_table->model()->rowCount(), 1);
    EXPECT_EQ(storedToday(), 1);
    action(QStringLiteral("redoAction"))->trigger();
    EXPECT_EQ(m_table->model()->rowCount(), 2);
    EXPECT_EQ(storedToday(), 2);
}

TEST_F(UndoRedoTest, EditWithEnterThenUndoRestoresOldValues)
{
    auto *form = child<CheckInForm>(m_window.get(), QStringLiteral("checkInForm"));
    auto *first = child<QRadioButton>(m_window.get(), QStringLiteral("partnerChoice1"));
    auto *second = child<QRadioButton>(m_window.get(), QStringLiteral("partnerChoice2"));
    auto *mood = child<ScaleSlider>(m_window.get(), QStringLiteral("moodScale"));
    auto *note = child<QPlainTextEdit>(m_window.get(), QStringLiteral("noteEdit"));
    auto *save = child<QPushButton>(m_window.get(), QStringLiteral("saveCheckInButton"));
    ASSERT_TRUE(form && first && second && mood && note && save);

    // The form shows someone else's choice first, so editing must switch it to the check-in's partner.
    second->setChecked(true);
    selectFirstRow();
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(form->isEditing());
    EXPECT_EQ(save->text(), QStringLiteral("&Save changes"));
    EXPECT_TRUE(first->isChecked());
    EXPECT_EQ(mood->value(), 2);
    EXPECT_EQ(note->toPlainText(), QStringLiteral("Long day."));
    EXPECT_EQ(focusedWidget(), first) << "Editing starts at the top of the form";

    // Mood up to 5 and a new note, with the keyboard.
    ASSERT_TRUE(focusOn(mood->slider()));
    pressKey(Qt::Key_5);
    ASSERT_TRUE(focusOn(note));
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("Better after a walk."));
    pressKey(Qt::Key_Return, Qt::ControlModifier);

    EXPECT_FALSE(form->isEditing());
    ASSERT_EQ(m_table->model()->rowCount(), 1);
    EXPECT_EQ(rowTexts(*m_table->model(), 0).at(CheckInListModel::Mood), QStringLiteral("5"));
    EXPECT_EQ(rowTexts(*m_table->model(), 0).at(CheckInListModel::Note), QStringLiteral("Better after a walk."));
    std::optional<CheckIn> edited = stored(m_checkIn.id);
    ASSERT_TRUE(edited.has_value());
    EXPECT_EQ(edited->mood, 5);
    EXPECT_EQ(edited->stress, 4);
    EXPECT_EQ(edited->note, QStringLiteral("Better after a walk."));
    EXPECT_EQ(edited->partnerId, m_partners[0].id);
    EXPECT_EQ(edited->atUtc, m_checkIn.atUtc) << "Editing keeps when the check-in was made";
    EXPECT_EQ(storedToday(), 1) << "Editing changes the check-in, it does not add one";

    ASSERT_TRUE(focusOn(m_table));
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(rowTexts(*m_table->model(), 0).at(CheckInListModel::Mood), QStringLiteral("2"));
    EXPECT_EQ(rowTexts(*m_table->model(), 0).at(CheckInListModel::Note), QStringLiteral("Long day."));
    const std::optional<CheckIn> undone = stored(m_checkIn.id);
    ASSERT_TRUE(undone.has_value());
    EXPECT_EQ(undone->mood, 2);
    EXPECT_EQ(undone->note, QStringLiteral("Long day."));

    pressKey(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(rowTexts(*m_table->model(), 0).at(CheckInListModel::Mood), QStringLiteral("5"));
    edited = stored(m_checkIn.id);
    ASSERT_TRUE(edited.has_value());
    EXPECT_EQ(edited->note, QStringLiteral("Better after a walk."));
}

TEST_F(UndoRedoTest, EscapeCancelsEditingAndChangesNothing)
{
    auto *form = child<CheckInForm>(m_window.get(), QStringLiteral("checkInForm"));
    auto *mood = child<ScaleSlider>(m_window.get(), QStringLiteral("moodScale"));
    auto *cancel = child<QPushButton>(m_window.get(), QStringLiteral("cancelEditButton"));
    ASSERT_TRUE(form && mood && cancel);
    EXPECT_FALSE(cancel->isVisible());

    selectFirstRow();
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(form->isEditing());
    EXPECT_TRUE(cancel->isVisible());
    ASSERT_TRUE(focusOn(mood->slider()));
    pressKey(Qt::Key_5);
    pressKey(Qt::Key_Escape);

    EXPECT_FALSE(form->isEditing());
    EXPECT_FALSE(cancel->isVisible());
    EXPECT_EQ(mood->value(), 3);
    EXPECT_EQ(rowTexts(*m_table->model(), 0).at(CheckInListModel::Mood), QStringLiteral("2"));
    const std::optional<CheckIn> unchanged = stored(m_checkIn.id);
    ASSERT_TRUE(unchanged.has_value());
    EXPECT_EQ(unchanged->mood, 2);
    EXPECT_EQ(m_window->undoStack()->count(), 0);
}

} // namespace
} // namespace tend::test

namespace tend::test {
namespace {

TEST_F(UndoRedoTest, UndoWhileEditingStopsEditingInsteadOfLettingASaveUndoIt)
{
    // A first edit: mood 2 -> 5.
    ASSERT_NO_FATAL_FAILURE(editFirstRowMood(Qt::Key_5));
    auto *form = child<CheckInForm>(m_window.get(), QStringLiteral("checkInForm"));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(stored(m_checkIn.id)->mood, 5);

    // Open it again, then undo the first edit from the keyboard.
    selectFirstRow();
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(form->isEditing());
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    ASSERT_EQ(stored(m_checkIn.id)->mood, 2);
    EXPECT_FALSE(form->isEditing()) << "the form still holds the undone values";
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("editing stopped")));

    // Saving now adds a new check-in; it does not quietly redo the undone edit.
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(stored(m_checkIn.id)->mood, 2);
}

} // namespace
} // namespace tend::test

namespace tend::test {
namespace {

TEST_F(UndoRedoTest, ClosingTheWindowErasesWhatDeletedCheckInsSaid)
{
    selectFirstRow();
    pressKey(Qt::Key_Delete);
    ASSERT_EQ(m_table->model()->rowCount(), 0);
    QSqlQuery note(m_database->connection());
    ASSERT_TRUE(note.prepare(QStringLiteral("SELECT note FROM check_ins WHERE id = ?")));
    note.addBindValue(m_checkIn.id.toString(QUuid::WithoutBraces));
    ASSERT_TRUE(note.exec() && note.next());
    EXPECT_EQ(note.value(0).toString(), QStringLiteral("Long day.")) << "undo still needs it while the window is open";
    note.finish();

    m_clock.advanceSeconds(5);
    EXPECT_TRUE(m_window->close());
    ASSERT_TRUE(note.exec() && note.next());
    EXPECT_EQ(note.value(0).toString(), QString());
    EXPECT_FALSE(action(QStringLiteral("undoAction"))->isEnabled());
}

} // namespace
} // namespace tend::test

namespace tend::test {
namespace {

TEST_F(UndoRedoTest, CtrlNWhileEditingKeepsUnsavedChangesAndStartsAfreshOnlyWithoutThem)
{
    ASSERT_NO_FATAL_FAILURE(editFirstRowMood(Qt::Key_5));
    auto *form = child<CheckInForm>(m_window.get(), QStringLiteral("checkInForm"));
    auto *mood = child<ScaleSlider>(m_window.get(), QStringLiteral("moodScale"));
    pressKey(Qt::Key_N, Qt::ControlModifier);
    EXPECT_TRUE(form->isEditing()) << "Ctrl+N does not throw away an unsaved change";
    EXPECT_EQ(mood->value(), 5);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("still editing")));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(stored(m_checkIn.id)->mood, 5) << "and the edit can still be saved";

    selectFirstRow();
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(form->isEditing());
    pressKey(Qt::Key_N, Qt::ControlModifier);
    EXPECT_FALSE(form->isEditing()) << "With nothing changed, Ctrl+N starts a new check-in";
    EXPECT_EQ(mood->value(), 3);
}

} // namespace
} // namespace tend::test
