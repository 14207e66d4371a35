// Damage that open() cannot see cheaply is still found and told once the window is up.

#include "uitesthelpers.h"

#include "mainwindow.h"
#include "storage/checkinrepository.h"

#include <QFile>
#include <QMessageBox>

namespace tend::test {
namespace {

class IntegrityCheckTest : public UiTest
{
protected:
    // Fills the database with enough rows that a page in the middle of the file belongs to
    // the check-ins only, then overwrites that page.
    void damageDeepInside()
    {
        {
            std::unique_ptr<Database> database = openDatabase();
            ASSERT_TRUE(database);
            m_partners = saveCouple(*database);
            QList<CheckIn> many;
            for (int i = 0; i < 3000; ++i) {
                CheckIn checkIn;
                checkIn.partnerId = m_partners[i % 2].id;
                checkIn.atUtc = m_clock.nowUtc().addSecs(-i * 3600);
                checkIn.localDay = checkIn.atUtc.date();
                checkIn.note = QStringLiteral("An evening to remember, number %1.").arg(i);
                many.append(checkIn);
            }
            ASSERT_TRUE(CheckInRepository(*database, m_clock).addAll(many).ok());
        }
        QFile file(databaseFile());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        ASSERT_GT(file.size(), 40 * pageSize);
        ASSERT_TRUE(file.seek((file.size() / pageSize / 2) * pageSize));
        ASSERT_EQ(file.write(QByteArray(pageSize, '\x5a')), pageSize);
    }

    QList<Partner> m_partners;
};

TEST_F(IntegrityCheckTest, TheWindowSaysWhenTheDatabaseIsDamaged)
{
    damageDeepInside();
    if (HasFatalFailure())
        return;
    std::unique_ptr<Database> database = openDatabase();
    ASSERT_TRUE(database);
    std::unique_ptr<MainWindow> window = openWindow(*database, m_partners);
    QMessageBox *error = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        error = window->findChild<QMessageBox *>(QStringLiteral("errorMessage"));
        return error && error->isVisible();
    }));
    EXPECT_TRUE(error->text().contains(QStringLiteral("found damage"))) << error->text().toStdString();
    EXPECT_TRUE(error->text().contains(databaseFile())) << error->text().toStdString();
    error->close();
}

TEST_F(IntegrityCheckTest, AHealthyDatabaseShowsNoMessage)
{
    std::unique_ptr<Database> database = openDatabase();
    ASSERT_TRUE(database);
    std::unique_ptr<MainWindow> window = openWindow(*database, saveCouple(*database));
    // The check runs 0.8 s after the window shows; give it time to have run.
    EXPECT_FALSE(waitUntil([&] { return window->findChild<QMessageBox *>() != nullptr; }, 2000));
}

} // namespace
} // namespace tend::test
