// The main window remembers its size, place and page between runs, in the person's settings.

#include "uitesthelpers.h"

#include "mainwindow.h"

#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>

namespace tend::test {
namespace {

class WindowSettingsTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        if (HasFatalFailure())
            return;
        m_database = openDatabase();
        ASSERT_TRUE(m_database);
        m_partners = saveCouple(*m_database);
    }

    void TearDown() override { m_database.reset(); }

    std::unique_ptr<Database> m_database;
    QList<Partner> m_partners;
};

TEST_F(WindowSettingsTest, GeometryIsRememberedAcrossWindows)
{
    QRect placed;
    {
        std::unique_ptr<MainWindow> window = openWindow(*m_database, m_partners);
        // Not the first-run size, and not where a new window would go.
        const QSize size = window->size() + QSize(-60, -80);
        ASSERT_GE(size.width(), window->minimumSizeHint().width());
        ASSERT_GE(size.height(), window->minimumSizeHint().height());
        window->setGeometry(QRect(window->geometry().topLeft() + QPoint(37, 23), size));
        ASSERT_TRUE(waitUntil([&] { return window->size() == size; }));
        placed = window->geometry();
        EXPECT_TRUE(window->close());
    }
    EXPECT_FALSE(QSettings().value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    EXPECT_TRUE(QSettings().fileName().startsWith(settingsFolder())) << "Tests must not touch the real settings";

    // Already sized before it is shown, so it does not jump.
    auto again = std::make_unique<MainWindow>(*m_database, m_clock, m_partners);
    EXPECT_EQ(again->size(), placed.size());
    ASSERT_TRUE(showAndActivate(again.get()));
    EXPECT_EQ(again->geometry(), placed);
}

TEST_F(WindowSettingsTest, WithoutSettingsTheWindowHasItsDefaultSize)
{
    ASSERT_FALSE(QSettings().contains(QStringLiteral("window/geometry")));
    const MainWindow window(*m_database, m_clock, m_partners);
    EXPECT_EQ(window.size(), QSize(1200, 720));
}

TEST_F(WindowSettingsTest, LastPageIsSavedByName)
{
    {
        std::unique_ptr<MainWindow> window = openWindow(*m_database, m_partners);
        auto *navigation = child<QListWidget>(window.get(), QStringLiteral("navigation"));
        ASSERT_TRUE(navigation);
        EXPECT_EQ(navigation->currentRow(), 0);
        EXPECT_TRUE(window->close());
    }
    // The page is stored by name, so adding or reordering pages does not send the person elsewhere.
    EXPECT_EQ(QSettings().value(QStringLiteral("window/page")).toString(), QStringLiteral("todayPage"));

    const MainWindow window(*m_database, m_clock, m_partners);
    auto *pages = child<QStackedWidget>(&window, QStringLiteral("pages"));
    ASSERT_TRUE(pages);
    ASSERT_TRUE(pages->currentWidget());
    EXPECT_EQ(pages->currentWidget()->objectName(), QStringLiteral("todayPage"));
}

TEST_F(WindowSettingsTest, UnknownRememberedPageFallsBackToTheFirst)
{
    QSettings().setValue(QStringLiteral("window/page"), QStringLiteral("pageFromANewerVersion"));
    const MainWindow window(*m_database, m_clock, m_partners);
    auto *navigation = child<QListWidget>(&window, QStringLiteral("navigation"));
    auto *pages = child<QStackedWidget>(&window, QStringLiteral("pages"));
    ASSERT_TRUE(navigation && pages);
    EXPECT_EQ(navigation->currentRow(), 0);
    EXPECT_EQ(pages->currentIndex(), 0);
}

} // namespace
} // namespace tend::test

namespace tend::test {
namespace {

// A 1024×768 screen, less room for panels and window frames, still fits the whole window.
TEST_F(WindowSettingsTest, FitsASmallScreen)
{
    const MainWindow window(*m_database, m_clock, m_partners);
    EXPECT_LE(window.minimumSizeHint().width(), 960) << window.minimumSizeHint().width();
    EXPECT_LE(window.minimumSizeHint().height(), 640) << window.minimumSizeHint().height();
}

} // namespace
} // namespace tend::test
