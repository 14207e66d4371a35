// Tend for people who use a keyboard or a screen reader: on every page every control has a
// name and the Alt+letter keys are not ambiguous; on the Today page the Tab key walks the form
// in reading order.

#include "uitesthelpers.h"

#include "mainwindow.h"
#include "scaleslider.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QTableView>

namespace tend::test {
namespace {

class AccessibilityTest : public CoupleWindowTest
{
protected:
    void beforeWindowOpens() override
    {
        // One check-in, so the list and its buttons are shown too.
        saveCheckIn(*m_database, m_partners[1], CheckInKind::Daily, 3, 3, 3, QStringLiteral("Fine."));
    }

    void SetUp() override
    {
        CoupleWindowTest::SetUp();
        if (HasFatalFailure())
            return;
        m_page = child<QWidget>(m_window.get(), QStringLiteral("todayPage"));
        ASSERT_TRUE(m_page);
        auto *table = child<QTableView>(m_page, QStringLiteral("todayList"));
        ASSERT_TRUE(table);
        table->selectRow(0);
    }

    // Shows the page called `objectName` through the navigation, as a person would.
    void openPage(const QString &objectName)
    {
        auto *navigation = child<QListWidget>(m_window.get(), QStringLiteral("navigation"));
        ASSERT_TRUE(navigation);
        for (int row = 0; row < navigation->count(); ++row) {
            if (navigation->item(row)->data(Qt::UserRole).toString() == objectName)
                navigation->setCurrentRow(row);
        }
        m_page = child<QWidget>(m_window.get(), objectName);
        ASSERT_TRUE(m_page) << "No page " << objectName.toStdString();
        ASSERT_TRUE(waitUntil([this] { return m_page->isVisible(); }));
    }

    // Labels whose buddy is `widget`.
    QList<QLabel *> labelsFor(const QWidget *widget) const
    {
        QList<QLabel *> labels;
        for (QLabel *label : m_page->findChildren<QLabel *>()) {
            if (label->buddy() == widget)
                labels.append(label);
        }
        return labels;
    }

    QWidget *m_page = nullptr;
};

struct PageControls
{
    const char *caseName;
    const char *page;
    int minimumControls;
    bool afterIntimacy = false; // the check-in form showing its after-intimacy fields
};

class PageAccessibilityTest : public AccessibilityTest, public ::testing::WithParamInterface<PageControls>
{
protected:
    void openParameterPage()
    {
        openPage(QLatin1StringView(GetParam().page));
        if (GetParam().afterIntimacy) {
            auto *kind = child<QRadioButton>(m_page, QStringLiteral("kindAfterIntimacy"));
            ASSERT_TRUE(kind);
            kind->click();
            ASSERT_TRUE(waitUntil([this] { return child<QWidget>(m_page, QStringLiteral("aftercareChecklist"))->isVisible(); }));
        }
    }
};

TEST_P(PageAccessibilityTest, EveryFocusableControlHasAName)
{
    openParameterPage();
    int checked = 0;
    for (QWidget *widget : m_page->findChildren<QWidget *>()) {
        // Not only Tab stops: the other radio button of a group is reached with the arrows.
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        ++checked;
        // The editor inside a spin box or date edit hands its focus to the box, which carries the name.
        if (widget->focusProxy())
            continue;
        QWidget *named = widget;
        const auto *button = qobject_cast<QAbstractButton *>(named);
        const bool hasName = !named->accessibleName().trimmed().isEmpty()
                             || (button && !button->text().remove(u'&').trimmed().isEmpty())
                             || !labelsFor(named).isEmpty();
        EXPECT_TRUE(hasName) << "No accessible name, text or label: " << widget->metaObject()->className() << " "
                           << widget->objectName().toStdString();
    }
    EXPECT_GE(checked, GetParam().minimumControls);
}

TEST_F(AccessibilityTest, ScalesSayWhatTheyMeasureAndTheirCurrentAnswer)
{
    for (const QString &name : {QStringLiteral("moodScale"), QStringLiteral("stressScale"),
                                QStringLiteral("closenessScale")}) {
        auto *scale = child<ScaleSlider>(m_page, name);
        ASSERT_TRUE(scale) << name.toStdString();
        EXPECT_FALSE(scale->slider()->accessibleName().isEmpty()) << name.toStdString();
        EXPECT_EQ(labelsFor(scale).size(), 1) << name.toStdString() << " has no label leading to it";
        scale->setValue(5);
        EXPECT_TRUE(scale->slider()->accessibleDescription().startsWith(QStringLiteral("5 · ")))
            << scale->slider()->accessibleDescription().toStdString();
    }
    EXPECT_EQ(child<QRadioButton>(m_page, QStringLiteral("partnerChoice2"))->accessibleName(),
              QStringLiteral("Checking in: Sam"));
}

TEST_F(AccessibilityTest, TabWalksTheFormInReadingOrderToTheSaveButton)
{
    auto *second = child<QRadioButton>(m_page, QStringLiteral("partnerChoice2"));
    ASSERT_TRUE(second);
    second->setChecked(true);
    const QList<QWidget *> expected{
        second,
        child<QRadioButton>(m_page, QStringLiteral("kindDaily")),
        child<ScaleSlider>(m_page, QStringLiteral("moodScale"))->slider(),
        child<ScaleSlider>(m_page, QStringLiteral("stressScale"))->slider(),
        child<ScaleSlider>(m_page, QStringLiteral("closenessScale"))->slider(),
        child<QPlainTextEdit>(m_page, QStringLiteral("noteEdit")),
        child<QCheckBox>(m_page, QStringLiteral("earlierCheck")),
        child<QPushButton>(m_page, QStringLiteral("saveCheckInButton")),
    };
    ASSERT_FALSE(expected.contains(nullptr));

    ASSERT_TRUE(focusOn(second));
    for (qsizetype i = 1; i < expected.size(); ++i) {
        pressKey(Qt::Key_Tab);
        ASSERT_EQ(focusedWidget(), expected[i]) << "Tab number " << i << " went to "
                                                << focusedWidget()->metaObject()->className() << " "
                                                << focusedWidget()->objectName().toStdString();
    }
    // Only one stop per radio group: the chosen one. Shift+Tab walks back the same way.
    for (qsizetype i = expected.size() - 2; i >= 0; --i) {
        pressKey(Qt::Key_Backtab, Qt::ShiftModifier);
        ASSERT_EQ(focusedWidget(), expected[i]) << "Shift+Tab number " << expected.size() - 1 - i;
    }
}

TEST_F(AccessibilityTest, LabelShortcutsLeadToTheirFields)
{
    const QList<std::pair<Qt::Key, QWidget *>> shortcuts{
        {Qt::Key_M, child<ScaleSlider>(m_page, QStringLiteral("moodScale"))->slider()},
        {Qt::Key_T, child<ScaleSlider>(m_page, QStringLiteral("stressScale"))->slider()},
        {Qt::Key_C, child<ScaleSlider>(m_page, QStringLiteral("closenessScale"))->slider()},
        {Qt::Key_O, child<QPlainTextEdit>(m_page, QStringLiteral("noteEdit"))},
    };
    ASSERT_TRUE(focusOn(child<QRadioButton>(m_page, QStringLiteral("partnerChoice1"))));
    for (const auto &[key, field] : shortcuts) {
        pressKey(key, Qt::AltModifier);
        EXPECT_EQ(focusedWidget(), field) << "Alt+" << QKeySequence(key).toString().toStdString();
    }
}

TEST_P(PageAccessibilityTest, AltLetterShortcutsAreUnique)
{
    openParameterPage();
    QMultiHash<QChar, QString> owners;
    for (QAction *menu : m_window->menuBar()->actions())
        owners.insert(mnemonic(menu->text()), QStringLiteral("menu ") + menu->text());
    for (QLabel *label : m_page->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy())
            owners.insert(mnemonic(label->text()), QStringLiteral("label ") + label->text());
    }
    for (QAbstractButton *button : m_page->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            owners.insert(mnemonic(button->text()), QStringLiteral("button ") + button->text());
    }
    for (const QChar letter : owners.uniqueKeys()) {
        if (letter.isNull())
            continue;
        const QStringList sharing = owners.values(letter);
        EXPECT_EQ(sharing.size(), 1) << "Alt+" << QString(letter).toStdString() << " is shared by: "
                                     << sharing.join(QStringLiteral(", ")).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Pages, PageAccessibilityTest,
    ::testing::Values(
        // Partners ×2, kinds ×2, three scales, note, earlier, save, list, edit, delete.
        PageControls{"today", "todayPage", 13},
        // And: cared for (tick and scale), the aftercare ticks.
        PageControls{"todayAfterIntimacy", "todayPage", 16, true},
        // Partners ×2, done, the form, add, rename, move, archive, archived acts, reveal together.
        PageControls{"preferences", "preferencesPage", 10},
        // The plan, two exports.
        PageControls{"plan", "planPage", 3},
        // Week's need ×2, who, text, priority, add, three filters, the list, six actions.
        PageControls{"needs", "needsPage", 12},
        // Four filters, the list (open and delete wait for a selection).
        PageControls{"checkIns", "checkInsPage", 5},
        // Five ranges, three scales, three "save as image", the calendar (the year buttons
        // wait for a year to go to).
        PageControls{"history", "historyPage", 12},
        // From, to, start, the past reviews (open and delete wait for a selection).
        PageControls{"review", "reviewPage", 4},
        // The list, add, edit, turn off, skip, delete, test, three background choices.
        PageControls{"reminders", "remindersPage", 10}),
    [](const ::testing::TestParamInfo<PageControls> &info) { return std::string(info.param.caseName); });

} // namespace
} // namespace tend::test
