// The Needs page driven as a couple would: adding by keyboard, refusals, reordering by keys
// and by drag and drop, the status workflow with undo, filters, and this week's need.

#include "uitesthelpers.h"

#include "mainwindow.h"
#include "needlistmodel.h"
#include "storage/needrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QMenu>

namespace tend::test {
namespace {

class NeedsPageTest : public CoupleWindowTest
{
protected:
    void SetUp() override
    {
        CoupleWindowTest::SetUp();
        if (HasFatalFailure())
            return;
        pressKey(Qt::Key_4, Qt::ControlModifier);
        m_page = child<QWidget>(m_window.get(), QStringLiteral("needsPage"));
        ASSERT_TRUE(m_page) << "Ctrl+4 did not open the Needs page";
        ASSERT_TRUE(waitUntil([this] { return m_page->isVisible(); }));
        m_list = child<QTableView>(m_page, QStringLiteral("needsList"));
        ASSERT_TRUE(m_list);
    }

    QList<Need> stored() const
    {
        Result<QList<Need>> needs = NeedRepository(*m_database, m_clock).all();
        EXPECT_TRUE(needs.ok());
        return needs.ok() ? needs.value() : QList<Need>();
    }

    QStringList storedTexts() const
    {
        QStringList texts;
        for (const Need &need : stored())
            texts.append(need.text);
        return texts;
    }

    std::optional<Need> storedNeed(const QString &text) const
    {
        for (const Need &need : stored()) {
            if (need.text == text)
                return need;
        }
        return std::nullopt;
    }

    QStringList shownTexts() const
    {
        QStringList texts;
        for (int row = 0; row < m_list->model()->rowCount(); ++row)
            texts.append(m_list->model()->index(row, NeedListModel::Text).data().toString());
        return texts;
    }

    // Adds a need, opens its text with F2 and types new words over it, leaving the editor open.
    void startRewording(const QString &text, const QString &newText)
    {
        addByKeyboard(text);
        select(text);
        m_list->setCurrentIndex(m_list->model()->index(0, NeedListModel::Text));
        pressKey(Qt::Key_F2);
        ASSERT_TRUE(waitUntil([] { return qobject_cast<QLineEdit *>(focusedWidget()) != nullptr; }));
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(newText);
    }

    void addByKeyboard(const QString &text)
    {
        pressKey(Qt::Key_N, Qt::AltModifier); // New need
        ASSERT_EQ(focusedWidget(), child<QLineEdit>(m_page, QStringLiteral("needTextEdit")));
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(text);
        pressKey(Qt::Key_Return);
    }

    // The message box the window shows for a refusal; closed after reading.
    QString refusal()
    {
        QMessageBox *box = nullptr;
        if (!waitUntil([&] {
                box = child<QMessageBox>(m_window.get(), QStringLiteral("errorMessage"));
                return box && box->isVisible();
            }))
            return {};
        const QString text = box->text();
        box->close();
        delete box;
        EXPECT_TRUE(showAndActivate(m_window.get()));
        return text;
    }

    void select(const QString &text)
    {
        const int row = int(shownTexts().indexOf(text));
        ASSERT_GE(row, 0) << text.toStdString() << " is not shown";
        ASSERT_TRUE(focusOn(m_list));
        m_list->selectRow(row);
    }

    Need saveNeed(const QString &text, NeedPriority priority, int daysAgo)
    {
        Need need;
        need.raisedBy = m_partners[1].id;
        need.text = text;
        need.priority = priority;
        need.createdUtc = m_clock.nowUtc().addDays(-daysAgo);
        EXPECT_TRUE(NeedRepository(*m_database, m_clock).add(need).ok());
        return need;
    }

    QWidget *m_page = nullptr;
    QTableView *m_list = nullptr;
};

TEST_F(NeedsPageTest, NeedsAreAddedByKeyboardAndEmptyOrRepeatedOnesAreRefused)
{
    addByKeyboard(QStringLiteral("More hugs when we get home"));
    addByKeyboard(QStringLiteral("A quiet Sunday morning"));
    EXPECT_EQ(storedTexts(), (QStringList{QStringLiteral("More hugs when we get home"), QStringLiteral("A quiet Sunday morning")}));
    EXPECT_EQ(shownTexts(), storedTexts());
    EXPECT_EQ(storedNeed(QStringLiteral("More hugs when we get home"))->raisedBy, m_partners[0].id);
    EXPECT_TRUE(child<QLineEdit>(m_page, QStringLiteral("needTextEdit"))->text().isEmpty()) << "Ready for the next";

    addByKeyboard(QStringLiteral("   "));
    EXPECT_TRUE(refusal().contains(QStringLiteral("write what the need is about")));
    addByKeyboard(QStringLiteral("more hugs  when we get HOME"));
    EXPECT_TRUE(refusal().contains(QStringLiteral("already on your list")));
    EXPECT_EQ(stored().size(), 2) << "Nothing was added by the refusals";
    EXPECT_EQ(child<QLineEdit>(m_page, QStringLiteral("needTextEdit"))->text(), QStringLiteral("more hugs  when we get HOME"))
        << "A refused need stays as typed";

    ASSERT_TRUE(focusOn(m_list)); // in the text box, Ctrl+Z undoes typing
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(storedTexts(), QStringList{QStringLiteral("More hugs when we get home")}) << "Undo takes the last addition back";
}

TEST_F(NeedsPageTest, TheOrderChangesByKeysAndByDragAndDropAndIsSaved)
{
    for (const QString &text : {QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Third")})
        addByKeyboard(text);
    select(QStringLiteral("Third"));
    pressKey(Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(storedTexts(), (QStringList{QStringLiteral("First"), QStringLiteral("Third"), QStringLiteral("Second")}));
    EXPECT_EQ(m_list->currentIndex().data().toString(), QStringLiteral("Third")) << "The moved need stays selected";
    pressKey(Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(storedTexts(), (QStringList{QStringLiteral("Third"), QStringLiteral("First"), QStringLiteral("Second")}));
    pressKey(Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(storedTexts(), (QStringList{QStringLiteral("First"), QStringLiteral("Third"), QStringLiteral("Second")}));
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(storedTexts(), (QStringList{QStringLiteral("Third"), QStringLiteral("First"), QStringLiteral("Second")}));

    // A drag of "Second" dropped on "Third" puts it before "Third".
    QAbstractItemModel *model = m_list->model();
    std::unique_ptr<QMimeData> dragged(model->mimeData({model->index(2, 0)}));
    ASSERT_TRUE(model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model->index(0, 0)));
    model->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model->index(0, 0));
    ASSERT_TRUE(waitUntil([this] { return storedTexts().first() == QStringLiteral("Second"); }));
    EXPECT_EQ(storedTexts(), (QStringList{QStringLiteral("Second"), QStringLiteral("Third"), QStringLiteral("First")}));
    EXPECT_EQ(shownTexts(), storedTexts());

    // The order is kept across a restart.
    m_window.reset();
    m_window = openWindow(*m_database, m_partners);
    pressKey(Qt::Key_4, Qt::ControlModifier);
    auto *list = child<QTableView>(m_window.get(), QStringLiteral("needsList"));
    ASSERT_TRUE(list && waitUntil([list] { return list->isVisible(); }));
    EXPECT_EQ(list->model()->index(0, NeedListModel::Text).data().toString(), QStringLiteral("Second"));
}

TEST_F(NeedsPageTest, ANeedIsTalkedAboutResolvedWithANoteReopenedAndEachStepUndone)
{
    addByKeyboard(QStringLiteral("More hugs when we get home"));
    const QString hugs = QStringLiteral("More hugs when we get home");
    select(hugs);
    auto *startTalking = child<QPushButton>(m_page, QStringLiteral("startTalkingButton"));
    auto *resolve = child<QPushButton>(m_page, QStringLiteral("resolveNeedButton"));
    auto *reopen = child<QPushButton>(m_page, QStringLiteral("reopenNeedButton"));
    ASSERT_TRUE(startTalking && resolve && reopen);
    EXPECT_FALSE(reopen->isEnabled()) << "An open need cannot be reopened";

    QTest::mouseClick(startTalking, Qt::LeftButton);
    EXPECT_EQ(storedNeed(hugs)->status, NeedStatus::TalkingAboutIt);
    EXPECT_FALSE(startTalking->isEnabled());

    ModalDialogDriver driver(QStringLiteral("resolveNeedDialog"), [](QWidget *dialog) {
        auto *note = dialog->findChild<QPlainTextEdit *>();
        ASSERT_TRUE(note);
        ASSERT_TRUE(focusOn(note));
        typeText(QStringLiteral("We hug at the door now."));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        ASSERT_TRUE(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(resolve, Qt::LeftButton);
    ASSERT_TRUE(driver.ran());
    ASSERT_TRUE(showAndActivate(m_window.get()));
    std::optional<Need> resolved = storedNeed(hugs);
    EXPECT_EQ(resolved->status, NeedStatus::Resolved);
    EXPECT_EQ(resolved->resolutionNote, QStringLiteral("We hug at the door now."));
    EXPECT_EQ(resolved->resolvedUtc, m_clock.nowUtc());
    EXPECT_TRUE(m_list->model()->index(0, NeedListModel::Since).data().toString().startsWith(QStringLiteral("resolved")));

    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(storedNeed(hugs)->status, NeedStatus::TalkingAboutIt) << "Undo takes the resolution back";
    EXPECT_TRUE(storedNeed(hugs)->resolutionNote.isEmpty());
    pressKey(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(storedNeed(hugs)->status, NeedStatus::Resolved);

    select(hugs);
    ASSERT_TRUE(reopen->isEnabled());
    QTest::mouseClick(reopen, Qt::LeftButton);
    EXPECT_EQ(storedNeed(hugs)->status, NeedStatus::Open);
    EXPECT_FALSE(storedNeed(hugs)->resolvedUtc.isValid());

    select(hugs);
    pressKey(Qt::Key_Delete);
    EXPECT_TRUE(stored().isEmpty());
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(storedTexts(), QStringList{hugs}) << "Undo brings a deleted need back";
}

TEST_F(NeedsPageTest, AResolutionNoteTooLongToSaveComesBackAsTypedWithTheReason)
{
    const QString hugs = QStringLiteral("More hugs when we get home");
    addByKeyboard(hugs);
    select(hugs);
    const QString tooLong = QString(1001, QLatin1Char('x'));
    std::unique_ptr<ModalDialogDriver> again;
    ModalDialogDriver first(QStringLiteral("resolveNeedDialog"), [&](QWidget *dialog) {
        auto *note = dialog->findChild<QPlainTextEdit *>();
        ASSERT_TRUE(note && focusOn(note));
        typeText(tooLong);
        again = std::make_unique<ModalDialogDriver>(QStringLiteral("resolveNeedDialog"), [&](QWidget *shownAgain) {
            auto *label = shownAgain->findChild<QLabel *>();
            ASSERT_TRUE(label);
            EXPECT_TRUE(label->text().contains(QStringLiteral("at most 1000 characters")));
            auto *kept = shownAgain->findChild<QPlainTextEdit *>();
            ASSERT_TRUE(kept);
            EXPECT_EQ(kept->toPlainText(), tooLong) << "What was typed is not lost";
            ASSERT_TRUE(focusOn(kept));
            pressKey(Qt::Key_A, Qt::ControlModifier);
            typeText(QStringLiteral("We hug at the door now."));
            QTest::mouseClick(shownAgain->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(m_page, QStringLiteral("resolveNeedButton")), Qt::LeftButton);
    ASSERT_TRUE(first.ran());
    ASSERT_TRUE(again && again->ran());
    EXPECT_EQ(storedNeed(hugs)->status, NeedStatus::Resolved);
    EXPECT_EQ(storedNeed(hugs)->resolutionNote, QStringLiteral("We hug at the door now."));
}

TEST_F(NeedsPageTest, RewordingAndThenClickingStartTalkingKeepsBoth)
{
    ASSERT_NO_FATAL_FAILURE(startRewording(QStringLiteral("More hugs"), QStringLiteral("More hugs at the door")));
    // No Enter: the click closes the editor, and both the words and the status must stay.
    auto *startTalking = child<QPushButton>(m_page, QStringLiteral("startTalkingButton"));
    ASSERT_TRUE(startTalking && startTalking->isEnabled());
    QTest::mouseClick(startTalking, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([this] {
        const std::optional<Need> need = storedNeed(QStringLiteral("More hugs at the door"));
        return need && need->status == NeedStatus::TalkingAboutIt;
    }));
    EXPECT_EQ(stored().size(), 1);
}

TEST_F(NeedsPageTest, ANeedIsRewordedWithF2AndItsPriorityChangedWithUndo)
{
    ASSERT_NO_FATAL_FAILURE(startRewording(QStringLiteral("More hugs"), QStringLiteral("More hugs at the door")));
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([this] { return storedNeed(QStringLiteral("More hugs at the door")).has_value(); }));
    ASSERT_TRUE(waitUntil([this] { return focusedWidget() == m_list; }));

    select(QStringLiteral("More hugs at the door"));
    auto *priority = child<QToolButton>(m_page, QStringLiteral("needPriorityButton"));
    ASSERT_TRUE(priority && priority->isEnabled());
    QAction *high = nullptr;
    for (QAction *choice : priority->menu()->actions()) {
        if (choice->text() == QStringLiteral("High priority"))
            high = choice;
    }
    ASSERT_TRUE(high && high->isEnabled());
    high->trigger();
    EXPECT_EQ(storedNeed(QStringLiteral("More hugs at the door"))->priority, NeedPriority::High);
    EXPECT_EQ(m_list->model()->index(0, NeedListModel::Priority).data().toString(), QStringLiteral("High"));

    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(storedNeed(QStringLiteral("More hugs at the door"))->priority, NeedPriority::Medium);
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(storedNeed(QStringLiteral("More hugs")).has_value()) << "Undo takes the new words back";
}

TEST_F(NeedsPageTest, TheListIsFilteredByStatusPartnerAndWords)
{
    Need cafe; // typed with an accent, which the test's keyboard cannot type
    cafe.raisedBy = m_partners[0].id;
    cafe.text = QStringLiteral("A café morning, just us");
    ASSERT_TRUE(NeedRepository(*m_database, m_clock).add(cafe).ok());
    addByKeyboard(QStringLiteral("More hugs when we get home"));
    Need samsNeed;
    samsNeed.raisedBy = m_partners[1].id;
    samsNeed.text = QStringLiteral("Talking about the holidays");
    ASSERT_TRUE(NeedRepository(*m_database, m_clock).add(samsNeed).ok());
    Need talking = samsNeed;
    talking.status = NeedStatus::TalkingAboutIt;
    ASSERT_TRUE(NeedRepository(*m_database, m_clock).update(talking).ok());
    addByKeyboard(QStringLiteral("Tea in bed")); // the page reloads with Sam's need too
    ASSERT_EQ(shownTexts().size(), 4);

    auto *status = child<QComboBox>(m_page, QStringLiteral("needStatusFilter"));
    ASSERT_TRUE(focusOn(status));
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Down); // Talking about it
    EXPECT_EQ(shownTexts(), QStringList{QStringLiteral("Talking about the holidays")});
    pressKey(Qt::Key_Up);
    pressKey(Qt::Key_Up); // Every status

    auto *partner = child<QComboBox>(m_page, QStringLiteral("needPartnerFilter"));
    ASSERT_TRUE(focusOn(partner));
    pressKey(Qt::Key_Down); // Robin
    EXPECT_EQ(shownTexts().size(), 3);

    auto *search = child<QLineEdit>(m_page, QStringLiteral("needSearch"));
    ASSERT_TRUE(focusOn(search));
    typeText(QStringLiteral("cafe"));
    EXPECT_EQ(shownTexts(), QStringList{QStringLiteral("A café morning, just us")}) << "Accents do not matter";
}

class WeeklyNeedTest : public NeedsPageTest
{
protected:
    void beforeWindowOpens() override
    {
        saveNeed(QStringLiteral("Screens off after ten"), NeedPriority::Medium, 30);
        saveNeed(QStringLiteral("More time with friends"), NeedPriority::High, 3);
        saveNeed(QStringLiteral("Our budget"), NeedPriority::High, 20);
    }
};

TEST_F(WeeklyNeedTest, TendSuggestsOneTheCouplePickAnotherAndMarkItDiscussed)
{
    auto *text = child<QLabel>(m_page, QStringLiteral("weeklyNeedText"));
    auto *detail = child<QLabel>(m_page, QStringLiteral("weeklyNeedDetail"));
    auto *pick = child<QPushButton>(m_page, QStringLiteral("pickWeeklyNeedButton"));
    auto *discussed = child<QPushButton>(m_page, QStringLiteral("markDiscussedButton"));
    ASSERT_TRUE(text && detail && pick && discussed);
    EXPECT_EQ(text->text(), QStringLiteral("Our budget")) << "Highest priority, then waiting longest";
    EXPECT_TRUE(detail->text().contains(QStringLiteral("suggested")));

    select(QStringLiteral("Screens off after ten"));
    ASSERT_TRUE(pick->isEnabled());
    QTest::mouseClick(pick, Qt::LeftButton);
    EXPECT_EQ(text->text(), QStringLiteral("Screens off after ten"));
    EXPECT_TRUE(detail->text().contains(QStringLiteral("picked by you")));

    QTest::mouseClick(discussed, Qt::LeftButton);
    EXPECT_EQ(storedNeed(QStringLiteral("Screens off after ten"))->discussedUtc, m_clock.nowUtc());
    EXPECT_EQ(text->text(), QStringLiteral("Screens off after ten")) << "It stays this week's need, discussed";
    EXPECT_TRUE(detail->text().contains(QStringLiteral("discussed on")));
    EXPECT_FALSE(discussed->isEnabled());

    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(storedNeed(QStringLiteral("Screens off after ten"))->discussedUtc.isValid());
    EXPECT_TRUE(discussed->isEnabled());
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(text->text(), QStringLiteral("Our budget")) << "Undoing the pick brings the suggestion back";

    // A week later a need discussed less than two weeks ago is not suggested again.
    QTest::mouseClick(discussed, Qt::LeftButton); // "Our budget", discussed now
    m_clock.advanceDays(7);
    m_window.reset();
    m_window = openWindow(*m_database, m_partners);
    pressKey(Qt::Key_4, Qt::ControlModifier);
    auto *nextWeek = child<QLabel>(m_window.get(), QStringLiteral("weeklyNeedText"));
    ASSERT_TRUE(nextWeek && waitUntil([nextWeek] { return nextWeek->isVisible(); }));
    EXPECT_EQ(nextWeek->text(), QStringLiteral("More time with friends"));
}

TEST_F(WeeklyNeedTest, AWeekThatEndsWhileThePageIsOpenIsNotMarkedByMistake)
{
    auto *text = child<QLabel>(m_page, QStringLiteral("weeklyNeedText"));
    auto *pick = child<QPushButton>(m_page, QStringLiteral("pickWeeklyNeedButton"));
    auto *discussed = child<QPushButton>(m_page, QStringLiteral("markDiscussedButton"));
    ASSERT_TRUE(text && pick && discussed);
    select(QStringLiteral("Screens off after ten"));
    QTest::mouseClick(pick, Qt::LeftButton);
    ASSERT_EQ(text->text(), QStringLiteral("Screens off after ten"));

    // The window stays open into the next week, which has not picked anything yet.
    m_clock.advanceDays(7);
    ASSERT_TRUE(discussed->isEnabled());
    QTest::mouseClick(discussed, Qt::LeftButton);
    EXPECT_FALSE(storedNeed(QStringLiteral("Screens off after ten"))->discussedUtc.isValid())
        << "last week's pick is not marked discussed in the new week";
    EXPECT_EQ(text->text(), QStringLiteral("Our budget")) << "the new week's suggestion is shown instead";
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("new week")));
    EXPECT_FALSE(storedNeed(QStringLiteral("Our budget"))->discussedUtc.isValid());
}

} // namespace
} // namespace tend::test
