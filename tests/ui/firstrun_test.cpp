// The path of a new couple: the first-run dialog, a check-in made with the keyboard alone,
// and the check-in still there after Tend is closed and opened again.

#include "uitesthelpers.h"

#include "mainwindow.h"
#include "scaleslider.h"
#include "startupflow.h"
#include "storage/checkinrepository.h"
#include "storage/datafolder.h"
#include "storage/partnerrepository.h"

#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QStatusBar>
#include <QTableView>

namespace tend::test {
namespace {

const QString Passphrase = QStringLiteral("blanket fort on a rainy sunday");

class FirstRunTest : public UiTest
{
protected:
    // Chooses the passphrase by keyboard: type it, Tab, type it again, Enter.
    static void choosePassphrase(QWidget *dialog)
    {
        auto *passphrase = child<QLineEdit>(dialog, QStringLiteral("newPassphrase"));
        auto *repeat = child<QLineEdit>(dialog, QStringLiteral("repeatPassphrase"));
        ASSERT_TRUE(passphrase && repeat);
        ASSERT_TRUE(waitUntil([passphrase] { return focusedWidget() == passphrase; }));
        typeText(Passphrase);
        pressKey(Qt::Key_Tab);
        ASSERT_EQ(focusedWidget(), repeat);
        typeText(Passphrase);
        pressKey(Qt::Key_Return);
    }

    static void typePassphraseToUnlock(QWidget *dialog)
    {
        auto *passphrase = child<QLineEdit>(dialog, QStringLiteral("unlockPassphrase"));
        ASSERT_TRUE(passphrase);
        ASSERT_TRUE(waitUntil([passphrase] { return focusedWidget() == passphrase; }));
        typeText(Passphrase);
        pressKey(Qt::Key_Return);
    }

    // Fills in the first-run dialog by keyboard: name, pronouns, on to the second partner, Enter.
    static void fillInCouple(QWidget *dialog)
    {
        auto *name1 = child<QLineEdit>(dialog, QStringLiteral("partner1Name"));
        auto *pronouns1 = child<QLineEdit>(dialog, QStringLiteral("partner1Pronouns"));
        auto *colour1 = child<QPushButton>(dialog, QStringLiteral("partner1Colour"));
        auto *name2 = child<QLineEdit>(dialog, QStringLiteral("partner2Name"));
        ASSERT_TRUE(name1 && pronouns1 && colour1 && name2);

        ASSERT_TRUE(waitUntil([name1] { return focusedWidget() == name1; })) << "The first name field has no focus";
        typeText(QStringLiteral("Robin"));
        pressKey(Qt::Key_Tab);
        ASSERT_EQ(focusedWidget(), pronouns1);
        typeText(QStringLiteral("they/them"));
        pressKey(Qt::Key_Tab);
        ASSERT_EQ(focusedWidget(), colour1);
        pressKey(Qt::Key_Tab);
        ASSERT_EQ(focusedWidget(), name2);
        typeText(QStringLiteral("Sam"));
        // Enter means "Start", not "choose a colour".
        pressKey(Qt::Key_Return);
    }
};

TEST_F(FirstRunTest, FirstRunKeyboardCheckInSurvivesRestart)
{
    std::unique_ptr<Database> database;
    {
        ModalDialogDriver newPassphrase(QStringLiteral("newPassphraseDialog"),
                                        [](QWidget *dialog) { choosePassphrase(dialog); });
        database = openDatabaseInteractively(dataFolder());
        ASSERT_TRUE(newPassphrase.ran());
    }
    ASSERT_TRUE(database);
    EXPECT_TRUE(database->isSealed());
    EXPECT_EQ(database->filePath(), vaultPathIn(dataFolder()));

    std::optional<QList<Partner>> partners;
    {
        ModalDialogDriver firstRun(QStringLiteral("partnersDialog"), [](QWidget *dialog) { fillInCouple(dialog); });
        partners = ensurePartners(*database, m_clock);
        ASSERT_TRUE(firstRun.ran());
    }
    ASSERT_TRUE(partners.has_value());
    ASSERT_EQ(partners->size(), 2);

    Result<QList<Partner>> stored = PartnerRepository(*database, m_clock).all();
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 2);
    EXPECT_EQ(stored->at(0).name, QStringLiteral("Robin"));
    EXPECT_EQ(stored->at(0).pronouns, QStringLiteral("they/them"));
    EXPECT_EQ(stored->at(1).name, QStringLiteral("Sam"));
    EXPECT_EQ(stored->at(0).id, partners->at(0).id);
    EXPECT_EQ(stored->at(1).id, partners->at(1).id);

    std::unique_ptr<MainWindow> window = openWindow(*database, *partners);
    auto *first = child<QRadioButton>(window.get(), QStringLiteral("partnerChoice1"));
    auto *second = child<QRadioButton>(window.get(), QStringLiteral("partnerChoice2"));
    auto *daily = child<QRadioButton>(window.get(), QStringLiteral("kindDaily"));
    auto *afterIntimacy = child<QRadioButton>(window.get(), QStringLiteral("kindAfterIntimacy"));
    auto *mood = child<ScaleSlider>(window.get(), QStringLiteral("moodScale"));
    auto *stress = child<ScaleSlider>(window.get(), QStringLiteral("stressScale"));
    auto *closeness = child<ScaleSlider>(window.get(), QStringLiteral("closenessScale"));
    auto *note = child<QPlainTextEdit>(window.get(), QStringLiteral("noteEdit"));
    auto *table = child<QTableView>(window.get(), QStringLiteral("todayList"));
    ASSERT_TRUE(first && second && daily && afterIntimacy && mood && stress && closeness && note && table);
    EXPECT_EQ(table->model()->rowCount(), 0);

    // Who: Sam, with the arrow key. Kind: after intimacy. Mood 4, stress 2, closeness one up to 4.
    ASSERT_TRUE(focusOn(first));
    pressKey(Qt::Key_Right);
    EXPECT_TRUE(second->isChecked());
    ASSERT_EQ(focusedWidget(), second);
    pressKey(Qt::Key_Tab);
    ASSERT_EQ(focusedWidget(), daily);
    pressKey(Qt::Key_Right);
    EXPECT_TRUE(afterIntimacy->isChecked());
    ASSERT_EQ(focusedWidget(), afterIntimacy);
    pressKey(Qt::Key_Tab);
    ASSERT_EQ(focusedWidget(), mood->slider());
    pressKey(Qt::Key_4);
    pressKey(Qt::Key_Tab);
    ASSERT_EQ(focusedWidget(), stress->slider());
    pressKey(Qt::Key_2);
    pressKey(Qt::Key_Tab);
    ASSERT_EQ(focusedWidget(), closeness->slider());
    pressKey(Qt::Key_Right);
    // After intimacy, "cared for" and the aftercare come next; this check-in skips them.
    pressKey(Qt::Key_Tab);
    ASSERT_EQ(focusedWidget(), child<QWidget>(window.get(), QStringLiteral("caredForCheck")));
    pressKey(Qt::Key_Tab);
    ASSERT_EQ(focusedWidget(), child<ScaleSlider>(window.get(), QStringLiteral("caredForScale"))->slider());
    pressKey(Qt::Key_Tab);
    ASSERT_EQ(focusedWidget(), child<QWidget>(window.get(), QStringLiteral("aftercareChecklist")));
    pressKey(Qt::Key_Tab);
    ASSERT_EQ(focusedWidget(), note);
    typeText(QStringLiteral("Slow morning, tea in bed."));
    pressKey(Qt::Key_Return, Qt::ControlModifier);

    const QStringList expectedRow{QLocale().toString(m_clock.today(), QStringLiteral("ddd d MMM yyyy")),
                                  QStringLiteral("12:30"),
                                  QStringLiteral("Sam"),
                                  checkInKindName(CheckInKind::AfterIntimacy),
                                  QStringLiteral("4"),
                                  QStringLiteral("2"),
                                  QStringLiteral("4"),
                                  QString(), // not said how cared for
                                  QString(), // nothing wished for
                                  QStringLiteral("Slow morning, tea in bed.")};
    ASSERT_TRUE(waitUntil([table] { return table->model()->rowCount() == 1; }));
    EXPECT_EQ(rowTexts(*table->model(), 0), expectedRow);
    EXPECT_TRUE(table->isVisible());
    EXPECT_EQ(window->statusBar()->currentMessage(), QStringLiteral("Saved Sam's check-in."));
    // Ready for the next check-in; Sam stays chosen.
    EXPECT_TRUE(note->toPlainText().isEmpty());
    EXPECT_TRUE(daily->isChecked());
    EXPECT_TRUE(second->isChecked());
    EXPECT_EQ(mood->value(), 3);

    const auto expectStored = [&](Database &db) {
        Result<QList<CheckIn>> today = CheckInRepository(db, m_clock).onDay(QDate(2024, 5, 14));
        ASSERT_TRUE(today.ok()) << today.error().message.toStdString();
        ASSERT_EQ(today->size(), 1);
        const CheckIn &checkIn = today->first();
        EXPECT_EQ(checkIn.partnerId, partners->at(1).id);
        EXPECT_EQ(checkIn.kind, CheckInKind::AfterIntimacy);
        EXPECT_EQ(checkIn.mood, 4);
        EXPECT_EQ(checkIn.stress, 2);
        EXPECT_EQ(checkIn.closeness, 4);
        EXPECT_EQ(checkIn.note, QStringLiteral("Slow morning, tea in bed."));
        EXPECT_EQ(checkIn.atUtc, m_clock.nowUtc());
        EXPECT_EQ(checkIn.localDay, QDate(2024, 5, 14));
    };
    expectStored(*database);

    // Quit and start again from the same folder: only the passphrase is asked, everything is there.
    window.reset();
    database.reset();
    EXPECT_FALSE(QFile::exists(databasePathIn(dataFolder())));
    {
        ModalDialogDriver unlock(QStringLiteral("unlockDialog"), [](QWidget *dialog) { typePassphraseToUnlock(dialog); });
        database = openDatabaseInteractively(dataFolder());
        ASSERT_TRUE(unlock.ran());
    }
    ASSERT_TRUE(database);
    NoModalDialogGuard noQuestions;
    const std::optional<QList<Partner>> again = ensurePartners(*database, m_clock);
    ASSERT_TRUE(again.has_value());
    ASSERT_EQ(again->size(), 2);
    EXPECT_EQ(again->at(0).id, partners->at(0).id);
    EXPECT_EQ(again->at(1).id, partners->at(1).id);

    window = openWindow(*database, *again);
    table = child<QTableView>(window.get(), QStringLiteral("todayList"));
    ASSERT_TRUE(table);
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(rowTexts(*table->model(), 0), expectedRow);
    expectStored(*database);
}

} // namespace
} // namespace tend::test
