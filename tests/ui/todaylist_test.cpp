// Today's list: its columns fit every value they can show from the start, so they do not
// jump when a check-in of another partner or kind arrives.

#include "uitesthelpers.h"

#include "checkinlistmodel.h"
#include "mainwindow.h"
#include "plainrowdelegate.h"

#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

namespace tend::test {
namespace {

class TodayListTest : public UiTest
{
protected:
    QList<int> columnWidths() const
    {
        QList<int> widths;
        for (int column = 0; column < CheckInListModel::Note; ++column) {
            if (!m_table->isColumnHidden(column))
                widths.append(m_table->columnWidth(column));
        }
        return widths;
    }

    // Every cell's text fits its column without eliding.
    void expectEveryCellFits() const
    {
        const QAbstractItemModel &model = *m_table->model();
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < CheckInListModel::Note; ++column) {
                if (m_table->isColumnHidden(column))
                    continue;
                const QString text = model.index(row, column).data().toString();
                const bool withIcon = column == CheckInListModel::Who;
                EXPECT_LE(PlainRowDelegate::cellWidth(m_table->fontMetrics(), text, withIcon),
                          m_table->columnWidth(column))
                    << "row " << row << ", column " << column << ": " << text.toStdString();
            }
        }
    }

    QTableView *m_table = nullptr;
};

TEST_F(TodayListTest, ColumnsFitEveryValueBeforeItArrivesAndStayPut)
{
    std::unique_ptr<Database> database = openDatabase();
    ASSERT_TRUE(database);
    QList<Partner> partners = saveCouple(*database);
    saveCheckIn(*database, partners[0], CheckInKind::Daily, 3, 3, 3, {});
    std::unique_ptr<MainWindow> window = openWindow(*database, partners);
    m_table = child<QTableView>(window.get(), QStringLiteral("todayList"));
    ASSERT_TRUE(m_table);
    ASSERT_EQ(m_table->model()->rowCount(), 1);
    const QList<int> before = columnWidths();

    // Sam checks in after intimacy: a partner and a kind not in the list yet.
    auto *sam = child<QRadioButton>(window.get(), QStringLiteral("partnerChoice2"));
    auto *afterIntimacy = child<QRadioButton>(window.get(), QStringLiteral("kindAfterIntimacy"));
    auto *save = child<QPushButton>(window.get(), QStringLiteral("saveCheckInButton"));
    ASSERT_TRUE(sam && afterIntimacy && save);
    QTest::mouseClick(sam, Qt::LeftButton);
    QTest::mouseClick(afterIntimacy, Qt::LeftButton);
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([this] { return m_table->model()->rowCount() == 2; }));

    EXPECT_EQ(columnWidths(), before);
    expectEveryCellFits();
}

} // namespace
} // namespace tend::test
