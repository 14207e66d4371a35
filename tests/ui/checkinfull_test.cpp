// Check-ins in full, driven as a person would: an after-intimacy check-in with its aftercare
// by keyboard, a late entry, Ctrl+N from anywhere, and the Check-ins page with its filters,
// editing and undo.

#include "uitesthelpers.h"

#include "checkinlistmodel.h"
#include "mainwindow.h"
#include "storage/actrepository.h"
#include "storage/checkinrepository.h"
#include "preferences/preferencestore.h"
#include "storage/preferencerepository.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

namespace tend::test {
namespace {

class CheckInFullTest : public CoupleWindowTest
{
protected:
    void beforeWindowOpens() override
    {
        Result<QList<AftercareAct>> acts = ActRepository(*m_database, m_clock).all();
        ASSERT_TRUE(acts.ok());
        m_acts = acts.value();
        // Robin needs the last act of the catalogue, so it is offered first.
        Preference needed;
        needed.partnerId = m_partners[0].id;
        needed.actId = m_acts.last().id;
        needed.rating = Rating::NeedIt;
        ASSERT_TRUE(PreferenceRepository(*m_database, m_clock).save(needed).ok());
    }

    QList<CheckIn> storedCheckIns() const
    {
        Result<QList<CheckIn>> all = CheckInRepository(*m_database, m_clock).all();
        EXPECT_TRUE(all.ok());
        return all.ok() ? all.value() : QList<CheckIn>();
    }

    // Stores a check-in of `partner` `daysAgo` days before the test's today, at 08:00 UTC.
    CheckIn saveOn(int daysAgo, const Partner &partner, CheckInKind kind, const QString &note)
    {
        CheckIn checkIn;
        checkIn.partnerId = partner.id;
        checkIn.atUtc = QDateTime(m_clock.today().addDays(-daysAgo), QTime(8, 0), Qt::UTC);
        checkIn.localDay = checkIn.atUtc.toTimeZone(m_clock.timeZone()).date();
        checkIn.kind = kind;
        checkIn.note = note;
        EXPECT_TRUE(CheckInRepository(*m_database, m_clock).add(checkIn).ok());
        return checkIn;
    }

    QWidget *openCheckInsPage()
    {
        pressKey(Qt::Key_5, Qt::ControlModifier);
        QWidget *page = child<QWidget>(m_window.get(), QStringLiteral("checkInsPage"));
        EXPECT_TRUE(page && waitUntil([page] { return page->isVisible(); })) << "Ctrl+5 did not open Check-ins";
        return page;
    }

    QList<AftercareAct> m_acts;
};

TEST_F(CheckInFullTest, AnAfterIntimacyCheckInWithItsAftercareByKeyboard)
{
    pressKey(Qt::Key_N, Qt::ControlModifier);
    auto *robin = child<QRadioButton>(m_window.get(), QStringLiteral("partnerChoice1"));
    ASSERT_TRUE(waitUntil([robin] { return robin->hasFocus(); })) << "Ctrl+N puts the keyboard on the form";
    pressKey(Qt::Key_A, Qt::AltModifier); // After intimacy
    QTableView *checklist = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        checklist = child<QTableView>(m_window.get(), QStringLiteral("aftercareChecklist"));
        return checklist && checklist->isVisible();
    })) << "The aftercare appears after intimacy";
    EXPECT_EQ(checklist->model()->index(0, 0).data().toString(), m_acts.last().label) << "What Robin needs comes first";
    EXPECT_EQ(checklist->model()->index(0, 0).data(Qt::AccessibleTextRole).toString(),
              m_acts.last().label + QStringLiteral(", marked Need it"));
    EXPECT_TRUE(checklist->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold()) << "and stands out";
    EXPECT_FALSE(checklist->model()->index(1, 0).data(Qt::FontRole).value<QFont>().bold());

    auto *caredFor = child<QCheckBox>(m_window.get(), QStringLiteral("caredForCheck"));
    ASSERT_TRUE(caredFor);
    EXPECT_FALSE(caredFor->isChecked()) << "Unanswered until answered";
    pressKey(Qt::Key_R, Qt::AltModifier); // Cared for: the label leads to the scale
    pressKey(Qt::Key_4);
    EXPECT_TRUE(caredFor->isChecked()) << "Answering the scale ticks it";
    pressKey(Qt::Key_Tab);
    ASSERT_EQ(focusedWidget(), checklist);
    pressKey(Qt::Key_Space); // received: the needed act
    pressKey(Qt::Key_Right);
    pressKey(Qt::Key_Space); // and wished for
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Space); // the next act wished for, not received
    pressKey(Qt::Key_Return, Qt::ControlModifier);

    const QList<CheckIn> stored = storedCheckIns();
    ASSERT_EQ(stored.size(), 1);
    const CheckIn &checkIn = stored.first();
    EXPECT_EQ(checkIn.kind, CheckInKind::AfterIntimacy);
    EXPECT_EQ(checkIn.feltCaredFor, 4);
    EXPECT_EQ(checkIn.actsReceived, QList<QUuid>{m_acts.last().id});
    EXPECT_EQ(checkIn.actsWished.size(), 2);
    EXPECT_TRUE(checkIn.actsWished.contains(m_acts.last().id));
    EXPECT_EQ(checkIn.atUtc, m_clock.nowUtc());
    auto *summary = child<QLabel>(m_window.get(), QStringLiteral("needsMetSummary"));
    ASSERT_TRUE(summary && summary->isVisible());
    EXPECT_EQ(summary->text(), QStringLiteral("Robin received 1 of the 2 kinds of aftercare they wished for."));
    EXPECT_FALSE(checklist->isVisible()) << "The form is ready for the next check-in, a daily one";

    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(storedCheckIns().isEmpty());
    EXPECT_FALSE(summary->isVisible()) << "Once undone, the check-in it spoke of is gone";
}

// While "reveal together" hides Robin's answers, the check-in form must not give them away by
// putting what Robin needs first or in bold.
class CheckInWhileAnswersAreHiddenTest : public CheckInFullTest
{
protected:
    void beforeWindowOpens() override
    {
        CheckInFullTest::beforeWindowOpens();
        ASSERT_TRUE(PreferenceStore(*m_database, m_clock).setRevealTogether(true).ok());
    }
};

TEST_F(CheckInWhileAnswersAreHiddenTest, TheAftercareChecklistDoesNotGiveAwayHiddenAnswers)
{
    pressKey(Qt::Key_N, Qt::ControlModifier);
    pressKey(Qt::Key_A, Qt::AltModifier);
    QTableView *checklist = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        checklist = child<QTableView>(m_window.get(), QStringLiteral("aftercareChecklist"));
        return checklist && checklist->isVisible();
    }));
    EXPECT_EQ(checklist->model()->index(0, 0).data().toString(), m_acts.first().label) << "The catalogue's own order";
    for (int row = 0; row < checklist->model()->rowCount(); ++row) {
        const QModelIndex act = checklist->model()->index(row, 0);
        EXPECT_FALSE(act.data(Qt::FontRole).value<QFont>().bold()) << act.data().toString().toStdString();
        EXPECT_FALSE(act.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Need it")));
    }
}

TEST_F(CheckInFullTest, ADailyCheckInKeepsNoAftercareTicked)
{
    pressKey(Qt::Key_N, Qt::ControlModifier);
    pressKey(Qt::Key_A, Qt::AltModifier);
    QTableView *checklist = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (checklist = child<QTableView>(m_window.get(), QStringLiteral("aftercareChecklist"))); }));
    ASSERT_TRUE(focusOn(checklist));
    pressKey(Qt::Key_Space);
    pressKey(Qt::Key_D, Qt::AltModifier); // back to Daily
    auto *daily = child<QRadioButton>(m_window.get(), QStringLiteral("kindDaily"));
    ASSERT_TRUE(waitUntil([daily] { return daily->isChecked(); })); // a mnemonic clicks a moment later
    EXPECT_FALSE(checklist->isVisible());
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    const QList<CheckIn> stored = storedCheckIns();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().kind, CheckInKind::Daily);
    EXPECT_TRUE(stored.first().actsReceived.isEmpty());
    EXPECT_FALSE(stored.first().feltCaredFor.has_value());
}

TEST_F(CheckInFullTest, ALateEntryIsSavedOnItsOwnDayAndTime)
{
    pressKey(Qt::Key_N, Qt::ControlModifier);
    auto *earlier = child<QCheckBox>(m_window.get(), QStringLiteral("earlierCheck"));
    ASSERT_TRUE(earlier);
    auto *when = child<QDateTimeEdit>(m_window.get(), QStringLiteral("whenEdit"));
    EXPECT_FALSE(when && when->isVisible()) << "Now, unless asked otherwise";
    pressKey(Qt::Key_N, Qt::AltModifier); // When: to "Earlier, at"
    ASSERT_TRUE(earlier->hasFocus());
    pressKey(Qt::Key_Space);
    ASSERT_TRUE(earlier->isChecked());
    when = child<QDateTimeEdit>(m_window.get(), QStringLiteral("whenEdit"));
    ASSERT_TRUE(when && when->isVisible());
    const QDate yesterday = m_clock.today().addDays(-1);
    when->setDateTime(QDateTime(yesterday, QTime(23, 15)));
    pressKey(Qt::Key_Return, Qt::ControlModifier);

    const QList<CheckIn> stored = storedCheckIns();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().localDay, yesterday);
    EXPECT_EQ(stored.first().atUtc, QDateTime(yesterday, QTime(23, 15), m_clock.timeZone()).toUTC());
    EXPECT_EQ(child<QTableView>(m_window.get(), QStringLiteral("todayList"))->model()->rowCount(), 0)
        << "Yesterday's check-in is not one of today's";
}

TEST_F(CheckInFullTest, ACheckInInTheFutureIsRefusedAndTheFormKeepsItsAnswers)
{
    pressKey(Qt::Key_N, Qt::ControlModifier);
    pressKey(Qt::Key_N, Qt::AltModifier); // When: to "Earlier, at"
    pressKey(Qt::Key_Space);
    auto *when = child<QDateTimeEdit>(m_window.get(), QStringLiteral("whenEdit"));
    ASSERT_TRUE(when && when->isVisible());
    const QDateTime tomorrow(m_clock.today().addDays(1), QTime(9, 0));
    when->setDateTime(tomorrow);
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    QMessageBox *box = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        box = child<QMessageBox>(m_window.get(), QStringLiteral("errorMessage"));
        return box && box->isVisible();
    }));
    EXPECT_TRUE(box->text().contains(QStringLiteral("still to come"))) << box->text().toStdString();
    box->close();
    EXPECT_TRUE(storedCheckIns().isEmpty());
    EXPECT_EQ(when->dateTime(), tomorrow) << "Nothing typed is lost";
}

TEST_F(CheckInFullTest, CtrlNOpensANewCheckInFromAnotherPage)
{
    pressKey(Qt::Key_2, Qt::ControlModifier);
    QWidget *preferences = child<QWidget>(m_window.get(), QStringLiteral("preferencesPage"));
    ASSERT_TRUE(preferences && waitUntil([preferences] { return preferences->isVisible(); }));
    pressKey(Qt::Key_N, Qt::ControlModifier);
    QWidget *today = child<QWidget>(m_window.get(), QStringLiteral("todayPage"));
    EXPECT_TRUE(waitUntil([today] { return today->isVisible(); }));
    EXPECT_TRUE(waitUntil([this] { return focusedWidget() == child<QRadioButton>(m_window.get(), QStringLiteral("partnerChoice1")); }));
}

TEST_F(CheckInFullTest, TheCheckInsPageFiltersOpensForEditingAndUndoes)
{
    saveOn(0, m_partners[0], CheckInKind::Daily, QStringLiteral("Slow morning together"));
    saveOn(3, m_partners[1], CheckInKind::AfterIntimacy, QStringLiteral("Felt très close"));
    saveOn(40, m_partners[0], CheckInKind::AfterIntimacy, QStringLiteral("Tired but warm"));
    saveOn(400, m_partners[1], CheckInKind::Daily, QStringLiteral("Long week"));
    QWidget *page = openCheckInsPage();
    ASSERT_TRUE(page);
    auto *list = child<QTableView>(page, QStringLiteral("checkInsList"));
    auto *count = child<QLabel>(page, QStringLiteral("checkInCount"));
    ASSERT_TRUE(list && count);
    EXPECT_EQ(list->model()->rowCount(), 4);
    EXPECT_EQ(count->text(), QStringLiteral("4 check-ins"));
    EXPECT_EQ(list->model()->index(0, CheckInListModel::Note).data().toString(), QStringLiteral("Slow morning together"))
        << "Newest first";

    auto *search = child<QLineEdit>(page, QStringLiteral("filterSearch"));
    ASSERT_TRUE(focusOn(search));
    typeText(QStringLiteral("TRES"));
    EXPECT_EQ(list->model()->rowCount(), 1) << "Search ignores case and accents";
    EXPECT_EQ(count->text(), QStringLiteral("Showing 1 of 4 check-ins"));
    pressKey(Qt::Key_A, Qt::ControlModifier);
    pressKey(Qt::Key_Delete);
    EXPECT_EQ(list->model()->rowCount(), 4);

    auto *who = child<QComboBox>(page, QStringLiteral("filterPartner"));
    ASSERT_TRUE(focusOn(who));
    pressKey(Qt::Key_Down); // Robin
    EXPECT_EQ(list->model()->rowCount(), 2);
    auto *kind = child<QComboBox>(page, QStringLiteral("filterKind"));
    ASSERT_TRUE(focusOn(kind));
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Down); // After intimacy
    EXPECT_EQ(list->model()->rowCount(), 1);
    auto *period = child<QComboBox>(page, QStringLiteral("filterPeriod"));
    ASSERT_TRUE(focusOn(period));
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Down); // Last 30 days
    EXPECT_EQ(list->model()->rowCount(), 0);
    auto *empty = child<QLabel>(page, QStringLiteral("emptyState"));
    EXPECT_TRUE(empty->isVisible());
    pressKey(Qt::Key_Down); // Last 12 months
    ASSERT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(list->model()->index(0, CheckInListModel::Note).data().toString(), QStringLiteral("Tired but warm"));

    // Open it with Enter, change the mood, save.
    ASSERT_TRUE(focusOn(list));
    list->selectRow(0);
    bool edited = false;
    ModalDialogDriver driver(QStringLiteral("checkInDialog"), [&edited](QWidget *dialog) {
        auto *mood = child<QWidget>(dialog, QStringLiteral("moodScale"));
        ASSERT_TRUE(mood);
        ASSERT_TRUE(focusOn(mood->focusProxy()));
        pressKey(Qt::Key_5);
        pressKey(Qt::Key_Return, Qt::ControlModifier);
        edited = true;
    });
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(driver.ran());
    ASSERT_TRUE(edited);
    ASSERT_TRUE(showAndActivate(m_window.get()));
    const auto moodOf = [this](const QString &note) {
        for (const CheckIn &checkIn : storedCheckIns()) {
            if (checkIn.note == note)
                return checkIn.mood;
        }
        return -1;
    };
    EXPECT_EQ(moodOf(QStringLiteral("Tired but warm")), 5);
    EXPECT_EQ(list->model()->index(0, CheckInListModel::Mood).data().toInt(), 5) << "The list shows the change";
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(moodOf(QStringLiteral("Tired but warm")), 3) << "Undo takes the edit back";

    // Delete with the Delete key, and bring it back.
    ASSERT_TRUE(focusOn(list));
    list->selectRow(0);
    pressKey(Qt::Key_Delete);
    EXPECT_EQ(storedCheckIns().size(), 3);
    EXPECT_EQ(list->model()->rowCount(), 0);
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(storedCheckIns().size(), 4);
    EXPECT_EQ(list->model()->rowCount(), 1);
}

TEST_F(CheckInFullTest, ALastSevenDaysFilterMovesWithTheDays)
{
    saveOn(0, m_partners[0], CheckInKind::Daily, QStringLiteral("Today"));
    saveOn(5, m_partners[1], CheckInKind::Daily, QStringLiteral("Five days ago"));
    QWidget *page = openCheckInsPage();
    ASSERT_TRUE(page);
    auto *list = child<QTableView>(page, QStringLiteral("checkInsList"));
    auto *period = child<QComboBox>(page, QStringLiteral("filterPeriod"));
    ASSERT_TRUE(list && period);
    ASSERT_TRUE(focusOn(period));
    pressKey(Qt::Key_Down); // Last 7 days
    ASSERT_EQ(list->model()->rowCount(), 2);

    // Three days later the couple comes back to the page: the older check-in has left the week.
    m_clock.advanceDays(3);
    pressKey(Qt::Key_1, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([page] { return !page->isVisible(); }));
    pressKey(Qt::Key_5, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([page] { return page->isVisible(); }));
    ASSERT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(list->model()->index(0, CheckInListModel::Note).data().toString(), QStringLiteral("Today"));

    // A check-in saved on Today reloads the page, with the week as it is by then.
    m_clock.advanceDays(5);
    pressKey(Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([page] { return !page->isVisible(); }));
    ASSERT_TRUE(focusOn(child<QWidget>(m_window.get(), QStringLiteral("noteEdit"))));
    typeText(QStringLiteral("Eight days later"));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(storedCheckIns().size(), 3);
    pressKey(Qt::Key_5, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([page] { return page->isVisible(); }));
    ASSERT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(list->model()->index(0, CheckInListModel::Note).data().toString(), QStringLiteral("Eight days later"));
}

} // namespace
} // namespace tend::test
