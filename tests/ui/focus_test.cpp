// Where the keyboard is when the Today page appears.

#include "uitesthelpers.h"

#include "mainwindow.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QShowEvent>
#include <QRadioButton>

namespace tend::test {
namespace {

class FocusTest : public UiTest
{
};

TEST_F(FocusTest, TheFormHasTheKeyboardWhenTheWindowOpensAndKeepsItsPlaceWhenShownAgain)
{
    std::unique_ptr<Database> database = openDatabase();
    ASSERT_TRUE(database);
    std::unique_ptr<MainWindow> window = openWindow(*database, saveCouple(*database));
    EXPECT_TRUE(waitUntil([&] { return focusedWidget() == child<QRadioButton>(window.get(), QStringLiteral("partnerChoice1")); }));

    auto *note = child<QPlainTextEdit>(window.get(), QStringLiteral("noteEdit"));
    ASSERT_TRUE(focusOn(note));
    typeText(QStringLiteral("Half a thought"));
    // What the page gets when the window comes back from being minimised.
    QShowEvent restored;
    QApplication::sendEvent(child<QWidget>(window.get(), QStringLiteral("todayPage")), &restored);
    EXPECT_EQ(focusedWidget(), note) << "showing the page again moved the keyboard";
    EXPECT_EQ(note->toPlainText(), QStringLiteral("Half a thought"));
}

} // namespace
} // namespace tend::test
