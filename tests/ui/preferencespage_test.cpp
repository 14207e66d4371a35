// The Preferences and Our plan pages driven as a couple would: both forms filled in with the
// keyboard, undo, reveal together, the couple's own acts, and the plan they lead to.

#include "uitesthelpers.h"

#include "mainwindow.h"
#include "preferenceformmodel.h"
#include "preferenceformview.h"
#include "storage/actrepository.h"
#include "storage/preferencerepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

namespace tend::test {
namespace {

class PreferencesPageTest : public CoupleWindowTest
{
protected:
    void SetUp() override
    {
        CoupleWindowTest::SetUp();
        if (HasFatalFailure())
            return;
        pressKey(Qt::Key_2, Qt::ControlModifier);
        m_page = child<QWidget>(m_window.get(), QStringLiteral("preferencesPage"));
        ASSERT_TRUE(m_page) << "Ctrl+2 did not open the Preferences page";
        ASSERT_TRUE(waitUntil([this] { return m_page->isVisible(); }));
        m_form = child<PreferenceFormView>(m_page, QStringLiteral("preferenceForm"));
        ASSERT_TRUE(m_form);
        m_model = qobject_cast<PreferenceFormModel *>(m_form->model());
        ASSERT_TRUE(m_model);
    }

    QUuid actId(const QString &label) const
    {
        Result<QList<AftercareAct>> acts = ActRepository(*m_database, m_clock).all(ActRepository::Archived::Include);
        EXPECT_TRUE(acts.ok());
        for (const AftercareAct &act : acts.value()) {
            if (act.label == label)
                return act.id;
        }
        ADD_FAILURE() << "No act " << label.toStdString();
        return {};
    }

    std::optional<AftercareAct> storedAct(const QUuid &id) const
    {
        Result<QList<AftercareAct>> acts = ActRepository(*m_database, m_clock).all(ActRepository::Archived::Include);
        EXPECT_TRUE(acts.ok());
        for (const AftercareAct &act : acts.value()) {
            if (act.id == id)
                return act;
        }
        return std::nullopt;
    }

    // What is on disk about `label` for the partner in `seat` (1 or 2); nothing when unanswered and untouched.
    std::optional<Preference> stored(int seat, const QString &label) const
    {
        Result<QList<Preference>> all = PreferenceRepository(*m_database, m_clock).all();
        EXPECT_TRUE(all.ok());
        const QUuid act = actId(label);
        for (const Preference &preference : all.value()) {
            if (preference.partnerId == m_partners[seat - 1].id && preference.actId == act)
                return preference;
        }
        return std::nullopt;
    }

    void savePreference(int seat, const QString &label, Rating rating, bool askFirst = false)
    {
        Preference preference;
        preference.partnerId = m_partners[seat - 1].id;
        preference.actId = actId(label);
        preference.rating = rating;
        preference.askFirst = askFirst;
        ASSERT_TRUE(PreferenceRepository(*m_database, m_clock).save(preference).ok());
    }

    // Puts the keyboard on one cell of the form, as after clicking it.
    void goTo(const QString &label, int column)
    {
        const QModelIndex index = m_model->indexOfAct(actId(label), column);
        ASSERT_TRUE(index.isValid()) << label.toStdString() << " is not in the form";
        m_form->setCurrentIndex(index);
        ASSERT_TRUE(focusOn(m_form));
    }

    QString shown(const QString &label, int column) const
    {
        return m_model->indexOfAct(actId(label), column).data().toString();
    }

    void choosePartnerWithArrowKey(Qt::Key key)
    {
        auto *robin = child<QRadioButton>(m_page, QStringLiteral("preferencePartner1"));
        auto *sam = child<QRadioButton>(m_page, QStringLiteral("preferencePartner2"));
        ASSERT_TRUE(robin && sam);
        ASSERT_TRUE(focusOn(robin->isChecked() ? robin : sam));
        pressKey(key);
    }

    QWidget *openPlan()
    {
        pressKey(Qt::Key_3, Qt::ControlModifier);
        QWidget *plan = child<QWidget>(m_window.get(), QStringLiteral("planPage"));
        EXPECT_TRUE(plan && waitUntil([plan] { return plan->isVisible(); })) << "Ctrl+3 did not open Our plan";
        return plan;
    }

    QString planText(QWidget *plan) const
    {
        auto *view = child<QTextBrowser>(plan, QStringLiteral("planView"));
        return view ? view->toPlainText() : QString();
    }

    // Opens `button`'s menu from the keyboard, as a person would, and picks the entry `text`.
    static bool chooseFromMenu(QToolButton *button, const QString &text)
    {
        bool chosen = false;
        QTimer popupWatch;
        popupWatch.setInterval(10);
        QObject::connect(&popupWatch, &QTimer::timeout, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            popupWatch.stop();
            for (QAction *action : menu->actions()) {
                if (action->text() == text) {
                    menu->setActiveAction(action);
                    QTest::keyClick(menu, Qt::Key_Return);
                    chosen = true;
                    return;
                }
            }
            menu->close();
        });
        popupWatch.start();
        if (!focusOn(button))
            return false;
        pressKey(Qt::Key_Space); // returns once the menu has closed
        // Giving the keyboard back to the window once the popup has gone is the window manager's
        // part; offscreen, on a busy machine, it sometimes does not happen by itself.
        if (!waitUntil([] { return QApplication::focusWidget() != nullptr; }, 500) && !showAndActivate(button->window()))
            return false;
        return chosen && waitUntil([] { return QApplication::focusWidget() != nullptr; });
    }

    bool curtainIsDown() const
    {
        return child<QWidget>(m_page, QStringLiteral("revealCurtain"))->isVisible() && !m_form->isVisible();
    }

    QWidget *m_page = nullptr;
    PreferenceFormView *m_form = nullptr;
    PreferenceFormModel *m_model = nullptr;
};

TEST_F(PreferencesPageTest, BothFormsFilledByKeyboardMakeThePlan)
{
    const QString talk = QStringLiteral("Talk about how it felt");
    const QString reassurance = QStringLiteral("Words of reassurance");
    auto *progress = child<QLabel>(m_page, QStringLiteral("preferenceProgress"));
    ASSERT_TRUE(progress);
    EXPECT_TRUE(progress->text().startsWith(QStringLiteral("0 of 18 answered"))) << progress->text().toStdString();

    // Robin: needs to talk, right away, asked first, with a note; likes reassurance.
    goTo(talk, PreferenceFormModel::Rating);
    pressKey(Qt::Key_1);
    pressKey(Qt::Key_Right);
    ASSERT_EQ(m_form->currentIndex().column(), int(PreferenceFormModel::AskFirst));
    pressKey(Qt::Key_Space);
    pressKey(Qt::Key_Right);
    pressKey(Qt::Key_1);
    pressKey(Qt::Key_Right);
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([] { return qobject_cast<QLineEdit *>(focusedWidget()); })) << "Enter opens the note";
    typeText(QStringLiteral("Even a few words help."));
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([this] { return focusedWidget() == m_form; }));
    pressKey(Qt::Key_Left);
    pressKey(Qt::Key_Left);
    pressKey(Qt::Key_Left);
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_2);

    std::optional<Preference> robinTalk = stored(1, talk);
    ASSERT_TRUE(robinTalk);
    EXPECT_EQ(robinTalk->rating, Rating::NeedIt);
    EXPECT_TRUE(robinTalk->askFirst);
    EXPECT_EQ(robinTalk->timing, Timing::RightAway);
    EXPECT_EQ(robinTalk->note, QStringLiteral("Even a few words help."));
    ASSERT_TRUE(stored(1, reassurance));
    EXPECT_EQ(stored(1, reassurance)->rating, Rating::LikeIt);
    EXPECT_EQ(shown(talk, PreferenceFormModel::Timing), QStringLiteral("Right away"));
    EXPECT_TRUE(progress->text().startsWith(QStringLiteral("2 of 18 answered"))) << progress->text().toStdString();
    EXPECT_TRUE(progress->text().contains(QStringLiteral("last changed 14 May 2024, 12:30"))) << "In Berlin time";
    EXPECT_EQ(child<QRadioButton>(m_page, QStringLiteral("preferencePartner1"))->text(), QStringLiteral("Robin (2 of 18)"));
    EXPECT_EQ(child<QRadioButton>(m_page, QStringLiteral("preferencePartner2"))->text(), QStringLiteral("Sam (0 of 18)"));

    // Down from the last act of a form goes over the next heading to its first act, in the same column.
    goTo(QStringLiteral("Check in the next day"), PreferenceFormModel::Timing);
    pressKey(Qt::Key_Down);
    EXPECT_EQ(m_form->currentIndex(), m_model->indexOfAct(actId(QStringLiteral("Cuddling")), PreferenceFormModel::Timing));
    pressKey(Qt::Key_Up);
    EXPECT_EQ(m_form->currentIndex(),
              m_model->indexOfAct(actId(QStringLiteral("Check in the next day")), PreferenceFormModel::Timing));

    // Sam, chosen with the arrow key: talking is not for her; she likes reassurance too.
    choosePartnerWithArrowKey(Qt::Key_Right);
    EXPECT_EQ(shown(talk, PreferenceFormModel::Rating), QStringLiteral("Not answered")) << "Sam's form starts empty";
    goTo(talk, PreferenceFormModel::Rating);
    pressKey(Qt::Key_4);
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_2);
    EXPECT_EQ(stored(2, talk)->rating, Rating::NotForMe);
    EXPECT_EQ(stored(2, reassurance)->rating, Rating::LikeIt);
    EXPECT_EQ(stored(1, talk)->rating, Rating::NeedIt) << "Sam's answers leave Robin's alone";

    QWidget *plan = openPlan();
    ASSERT_TRUE(plan);
    const QString text = planText(plan);
    for (const QString &expected :
         {QStringLiteral("Our aftercare plan"), QStringLiteral("Easy wins"),
          QStringLiteral("Words of reassurance — Robin: Like it · Sam: Like it"), QStringLiteral("Real differences"),
          QStringLiteral("Talk about how it felt — Robin needs it; Sam marked it “Not for me”."),
          QStringLiteral("Sam may need quiet first"), QStringLiteral("Please don't offer"), QStringLiteral("Not for Sam."),
          QStringLiteral("Robin's note: “Even a few words help.”"), QStringLiteral("Robin has 16 acts still to answer.")})
        EXPECT_TRUE(text.contains(expected)) << "Missing: " << expected.toStdString() << "\nin:\n" << text.toStdString();
    // Robin wants to be asked first about talking, which Sam does not offer anyway.
    EXPECT_TRUE(text.contains(QStringLiteral("Ask Robin first."))) << text.toStdString();
}

TEST_F(PreferencesPageTest, AnAnswerIsUndoneAndRedoneFromTheKeyboard)
{
    const QString cuddling = QStringLiteral("Cuddling");
    goTo(cuddling, PreferenceFormModel::Rating);
    pressKey(Qt::Key_3);
    ASSERT_EQ(stored(1, cuddling)->rating, Rating::Neutral);
    pressKey(Qt::Key_1);
    ASSERT_EQ(stored(1, cuddling)->rating, Rating::NeedIt);

    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stored(1, cuddling)->rating, Rating::Neutral);
    EXPECT_EQ(shown(cuddling, PreferenceFormModel::Rating), QStringLiteral("Neutral"));
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(stored(1, cuddling)->rating.has_value()) << "Unanswered again, not Neutral";
    EXPECT_EQ(shown(cuddling, PreferenceFormModel::Rating), QStringLiteral("Not answered"));
    pressKey(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stored(1, cuddling)->rating, Rating::Neutral);

    // 0 clears an answer, and that too can be undone.
    goTo(cuddling, PreferenceFormModel::Rating);
    pressKey(Qt::Key_0);
    EXPECT_FALSE(stored(1, cuddling)->rating.has_value());
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stored(1, cuddling)->rating, Rating::Neutral);
}

TEST_F(PreferencesPageTest, RevealTogetherHidesEachPartnersAnswersUntilBothAreDone)
{
    savePreference(1, QStringLiteral("Cuddling"), Rating::NeedIt);
    savePreference(2, QStringLiteral("Cuddling"), Rating::NotForMe);
    auto *reveal = child<QCheckBox>(m_page, QStringLiteral("revealTogetherCheck"));
    auto *done = child<QCheckBox>(m_page, QStringLiteral("formDoneCheck"));
    auto *explanation = child<QLabel>(m_page, QStringLiteral("revealTogetherExplanation"));
    auto *show = child<QPushButton>(m_page, QStringLiteral("showAnswersButton"));
    ASSERT_TRUE(reveal && done && explanation && show);
    EXPECT_TRUE(explanation->text().contains(QStringLiteral("does not encrypt"))) << "It says honestly that it only hides";

    ASSERT_TRUE(focusOn(reveal));
    pressKey(Qt::Key_Space);
    ASSERT_TRUE(reveal->isChecked());
    EXPECT_FALSE(curtainIsDown()) << "Robin turned it on and keeps seeing Robin's own answers";

    choosePartnerWithArrowKey(Qt::Key_Right);
    EXPECT_TRUE(curtainIsDown()) << "Sam's answers are hidden from whoever was at the keyboard";
    EXPECT_TRUE(child<QLabel>(m_page, QStringLiteral("curtainText"))->text().contains(QStringLiteral("Sam")));

    QWidget *plan = openPlan();
    ASSERT_TRUE(plan);
    EXPECT_FALSE(planText(plan).contains(QStringLiteral("Cuddling"))) << planText(plan).toStdString();
    EXPECT_TRUE(planText(plan).contains(QStringLiteral("waiting for both of you")));
    EXPECT_FALSE(child<QPushButton>(plan, QStringLiteral("exportPdfButton"))->isEnabled());
    EXPECT_FALSE(child<QPushButton>(plan, QStringLiteral("exportMarkdownButton"))->isEnabled());

    pressKey(Qt::Key_2, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([this] { return m_page->isVisible(); }));
    EXPECT_TRUE(curtainIsDown()) << "Coming back draws the curtain again";
    ASSERT_TRUE(focusOn(show));
    pressKey(Qt::Key_Space);
    EXPECT_FALSE(curtainIsDown());
    EXPECT_EQ(shown(QStringLiteral("Cuddling"), PreferenceFormModel::Rating), QStringLiteral("Not for me"));
    ASSERT_TRUE(focusOn(done));
    pressKey(Qt::Key_Space);
    Result<QList<FormStatus>> statuses = PreferenceRepository(*m_database, m_clock).formStatuses();
    ASSERT_TRUE(statuses.ok());
    ASSERT_EQ(statuses->size(), 1);
    EXPECT_EQ(statuses->at(0).partnerId, m_partners[1].id);
    EXPECT_TRUE(statuses->at(0).done);
    EXPECT_EQ(child<QRadioButton>(m_page, QStringLiteral("preferencePartner2"))->text(), QStringLiteral("Sam (done)"));

    choosePartnerWithArrowKey(Qt::Key_Left);
    EXPECT_TRUE(curtainIsDown()) << "Robin is not done yet, so Robin's answers are hidden from Sam";
    ASSERT_TRUE(focusOn(show));
    pressKey(Qt::Key_Space);
    EXPECT_FALSE(done->isChecked());
    ASSERT_TRUE(focusOn(done));
    pressKey(Qt::Key_Space);

    choosePartnerWithArrowKey(Qt::Key_Right);
    EXPECT_FALSE(curtainIsDown()) << "Both are done: nothing is hidden any more";
    plan = openPlan();
    EXPECT_TRUE(planText(plan).contains(QStringLiteral("Cuddling — Robin needs it; Sam marked it"))) << planText(plan).toStdString();
    EXPECT_TRUE(child<QPushButton>(plan, QStringLiteral("exportPdfButton"))->isEnabled());
}

TEST_F(PreferencesPageTest, KeypadDigitsAnswerToo)
{
    goTo(QStringLiteral("Cuddling"), PreferenceFormModel::Rating);
    QTest::keyClick(m_form, Qt::Key_2, Qt::KeypadModifier);
    EXPECT_EQ(stored(1, QStringLiteral("Cuddling"))->rating, Rating::LikeIt);
}

TEST_F(PreferencesPageTest, AnOpenEditorShowsWhatAnUndoChanged)
{
    const QString cuddling = QStringLiteral("Cuddling");
    goTo(cuddling, PreferenceFormModel::Note);
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([] { return qobject_cast<QLineEdit *>(focusedWidget()); }));
    typeText(QStringLiteral("Warm blanket"));
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([this] { return focusedWidget() == m_form; }));
    ASSERT_EQ(stored(1, cuddling)->note, QStringLiteral("Warm blanket"));

    pressKey(Qt::Key_Return); // the note's editor is open again, showing the saved note
    QLineEdit *editor = nullptr;
    ASSERT_TRUE(waitUntil([&editor] { return (editor = qobject_cast<QLineEdit *>(focusedWidget())) != nullptr; }));
    ASSERT_EQ(editor->text(), QStringLiteral("Warm blanket"));
    auto *undo = child<QAction>(m_window.get(), QStringLiteral("undoAction"));
    ASSERT_TRUE(undo && undo->isEnabled());
    undo->trigger(); // from the Edit menu, say
    EXPECT_EQ(stored(1, cuddling)->note, QString());
    EXPECT_EQ(editor->text(), QString()) << "Closing the editor now must not write the undone note back";
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([this] { return focusedWidget() == m_form; }));
    EXPECT_EQ(stored(1, cuddling)->note, QString());
}

TEST_F(PreferencesPageTest, BehindTheCurtainNoOneMarksTheOtherDoneAndUndoLiftsNothing)
{
    savePreference(2, QStringLiteral("Cuddling"), Rating::NotForMe);
    auto *reveal = child<QCheckBox>(m_page, QStringLiteral("revealTogetherCheck"));
    auto *done = child<QCheckBox>(m_page, QStringLiteral("formDoneCheck"));
    ASSERT_TRUE(reveal && done);
    ASSERT_TRUE(focusOn(reveal));
    pressKey(Qt::Key_Space);
    goTo(QStringLiteral("Cuddling"), PreferenceFormModel::Rating);
    pressKey(Qt::Key_1); // Robin answers
    ASSERT_TRUE(focusOn(done));
    pressKey(Qt::Key_Space); // and is done
    ASSERT_TRUE(done->isChecked());

    choosePartnerWithArrowKey(Qt::Key_Right);
    ASSERT_TRUE(curtainIsDown());
    EXPECT_FALSE(done->isEnabled()) << "Sam's form can only be marked done by Sam, behind the curtain";

    // Ctrl+Z, pressed by whoever is at the keyboard, takes back Robin's answer, never a done
    // mark or the setting: undo never opens anyone's answers.
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(stored(1, QStringLiteral("Cuddling"))->rating.has_value());
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(curtainIsDown());
    EXPECT_TRUE(reveal->isChecked());
    Result<QList<FormStatus>> statuses = PreferenceRepository(*m_database, m_clock).formStatuses();
    ASSERT_TRUE(statuses.ok());
    ASSERT_EQ(statuses->size(), 1);
    EXPECT_TRUE(statuses->at(0).done);

    QWidget *plan = openPlan();
    ASSERT_TRUE(plan);
    EXPECT_TRUE(planText(plan).contains(QStringLiteral("waiting for both of you")));
}

TEST_F(PreferencesPageTest, TheCouplesOwnActIsAddedRenamedMovedArchivedAndBroughtBack)
{
    goTo(QStringLiteral("Cuddling"), PreferenceFormModel::Rating);
    bool sawProblem = false;
    ModalDialogDriver driver(QStringLiteral("actDialog"), [&sawProblem](QWidget *dialog) {
        auto *label = child<QLineEdit>(dialog, QStringLiteral("actLabelEdit"));
        auto *form = child<QComboBox>(dialog, QStringLiteral("actFormChoice"));
        auto *ok = child<QPushButton>(dialog, QStringLiteral("actOk"));
        auto *problem = child<QLabel>(dialog, QStringLiteral("actProblem"));
        ASSERT_TRUE(label && form && ok && problem);
        EXPECT_EQ(form->currentText(), QStringLiteral("Physical comfort")) << "It starts in the selected act's form";
        QTest::mouseClick(ok, Qt::LeftButton);
        sawProblem = problem->isVisible() && dialog->isVisible();
        ASSERT_TRUE(focusOn(label));
        typeText(QStringLiteral("Tea in bed"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(m_page, QStringLiteral("addActButton")), Qt::LeftButton);
    ASSERT_TRUE(driver.ran());
    EXPECT_TRUE(sawProblem) << "An empty name is refused with a message";
    ASSERT_TRUE(showAndActivate(m_window.get())); // the window manager's part, once the dialog has closed
    EXPECT_EQ(focusedWidget(), m_form);

    const QUuid tea = actId(QStringLiteral("Tea in bed"));
    ASSERT_FALSE(tea.isNull());
    EXPECT_FALSE(storedAct(tea)->builtIn);
    const QModelIndex added = m_model->indexOfAct(tea);
    ASSERT_TRUE(added.isValid());
    EXPECT_EQ(added.parent().data().toString(), QStringLiteral("Physical comfort"));
    EXPECT_EQ(m_form->currentIndex().data(PreferenceFormModel::ActIdRole).toUuid(), tea) << "The new act is selected";
    pressKey(Qt::Key_2);
    EXPECT_EQ(stored(1, QStringLiteral("Tea in bed"))->rating, Rating::LikeIt) << "It can be answered at once";

    // Rename with F2 on its name.
    goTo(QStringLiteral("Tea in bed"), PreferenceFormModel::Act);
    pressKey(Qt::Key_F2);
    ASSERT_TRUE(waitUntil([] { return qobject_cast<QLineEdit *>(focusedWidget()); }));
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("Tea and toast"));
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([this] { return focusedWidget() == m_form; })) << "Enter closes the editor";
    EXPECT_EQ(storedAct(tea)->label, QStringLiteral("Tea and toast"));
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(storedAct(tea)->label, QStringLiteral("Tea in bed")) << "Undo takes the new name back";
    EXPECT_EQ(shown(QStringLiteral("Tea in bed"), PreferenceFormModel::Act), QStringLiteral("Tea in bed"));
    pressKey(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(storedAct(tea)->label, QStringLiteral("Tea and toast"));
    goTo(QStringLiteral("Tea and toast"), PreferenceFormModel::Act);

    // An empty name is refused with a message, and the act keeps its name.
    pressKey(Qt::Key_F2);
    ASSERT_TRUE(waitUntil([] { return qobject_cast<QLineEdit *>(focusedWidget()); }));
    pressKey(Qt::Key_A, Qt::ControlModifier);
    pressKey(Qt::Key_Delete);
    pressKey(Qt::Key_Return);
    QMessageBox *refusal = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        refusal = child<QMessageBox>(m_window.get(), QStringLiteral("errorMessage"));
        return refusal && refusal->isVisible();
    }));
    EXPECT_TRUE(refusal->text().contains(QStringLiteral("describe the aftercare act"))) << refusal->text().toStdString();
    refusal->close();
    ASSERT_TRUE(showAndActivate(m_window.get()));
    EXPECT_EQ(storedAct(tea)->label, QStringLiteral("Tea and toast"));
    EXPECT_EQ(shown(QStringLiteral("Tea and toast"), PreferenceFormModel::Act), QStringLiteral("Tea and toast"));

    // Move to another form, and back with undo.
    auto *move = child<QToolButton>(m_page, QStringLiteral("moveActButton"));
    ASSERT_TRUE(move && move->isEnabled());
    const int sortOrderInPhysical = storedAct(tea)->sortOrder;
    ASSERT_TRUE(chooseFromMenu(move, QStringLiteral("Shared activities")));
    EXPECT_EQ(storedAct(tea)->form, CareForm::SharedActivities);
    EXPECT_EQ(m_model->indexOfAct(tea).parent().data().toString(), QStringLiteral("Shared activities"));
    EXPECT_EQ(m_form->currentIndex().data(PreferenceFormModel::ActIdRole).toUuid(), tea) << "It stays selected";
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(storedAct(tea)->form, CareForm::PhysicalComfort);
    EXPECT_EQ(storedAct(tea)->sortOrder, sortOrderInPhysical) << "Undo puts it back in its place";
    EXPECT_EQ(m_model->indexOfAct(tea).parent().data().toString(), QStringLiteral("Physical comfort"));
    pressKey(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(storedAct(tea)->form, CareForm::SharedActivities);
    goTo(QStringLiteral("Tea and toast"), PreferenceFormModel::Rating);
    const QModelIndex below = m_form->actBeside(m_form->currentIndex());
    ASSERT_TRUE(below.isValid());
    const QUuid actBelow = below.data(PreferenceFormModel::ActIdRole).toUuid();

    // Archive: gone from the form, kept on disk with its answer; undo and "bring back" restore it.
    QTest::mouseClick(child<QPushButton>(m_page, QStringLiteral("archiveActButton")), Qt::LeftButton);
    EXPECT_TRUE(storedAct(tea)->archived);
    EXPECT_FALSE(m_model->indexOfAct(tea).isValid());
    EXPECT_EQ(stored(1, QStringLiteral("Tea and toast"))->rating, Rating::LikeIt);
    EXPECT_EQ(m_form->currentIndex().data(PreferenceFormModel::ActIdRole).toUuid(), actBelow)
        << "The keyboard moves on to the act beside it";
    EXPECT_EQ(m_form->currentIndex().column(), int(PreferenceFormModel::Rating));
    auto *archived = child<QToolButton>(m_page, QStringLiteral("archivedActsButton"));
    ASSERT_TRUE(archived && archived->isEnabled());

    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(storedAct(tea)->archived);
    EXPECT_TRUE(m_model->indexOfAct(tea).isValid());
    pressKey(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(storedAct(tea)->archived);

    ASSERT_TRUE(chooseFromMenu(archived, QStringLiteral("Bring back \u201cTea and toast\u201d")));
    EXPECT_FALSE(storedAct(tea)->archived);
    EXPECT_TRUE(m_model->indexOfAct(tea).isValid());
    EXPECT_FALSE(archived->isEnabled());
}

} // namespace
} // namespace tend::test
