// The Review page on its own, driven by keyboard as a couple would: the period it proposes,
// a whole review walked through (questions answered and skipped, agreements and notes, marked
// done), reopened from the list, exported as PDF, deleted with a question first and undone,
// kept when the page is left mid-sentence, and kept on screen when the store refuses to save.

#include "uitesthelpers.h"

#include "checkins/checkinstore.h"
#include "needs/needstore.h"
#include "needs/weeklyneed.h"
#include "preferences/preferencestore.h"
#include "review/pastreviewsmodel.h"
#include "review/reviewdocument.h"
#include "review/reviewpage.h"
#include "review/reviewperiod.h"
#include "review/reviewquestions.h"
#include "review/reviewstore.h"
#include "storage/actrepository.h"
#include "storage/checkinrepository.h"
#include "storage/needrepository.h"

#include <QAbstractButton>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

namespace tend::test {
namespace {

using namespace Qt::StringLiterals;

// Visible controls that take the keyboard focus and have no name a screen reader could say.
QStringList unnamedControls(const QWidget *root)
{
    QStringList unnamed;
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || widget->focusProxy())
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        bool named = !widget->accessibleName().trimmed().isEmpty()
                     || (button && !button->text().remove(u'&').trimmed().isEmpty());
        for (QLabel *label : labels)
            named = named || label->buddy() == widget;
        if (!named)
            unnamed.append(QLatin1String(widget->metaObject()->className()) + u' ' + widget->objectName());
    }
    return unnamed;
}

// Alt+letters shared by visible buttons and labels in `root`, or taken by the window's menus.
QStringList clashingMnemonics(const QWidget *root)
{
    QMultiHash<QChar, QString> owners;
    for (const QChar menu : {u'F', u'E', u'G', u'H'})
        owners.insert(menu, u"a menu"_s);
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy())
            owners.insert(mnemonic(label->text()), label->text());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            owners.insert(mnemonic(button->text()), button->text());
    }
    QStringList clashes;
    for (const QChar letter : owners.uniqueKeys()) {
        if (!letter.isNull() && owners.count(letter) > 1)
            clashes.append(QStringList(owners.values(letter)).join(u" / "_s));
    }
    return clashes;
}

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext (poppler-utils, installed by scripts/setup.sh) did not run: "
                      << pdftotext.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

// Robin and Sam on Tuesday 14 May 2024 (UiTest's clock), with three and a half weeks of
// check-ins from 20 April, a few wishes missed, days they felt differently close, and needs
// raised and resolved. The page sits in a stack of pages, as in Tend's window, so it can be left.
class ReviewPageTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        if (HasFatalFailure())
            return;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_database = openDatabase();
        ASSERT_TRUE(m_database);
        m_partners = saveCouple(*m_database);
        Result<QList<AftercareAct>> acts = ActRepository(*m_database, m_clock).all();
        ASSERT_TRUE(acts && acts->size() >= 4);
        m_acts = *acts;
        m_reviews = std::make_unique<ReviewStore>(*m_database, m_clock);
        m_checkIns = std::make_unique<CheckInStore>(*m_database, m_clock);
        m_needs = std::make_unique<NeedStore>(*m_database, m_clock);
        m_preferences = std::make_unique<PreferenceStore>(*m_database, m_clock);
    }

    void TearDown() override
    {
        m_window.reset();
        m_reviews.reset();
        m_checkIns.reset();
        m_needs.reset();
        m_preferences.reset();
        m_database.reset();
        QLocale::setDefault(QLocale::c());
    }

    void openPage()
    {
        m_window = std::make_unique<QStackedWidget>();
        m_page = new ReviewPage(*m_reviews, *m_checkIns, *m_needs, *m_preferences, m_undoStack, m_window.get());
        m_page->setPartners(m_partners);
        m_window->addWidget(m_page);
        m_window->addWidget(new QWidget(m_window.get()));
        m_window->resize(1100, 760);
        ASSERT_TRUE(showAndActivate(m_window.get()));
        m_list = child<QTableView>(m_page, u"pastReviewsList"_s);
        ASSERT_TRUE(m_list);
    }

    void addHistory()
    {
        QList<CheckIn> checkIns;
        const QTimeZone zone = m_clock.timeZone();
        for (QDate day(2024, 4, 20); day <= QDate(2024, 5, 14); day = day.addDays(1)) {
            const int n = int(QDate(2024, 4, 20).daysTo(day));
            for (int place = 0; place < 2; ++place) {
                if ((place == 0 && n % 6 == 5) || (place == 1 && n % 4 == 3))
                    continue; // not every day
                CheckIn checkIn;
                checkIn.partnerId = m_partners[place].id;
                checkIn.localDay = day;
                checkIn.atUtc = QDateTime(day, QTime(8, 15 + place * 20), zone).toUTC();
                checkIn.mood = 3 + (n + place) % 3 / 2;
                checkIn.stress = place == 0 ? 2 + n % 2 : 3 + (n > 12);
                checkIn.closeness = (place == 1 && n % 7 == 2) ? 1 : 3 + (n + place) % 2;
                if (n % 4 == 0) {
                    checkIn.kind = CheckInKind::AfterIntimacy;
                    checkIn.feltCaredFor = 4 - place;
                    checkIn.actsWished = {m_acts[place * 2].id, m_acts[place * 2 + 1].id};
                    checkIn.actsReceived = {m_acts[place * 2].id};
                }
                checkIns.append(checkIn);
            }
        }
        ASSERT_TRUE(CheckInRepository(*m_database, m_clock).addAll(checkIns).ok());

        NeedRepository needs(*m_database, m_clock);
        Need mornings;
        mornings.raisedBy = m_partners[1].id;
        mornings.text = u"More unhurried mornings together"_s;
        mornings.createdUtc = QDateTime(QDate(2024, 4, 26), QTime(19, 0), zone).toUTC();
        ASSERT_TRUE(needs.add(mornings).ok());
        mornings.status = NeedStatus::Resolved;
        mornings.resolvedUtc = QDateTime(QDate(2024, 5, 8), QTime(20, 0), zone).toUTC();
        mornings.resolutionNote = u"Saturdays start slowly."_s;
        ASSERT_TRUE(needs.update(mornings).ok());
        Need evenings;
        evenings.raisedBy = m_partners[0].id;
        evenings.text = u"Ask before planning our evenings"_s;
        evenings.priority = NeedPriority::High;
        evenings.createdUtc = QDateTime(QDate(2024, 5, 3), QTime(21, 0), zone).toUTC();
        ASSERT_TRUE(needs.add(evenings).ok());
    }

    Review storeReview(const QDate &from, const QDate &to, const QDateTime &completedUtc, const QString &agreements = {})
    {
        Review review;
        review.periodStart = from;
        review.periodEnd = to;
        review.completedUtc = completedUtc;
        review.agreements = agreements;
        const Status added = m_reviews->add(review);
        EXPECT_TRUE(added.ok()) << added.error().message.toStdString();
        return review;
    }

    QList<Review> stored() const
    {
        Result<QList<Review>> reviews = ReviewStore(*m_database, m_clock).all();
        EXPECT_TRUE(reviews.ok());
        return reviews.ok() ? reviews.value() : QList<Review>();
    }

    // What the data asks about the period, worked out here from the repositories.
    QList<ReviewQuestion> expectedQuestions(const DayPeriod &period) const
    {
        const QList<CheckIn> checkIns = CheckInRepository(*m_database, m_clock).all().value();
        const QList<Need> needs = NeedRepository(*m_database, m_clock).all().value();
        const QUuid picked = NeedRepository(*m_database, m_clock).pickedForWeek(weekStart(m_clock.today())).value();
        const std::optional<WeeklyNeed> weekly = weeklyNeed(needs, picked, m_clock.today(), m_clock.timeZone());
        const QList<AftercareAct> catalogue = ActRepository(*m_database, m_clock).all(ActRepository::Archived::Include).value();
        QHash<QUuid, QString> names;
        for (const AftercareAct &act : catalogue)
            names.insert(act.id, act.label);
        const std::array<Partner, 2> couple{m_partners[0], m_partners[1]};
        const ReviewInputs inputs{checkIns, couple, catalogue, needs,
                                  weekly ? std::optional(weekly->need) : std::nullopt, period, m_clock.timeZone()};
        return reviewQuestions(digestReview(inputs), couple, names);
    }

    template <typename T = QWidget>
    T *find(const QString &name) const
    {
        T *found = child<T>(m_page, name);
        EXPECT_TRUE(found) << "No " << name.toStdString() << " on the page";
        return found;
    }

    QWidget *walkthrough() const { return find(u"reviewWalkthrough"_s); }
    QWidget *overview() const { return find(u"reviewOverview"_s); }
    QString stepTitle() const { return find<QLabel>(u"stepTitle"_s)->text(); }

    // Alt+letter on whatever has the focus; true once `done` holds.
    [[nodiscard]] bool altKey(Qt::Key key, const std::function<bool()> &done)
    {
        pressKey(key, Qt::AltModifier);
        return waitUntil(done);
    }

    [[nodiscard]] bool toStep(const QString &title)
    {
        for (int step = 0; step < 6 && stepTitle() != title; ++step) {
            const QString before = stepTitle();
            if (!altKey(Qt::Key_N, [&] { return stepTitle() != before; }))
                return false;
        }
        return stepTitle() == title;
    }

    [[nodiscard]] bool startReview()
    {
        if (!focusOn(find(u"reviewFromEdit"_s)))
            return false;
        return altKey(Qt::Key_S, [this] { return walkthrough()->isVisible(); });
    }

    QString questionShown() const { return find<QLabel>(u"questionText"_s)->text(); }

    std::unique_ptr<Database> m_database;
    QList<Partner> m_partners;
    QList<AftercareAct> m_acts;
    std::unique_ptr<ReviewStore> m_reviews;
    std::unique_ptr<CheckInStore> m_checkIns;
    std::unique_ptr<NeedStore> m_needs;
    std::unique_ptr<PreferenceStore> m_preferences;
    QUndoStack m_undoStack;
    std::unique_ptr<QStackedWidget> m_window;
    ReviewPage *m_page = nullptr;
    QTableView *m_list = nullptr;
};

TEST_F(ReviewPageTest, AFirstReviewLooksBackToTheFirstCheckIn)
{
    addHistory();
    openPage();
    EXPECT_EQ(find<QDateEdit>(u"reviewFromEdit"_s)->date(), QDate(2024, 4, 20));
    EXPECT_EQ(find<QDateEdit>(u"reviewToEdit"_s)->date(), QDate(2024, 5, 14));
    EXPECT_EQ(find<QLabel>(u"reviewContents"_s)->text(), u"25 days · 40 check-ins, 2 needs raised, 1 need resolved"_s);
    EXPECT_TRUE(find(u"noPastReviews"_s)->isVisible());
    EXPECT_FALSE(find(u"continueReviewButton"_s)->isVisible());
}

TEST_F(ReviewPageTest, WithoutCheckInsTheFirstReviewIsOfToday)
{
    openPage();
    EXPECT_EQ(find<QDateEdit>(u"reviewFromEdit"_s)->date(), QDate(2024, 5, 14));
    EXPECT_EQ(find<QDateEdit>(u"reviewToEdit"_s)->date(), QDate(2024, 5, 14));
    EXPECT_EQ(find<QLabel>(u"reviewContents"_s)->text(), u"1 day · no check-ins yet"_s);
}

TEST_F(ReviewPageTest, TheNextReviewStartsTheDayAfterTheLastDoneOneAndOtherDaysCanBeChosen)
{
    addHistory();
    storeReview(QDate(2024, 4, 1), QDate(2024, 4, 30), QDateTime(QDate(2024, 5, 1), QTime(18, 0), Qt::UTC));
    storeReview(QDate(2024, 5, 1), QDate(2024, 5, 5), {}); // in progress: not a review held
    openPage();
    auto *from = find<QDateEdit>(u"reviewFromEdit"_s);
    auto *to = find<QDateEdit>(u"reviewToEdit"_s);
    EXPECT_EQ(from->date(), QDate(2024, 5, 1));
    EXPECT_EQ(to->date(), QDate(2024, 5, 14));
    EXPECT_EQ(to->maximumDate(), QDate(2024, 5, 14)) << "A review cannot look at days still to come";

    ASSERT_TRUE(focusOn(from));
    from->setDate(QDate(2024, 5, 13));
    EXPECT_EQ(find<QLabel>(u"reviewContents"_s)->text(), u"2 days · 2 check-ins"_s);
    to->setDate(QDate(2024, 5, 10));
    EXPECT_EQ(from->date(), QDate(2024, 5, 10)) << "The start follows an end moved before it";
}

TEST_F(ReviewPageTest, AReviewIsWalkedThroughByKeyboardMarkedDoneAndReopened)
{
    addHistory();
    openPage();
    ASSERT_TRUE(startReview());
    ASSERT_EQ(stored().size(), 1) << "A review begun is kept, to carry on with later";
    EXPECT_FALSE(stored().first().isDone());
    EXPECT_EQ(stepTitle(), u"How each of you felt"_s);
    const QString feelings = find<QTextBrowser>(u"reviewSection1"_s)->toPlainText();
    EXPECT_TRUE(feelings.contains(u"Robin · 21 check-ins"_s)) << feelings.toStdString();
    EXPECT_TRUE(feelings.contains(u"Sam · 19 check-ins"_s)) << feelings.toStdString();
    ASSERT_TRUE(altKey(Qt::Key_N, [this] { return stepTitle() == u"Days you felt differently"_s; }));
    const QString divergent = find<QTextBrowser>(u"reviewSection2"_s)->toPlainText();
    EXPECT_TRUE(divergent.contains(u"Not a score"_s)) << divergent.toStdString();
    EXPECT_TRUE(divergent.contains(u"Monday 22 April: Robin 3, Sam 1"_s)) << divergent.toStdString();

    ASSERT_TRUE(toStep(u"Questions"_s));
    auto *answer = find<QPlainTextEdit>(u"answerEdit"_s);
    EXPECT_EQ(focusedWidget(), answer) << "The answer box takes the keyboard when a question shows";
    const QList<ReviewQuestion> expected = expectedQuestions({QDate(2024, 4, 20), QDate(2024, 5, 14)});
    ASSERT_GE(expected.size(), 3);
    ASSERT_LE(expected.size(), 5);
    EXPECT_EQ(find<QLabel>(u"questionPosition"_s)->text(), u"Question 1 of %1"_s.arg(expected.size()));

    QStringList asked{questionShown()};
    EXPECT_EQ(find<QLabel>(u"questionBasis"_s)->text(), expected.first().basis);
    typeText(u"It was the night after the long drive."_s);
    ASSERT_TRUE(altKey(Qt::Key_Q, [&] { return questionShown() != asked.last(); })); // answered
    EXPECT_EQ(focusedWidget(), answer);
    asked.append(questionShown());
    typeText(u"Not something to keep"_s);
    ASSERT_TRUE(altKey(Qt::Key_K, [&] { return questionShown() != asked.last(); })); // skipped, typing and all
    while (asked.size() < expected.size()) {
        asked.append(questionShown());
        ASSERT_TRUE(altKey(Qt::Key_K, [&] { return questionShown() != asked.last() || stepTitle() != u"Questions"_s; }));
    }
    QStringList expectedTexts;
    for (const ReviewQuestion &question : expected)
        expectedTexts.append(question.text);
    EXPECT_EQ(asked, expectedTexts);

    ASSERT_TRUE(waitUntil([this] { return stepTitle() == u"Agreements and notes"_s; }))
        << "Past the last question comes the last step";
    EXPECT_EQ(focusedWidget(), find(u"agreementsEdit"_s));
    typeText(u"Tea first, talk after."_s);
    ASSERT_TRUE(altKey(Qt::Key_O, [this] { return focusedWidget() == find(u"notesEdit"_s); }));
    typeText(u"We laughed about the burnt pancakes."_s);
    QSignalSpy status(m_page, &ReviewPage::statusMessage);
    ASSERT_TRUE(altKey(Qt::Key_M, [this] { return overview()->isVisible(); }));

    const QList<Review> reviews = stored();
    ASSERT_EQ(reviews.size(), 1);
    const Review &done = reviews.first();
    EXPECT_EQ(done.periodStart, QDate(2024, 4, 20));
    EXPECT_EQ(done.periodEnd, QDate(2024, 5, 14));
    EXPECT_EQ(done.completedUtc, m_clock.nowUtc());
    EXPECT_EQ(done.agreements, u"Tea first, talk after."_s);
    EXPECT_EQ(done.notes, u"We laughed about the burnt pancakes."_s);
    EXPECT_EQ(done.answers, (QList<ReviewAnswer>{{expectedTexts.first(), u"It was the night after the long drive."_s}}))
        << "Only the answered question is kept";
    ASSERT_FALSE(status.isEmpty());
    EXPECT_TRUE(status.last().first().toString().contains(u"is done"_s));

    ASSERT_EQ(m_list->model()->rowCount(), 1);
    EXPECT_EQ(rowTexts(*m_list->model(), 0), (QStringList{u"20 April to 14 May 2024"_s, u"done 14 May"_s}));
    EXPECT_EQ(find<QDateEdit>(u"reviewFromEdit"_s)->date(), QDate(2024, 5, 14))
        << "The next review starts after this one";

    EXPECT_EQ(focusedWidget(), m_list);
    pressKey(Qt::Key_Return);
    ASSERT_TRUE(waitUntil([this] { return walkthrough()->isVisible(); })) << "Enter opens the review again";
    EXPECT_EQ(stepTitle(), u"Agreements and notes"_s) << "A review done opens on what was agreed";
    EXPECT_EQ(find<QPlainTextEdit>(u"agreementsEdit"_s)->toPlainText(), u"Tea first, talk after."_s);
    EXPECT_EQ(find<QPlainTextEdit>(u"notesEdit"_s)->toPlainText(), u"We laughed about the burnt pancakes."_s);
    EXPECT_TRUE(find<QLabel>(u"reviewState"_s)->text().contains(u"Marked done on 14 May 2024"_s));
    ASSERT_TRUE(altKey(Qt::Key_B, [this] { return stepTitle() == u"Questions"_s; }));
    EXPECT_EQ(questionShown(), expectedTexts.first());
    EXPECT_EQ(answer->toPlainText(), u"It was the night after the long drive."_s);
}

TEST_F(ReviewPageTest, WhatIsTypedIsKeptWhenThePageIsLeftAndTheReviewCanBeContinued)
{
    addHistory();
    openPage();
    ASSERT_TRUE(startReview());
    ASSERT_TRUE(toStep(u"Questions"_s));
    const QString question = questionShown();
    typeText(u"Half a sentence"_s);
    m_window->setCurrentIndex(1); // another page
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().answers, (QList<ReviewAnswer>{{question, u"Half a sentence"_s}}));

    m_window->setCurrentIndex(0);
    EXPECT_TRUE(walkthrough()->isVisible()) << "Coming back finds the review where it was left";
    ASSERT_TRUE(focusOn(find(u"answerEdit"_s)));
    ASSERT_TRUE(altKey(Qt::Key_V, [this] { return overview()->isVisible(); })); // all reviews
    auto *carryOn = find<QPushButton>(u"continueReviewButton"_s);
    EXPECT_TRUE(carryOn->isVisible());
    EXPECT_EQ(carryOn->text(), u"&Continue the review of 20 April to 14 May 2024"_s);
    EXPECT_EQ(rowTexts(*m_list->model(), 0).last(), u"in progress"_s);

    // Starting another while one is in progress asks first; continuing takes that one up.
    ModalDialogDriver driver(u"reviewInProgressQuestion"_s, [](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        ASSERT_TRUE(box);
        EXPECT_TRUE(box->text().contains(u"20 April to 14 May 2024"_s));
        box->defaultButton()->click();
    });
    ASSERT_TRUE(startReview());
    EXPECT_TRUE(driver.ran());
    EXPECT_EQ(stored().size(), 1) << "No second review was begun";
    ASSERT_TRUE(showAndActivate(m_window.get()));
    ASSERT_TRUE(toStep(u"Questions"_s));
    EXPECT_EQ(find<QPlainTextEdit>(u"answerEdit"_s)->toPlainText(), u"Half a sentence"_s);
}

TEST_F(ReviewPageTest, AReviewIsExportedAsAPrivatePdfAndAFailedExportSaysWhy)
{
    addHistory();
    openPage();
    QTemporaryDir exports;
    ASSERT_TRUE(exports.isValid());
    QString suggested;
    QString target = exports.filePath(u"our review.pdf"_s);
    m_page->setSavePathAsker([&](QWidget *, const QString &suggestedPath) {
        suggested = suggestedPath;
        return target;
    });
    ASSERT_TRUE(startReview());
    ASSERT_TRUE(toStep(u"Questions"_s));
    typeText(u"Mostly the long weekend away."_s);
    ASSERT_TRUE(toStep(u"Agreements and notes"_s));
    typeText(u"A Sunday walk, phones at home."_s);

    QSignalSpy status(m_page, &ReviewPage::statusMessage);
    QSignalSpy failed(m_page, &ReviewPage::failed);
    ASSERT_TRUE(altKey(Qt::Key_P, [&] { return !status.isEmpty() || !failed.isEmpty(); }));
    ASSERT_TRUE(failed.isEmpty()) << failed.first().first().toString().toStdString();
    EXPECT_EQ(QFileInfo(suggested).fileName(), u"tend-review-2024-05-14.pdf"_s);
    EXPECT_TRUE(status.first().first().toString().contains(QDir::toNativeSeparators(target)));
    ASSERT_TRUE(QFile::exists(target));
    EXPECT_EQ(QFile::permissions(target) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());
    const QString text = pdfText(target);
    for (const QString &expected : {u"Our review — 20 April to 14 May 2024"_s, u"Robin and Sam · in progress"_s,
                                    u"A Sunday walk, phones at home."_s, u"Mostly the long weekend away."_s})
        EXPECT_TRUE(text.contains(expected)) << "Missing in the PDF: " << expected.toStdString() << "\n" << text.toStdString();

    target = exports.filePath(u"no such folder/review.pdf"_s);
    ASSERT_TRUE(altKey(Qt::Key_P, [&] { return !failed.isEmpty(); }));
    EXPECT_TRUE(failed.first().first().toString().contains(target)) << failed.first().first().toString().toStdString();
}

TEST_F(ReviewPageTest, DeletingAReviewAsksFirstAndUndoBringsItBack)
{
    storeReview(QDate(2024, 4, 1), QDate(2024, 4, 30), QDateTime(QDate(2024, 5, 1), QTime(18, 0), Qt::UTC),
                u"Tea first."_s);
    openPage();
    ASSERT_EQ(m_list->model()->rowCount(), 1);
    ASSERT_TRUE(focusOn(m_list));
    {
        ModalDialogDriver cancel(u"deleteReviewQuestion"_s, [](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            ASSERT_TRUE(box);
            EXPECT_TRUE(box->text().contains(u"1 to 30 April 2024"_s)) << box->text().toStdString();
            EXPECT_EQ(box->defaultButton(), box->button(QMessageBox::Cancel)) << "Keeping it is the default";
            QTest::keyClick(box, Qt::Key_Escape);
        });
        pressKey(Qt::Key_Delete);
        EXPECT_TRUE(cancel.ran());
    }
    EXPECT_EQ(stored().size(), 1) << "Cancelled: nothing deleted";

    ASSERT_TRUE(showAndActivate(m_window.get()));
    ASSERT_TRUE(focusOn(m_list));
    ModalDialogDriver confirm(u"deleteReviewQuestion"_s, [](QWidget *dialog) {
        for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
            if (button->text() == u"Delete"_s)
                button->click();
        }
    });
    pressKey(Qt::Key_Delete);
    EXPECT_TRUE(confirm.ran());
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_TRUE(waitUntil([this] { return m_list->model()->rowCount() == 0; }));
    EXPECT_TRUE(find(u"noPastReviews"_s)->isVisible());

    m_undoStack.undo();
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().agreements, u"Tea first."_s) << "Undo brings the review back as it was";
    EXPECT_EQ(m_list->model()->rowCount(), 1);
}

TEST_F(ReviewPageTest, WhenTheStoreCannotSaveTheMessageIsShownAndTheTextStays)
{
    addHistory();
    openPage();
    ASSERT_TRUE(startReview());
    ASSERT_TRUE(toStep(u"Agreements and notes"_s));
    typeText(u"Tea first, talk after."_s);
    QSqlQuery breaking(m_database->connection());
    ASSERT_TRUE(breaking.exec(u"DROP TABLE review_answers"_s));
    ASSERT_TRUE(breaking.exec(u"DROP TABLE reviews"_s));

    QSignalSpy storeFailed(m_reviews.get(), &ReviewStore::failed);
    ASSERT_TRUE(altKey(Qt::Key_B, [this] { return stepTitle() == u"Questions"_s; }));
    ASSERT_FALSE(storeFailed.isEmpty()) << "The store reports the failure to the window";
    auto *problem = find<QLabel>(u"reviewProblem"_s);
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().startsWith(u"Not saved yet: "_s)) << problem->text().toStdString();
    EXPECT_TRUE(problem->text().contains(storeFailed.first().first().toString()));

    ASSERT_TRUE(toStep(u"Agreements and notes"_s));
    EXPECT_EQ(find<QPlainTextEdit>(u"agreementsEdit"_s)->toPlainText(), u"Tea first, talk after."_s);
    ASSERT_TRUE(altKey(Qt::Key_M, [&] { return storeFailed.size() >= 3; }));
    EXPECT_TRUE(walkthrough()->isVisible()) << "A review that could not be saved is not left";
    EXPECT_EQ(find<QPlainTextEdit>(u"agreementsEdit"_s)->toPlainText(), u"Tea first, talk after."_s);
    EXPECT_TRUE(find<QLabel>(u"reviewState"_s)->text().startsWith(u"In progress"_s)) << "Not marked done";
}

TEST_F(ReviewPageTest, EveryControlHasANameAndEveryAltLetterOneOwner)
{
    addHistory();
    storeReview(QDate(2024, 4, 1), QDate(2024, 4, 19), QDateTime(QDate(2024, 4, 20), QTime(18, 0), Qt::UTC));
    openPage();
    EXPECT_EQ(unnamedControls(m_page), QStringList());
    EXPECT_EQ(clashingMnemonics(m_page), QStringList());
    ASSERT_TRUE(startReview());
    for (int step = 0; step < 6; ++step) {
        EXPECT_EQ(unnamedControls(m_page), QStringList()) << "on " << stepTitle().toStdString();
        EXPECT_EQ(clashingMnemonics(m_page), QStringList()) << "on " << stepTitle().toStdString();
        const QString before = stepTitle();
        if (step < 5) {
            ASSERT_TRUE(altKey(Qt::Key_N, [&] { return stepTitle() != before; }));
        }
    }
    auto *steps = find<QListWidget>(u"reviewStepsList"_s);
    ASSERT_TRUE(focusOn(steps));
    pressKey(Qt::Key_Home);
    EXPECT_EQ(stepTitle(), u"How each of you felt"_s) << "The steps list moves through the review too";
    EXPECT_EQ(focusedWidget(), steps) << "and keeps the keyboard while it does";
}

} // namespace
} // namespace tend::test
