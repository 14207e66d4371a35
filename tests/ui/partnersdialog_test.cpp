// The partners dialog: refuses empty and identical names without closing, and editing the
// partners later changes names but keeps who is who.

#include "uitesthelpers.h"

#include "checkinlistmodel.h"
#include "mainwindow.h"
#include "partnersdialog.h"
#include "startupflow.h"
#include "storage/partnerrepository.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

namespace tend::test {
namespace {

class PartnersDialogTest : public UiTest
{
protected:
    static QLineEdit *field(QWidget *dialog, const QString &name) { return child<QLineEdit>(dialog, name); }
    static void clickOk(QWidget *dialog)
    {
        auto *ok = child<QPushButton>(dialog, QStringLiteral("partnersOk"));
        ASSERT_TRUE(ok);
        QTest::mouseClick(ok, Qt::LeftButton);
    }
};

TEST_F(PartnersDialogTest, FirstRunRefusesEmptyNamesAndStaysOpen)
{
    std::unique_ptr<Database> database = openDatabase();
    ASSERT_TRUE(database);

    ModalDialogDriver driver(QStringLiteral("partnersDialog"), [](QWidget *dialog) {
        auto *problem = child<QLabel>(dialog, QStringLiteral("partnersProblem"));
        QLineEdit *name1 = field(dialog, QStringLiteral("partner1Name"));
        QLineEdit *name2 = field(dialog, QStringLiteral("partner2Name"));
        ASSERT_TRUE(problem && name1 && name2);
        EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Welcome to Tend"));
        EXPECT_FALSE(problem->isVisible());

        clickOk(dialog);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_TRUE(problem->isVisible());
        EXPECT_TRUE(problem->text().startsWith(QStringLiteral("First partner"))) << problem->text().toStdString();
        EXPECT_EQ(focusedWidget(), name1) << "The focus goes to the field to fix";

        // Only spaces are no name either.
        QTest::keyClicks(name1, QStringLiteral("Robin"));
        QTest::keyClicks(name2, QStringLiteral("   "));
        clickOk(dialog);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_TRUE(problem->text().startsWith(QStringLiteral("Second partner"))) << problem->text().toStdString();
        EXPECT_EQ(focusedWidget(), name2);

        name2->clear();
        QTest::keyClicks(name2, QStringLiteral("Sam"));
        clickOk(dialog);
        EXPECT_FALSE(dialog->isVisible());
    });
    const std::optional<QList<Partner>> partners = ensurePartners(*database, m_clock);
    ASSERT_TRUE(driver.ran());
    ASSERT_TRUE(partners.has_value());
    ASSERT_EQ(partners->size(), 2);
    EXPECT_EQ(partners->at(0).name, QStringLiteral("Robin"));
    EXPECT_EQ(partners->at(1).name, QStringLiteral("Sam"));
}

TEST_F(PartnersDialogTest, QuittingTheFirstRunSavesNobody)
{
    std::unique_ptr<Database> database = openDatabase();
    ASSERT_TRUE(database);

    ModalDialogDriver driver(QStringLiteral("partnersDialog"), [](QWidget *dialog) {
        QTest::keyClicks(field(dialog, QStringLiteral("partner1Name")), QStringLiteral("Robin"));
        pressKey(Qt::Key_Escape);
    });
    EXPECT_FALSE(ensurePartners(*database, m_clock).has_value());
    EXPECT_TRUE(driver.ran());
    Result<QList<Partner>> stored = PartnerRepository(*database, m_clock).all();
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->isEmpty());
}

TEST_F(PartnersDialogTest, IdenticalNamesAreRefused)
{
    PartnersDialog dialog(PartnersDialog::Purpose::FirstRun, {});
    ASSERT_TRUE(showAndActivate(&dialog));
    auto *problem = child<QLabel>(&dialog, QStringLiteral("partnersProblem"));
    QLineEdit *name1 = field(&dialog, QStringLiteral("partner1Name"));
    QLineEdit *name2 = field(&dialog, QStringLiteral("partner2Name"));
    ASSERT_TRUE(problem && name1 && name2);

    // The same name, only in other letter case and with spaces around it.
    QTest::keyClicks(name1, QStringLiteral("Sam"));
    QTest::keyClicks(name2, QStringLiteral(" sam "));
    clickOk(&dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("different names"))) << problem->text().toStdString();
    EXPECT_EQ(focusedWidget(), name2);

    name2->clear();
    QTest::keyClicks(name2, QStringLiteral("Samira"));
    clickOk(&dialog);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(dialog.partners().size(), 2);
    EXPECT_EQ(dialog.partners().at(1).name, QStringLiteral("Samira"));
}

TEST_F(PartnersDialogTest, EditingFromTheFileMenuKeepsIds)
{
    std::unique_ptr<Database> database = openDatabase();
    ASSERT_TRUE(database);
    const QList<Partner> couple = saveCouple(*database);
    saveCheckIn(*database, couple[0], CheckInKind::Daily, 3, 3, 3, {});
    std::unique_ptr<MainWindow> window = openWindow(*database, couple);
    auto *table = child<QTableView>(window.get(), QStringLiteral("todayList"));
    ASSERT_TRUE(table);
    ASSERT_TRUE(child<QAction>(window.get(), QStringLiteral("editPartnersAction")));

    ModalDialogDriver driver(QStringLiteral("partnersDialog"), [](QWidget *dialog) {
        EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Partners"));
        QLineEdit *name1 = field(dialog, QStringLiteral("partner1Name"));
        QLineEdit *pronouns2 = field(dialog, QStringLiteral("partner2Pronouns"));
        ASSERT_TRUE(name1 && pronouns2);
        EXPECT_EQ(name1->text(), QStringLiteral("Robin"));
        EXPECT_EQ(field(dialog, QStringLiteral("partner1Pronouns"))->text(), QStringLiteral("they/them"));
        EXPECT_EQ(field(dialog, QStringLiteral("partner2Name"))->text(), QStringLiteral("Sam"));
        EXPECT_EQ(child<QPushButton>(dialog, QStringLiteral("partnersOk"))->text(), QStringLiteral("Save"));

        ASSERT_TRUE(focusOn(name1));
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(QStringLiteral("Robin Lee"));
        ASSERT_TRUE(focusOn(pronouns2));
        typeText(QStringLiteral("she/her"));
        clickOk(dialog);
    });
    // File > Partners…, with the keyboard: Alt+F opens the menu, P picks the entry.
    pressKey(Qt::Key_F, Qt::AltModifier);
    ASSERT_TRUE(waitUntil([] { return QApplication::activePopupWidget() != nullptr; })) << "Alt+F opened no menu";
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_P);
    ASSERT_TRUE(waitUntil([&driver] { return driver.ran(); }));

    Result<QList<Partner>> stored = PartnerRepository(*database, m_clock).all();
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 2);
    EXPECT_EQ(stored->at(0).id, couple[0].id);
    EXPECT_EQ(stored->at(1).id, couple[1].id);
    EXPECT_EQ(stored->at(0).name, QStringLiteral("Robin Lee"));
    EXPECT_EQ(stored->at(0).createdUtc, couple[0].createdUtc);
    EXPECT_EQ(stored->at(1).name, QStringLiteral("Sam"));
    EXPECT_EQ(stored->at(1).pronouns, QStringLiteral("she/her"));

    // The page shows the new name at once, also on Robin's existing check-in.
    EXPECT_EQ(child<QRadioButton>(window.get(), QStringLiteral("partnerChoice1"))->text(), QStringLiteral("Robin Lee"));
    EXPECT_EQ(rowTexts(*table->model(), 0).at(CheckInListModel::Who), QStringLiteral("Robin Lee"));
}

TEST_F(PartnersDialogTest, CancellingAnEditChangesNothing)
{
    std::unique_ptr<Database> database = openDatabase();
    ASSERT_TRUE(database);
    const QList<Partner> couple = saveCouple(*database);
    std::unique_ptr<MainWindow> window = openWindow(*database, couple);

    ModalDialogDriver driver(QStringLiteral("partnersDialog"), [](QWidget *dialog) {
        QLineEdit *name1 = field(dialog, QStringLiteral("partner1Name"));
        ASSERT_TRUE(name1);
        name1->setText(QStringLiteral("Somebody else"));
        pressKey(Qt::Key_Escape);
    });
    child<QAction>(window.get(), QStringLiteral("editPartnersAction"))->trigger();
    EXPECT_TRUE(driver.ran());

    Result<QList<Partner>> stored = PartnerRepository(*database, m_clock).all();
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 2);
    EXPECT_EQ(stored->at(0).name, QStringLiteral("Robin"));
    EXPECT_EQ(child<QRadioButton>(window.get(), QStringLiteral("partnerChoice1"))->text(), QStringLiteral("Robin"));
}

} // namespace
} // namespace tend::test
