// Saving a History chart as a PNG: at twice the size on screen, private to its owner, written
// through "Save as image…", and a path that cannot be written gives a clear message.

#include "historycharttestdata.h"
#include "uitesthelpers.h"

#include "history/chartimage.h"
#include "history/chartsavebutton.h"
#include "history/needsmetchart.h"

#include <QChartView>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace tend::test {
namespace {

class ChartImageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        m_chart.setPartners(chartPartners());
        const DayPeriod period{QDate(2024, 4, 15), QDate(2024, 5, 14)};
        m_chart.setHistory({wanderingAverages(period.from, 20, 1, 0, 1), wanderingAverages(period.from, 10, 3, 0, 1, 2)},
                           period, Bucket::Day);
        m_chart.resize(640, 300);
        ASSERT_TRUE(showAndActivate(&m_chart));
    }

    QString path(const QString &name) const { return m_folder.filePath(name); }

    QTemporaryDir m_folder;
    NeedsMetChart m_chart;
};

TEST_F(ChartImageTest, WritesAPrivatePngAtTwiceTheSizeOnScreen)
{
    const QString file = path(QStringLiteral("needs.png"));
    const Status saved = saveChartImage(m_chart.chartView(), file);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    QImage image;
    ASSERT_TRUE(image.load(file, "PNG"));
    EXPECT_EQ(image.size(), m_chart.chartView()->viewport()->size() * 2);
    EXPECT_EQ(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());
    EXPECT_TRUE(QFile::permissions(file).testFlags(QFile::ReadOwner | QFile::WriteOwner));
    // The lines are drawn, not just a white page.
    const QColor alex(QStringLiteral("#3d7a78"));
    bool foundAlex = false;
    for (int y = 0; y < image.height() && !foundAlex; y += 2) {
        for (int x = 0; x < image.width() && !foundAlex; x += 2)
            foundAlex = image.pixelColor(x, y) == alex;
    }
    EXPECT_TRUE(foundAlex);
}

TEST_F(ChartImageTest, APathInAMissingFolderGivesAClearMessage)
{
    const QString file = path(QStringLiteral("missing/needs.png"));
    const Status saved = saveChartImage(m_chart.chartView(), file);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().message.startsWith(QStringLiteral("Tend could not write %1: ").arg(file)))
        << saved.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(file));
}

TEST_F(ChartImageTest, TheButtonAsksWhereThenSaves)
{
    ChartSaveButton *button = child<ChartSaveButton>(&m_chart, QStringLiteral("saveChartImage"));
    ASSERT_TRUE(button);
    QString offered;
    button->setPathAsker([&](QWidget *, const QString &suggested) {
        offered = suggested;
        return path(QStringLiteral("chosen"));
    });
    QSignalSpy saved(&m_chart, &NeedsMetChart::imageSaved);
    QSignalSpy failed(&m_chart, &NeedsMetChart::failed);
    ASSERT_TRUE(focusOn(button));
    pressKey(Qt::Key_Space);
    EXPECT_TRUE(offered.endsWith(QStringLiteral("/tend-needs-met-2024-05-14.png"))) << offered.toStdString();
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved[0].at(0).toString(), path(QStringLiteral("chosen.png")));
    EXPECT_TRUE(QImage(path(QStringLiteral("chosen.png"))).width() > 0);
    EXPECT_TRUE(failed.isEmpty());
}

TEST_F(ChartImageTest, TheButtonReportsAFailureAndCancellingDoesNothing)
{
    ChartSaveButton *button = m_chart.saveButton();
    QSignalSpy saved(&m_chart, &NeedsMetChart::imageSaved);
    QSignalSpy failed(&m_chart, &NeedsMetChart::failed);

    button->setPathAsker([](QWidget *, const QString &) { return QString(); });
    button->click();
    EXPECT_TRUE(saved.isEmpty());
    EXPECT_TRUE(failed.isEmpty());

    const QString unwritable = path(QStringLiteral("missing/chart.png"));
    button->setPathAsker([&](QWidget *, const QString &) { return unwritable; });
    button->click();
    EXPECT_TRUE(saved.isEmpty());
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed[0].at(0).toString().contains(unwritable)) << failed[0].at(0).toString().toStdString();
}

} // namespace
} // namespace tend::test
