// The Review page in Tend's window: Ctrl+7 opens it and a review can begin at once; what a
// deleted review said is erased once undo can no longer bring it back (at the next start).

#include "uitesthelpers.h"

#include "mainwindow.h"
#include "review/reviewrepository.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace tend::test {
namespace {

class ReviewWindowTest : public CoupleWindowTest
{
protected:
    void beforeWindowOpens() override
    {
        ReviewRepository reviews(*m_database, m_clock);
        m_deleted.periodStart = QDate(2024, 4, 1);
        m_deleted.periodEnd = QDate(2024, 4, 30);
        m_deleted.notes = QStringLiteral("Something private we said in April.");
        m_deleted.answers = {{QStringLiteral("What helped?"), QStringLiteral("The long walks.")}};
        ASSERT_TRUE(reviews.add(m_deleted).ok());
        ASSERT_TRUE(reviews.remove(m_deleted.id).ok());
        m_clock.advanceSeconds(60); // the window opens a minute later: the delete is from before
    }

    QString storedNotes() const
    {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT notes FROM reviews WHERE id = ?"));
        query.addBindValue(m_deleted.id.toString(QUuid::WithoutBraces));
        return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("(no row)");
    }

    int storedAnswers() const
    {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM review_answers WHERE review_id = ?"));
        query.addBindValue(m_deleted.id.toString(QUuid::WithoutBraces));
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

    Review m_deleted;
};

TEST_F(ReviewWindowTest, CtrlSevenOpensTheReviewAndAltSBeginsOne)
{
    pressKey(Qt::Key_7, Qt::ControlModifier);
    QWidget *page = child<QWidget>(m_window.get(), QStringLiteral("reviewPage"));
    ASSERT_TRUE(page && waitUntil([page] { return page->isVisible(); })) << "Ctrl+7 did not open the Review page";

    pressKey(Qt::Key_S, Qt::AltModifier);

    QWidget *walkthrough = child<QWidget>(page, QStringLiteral("reviewWalkthrough"));
    ASSERT_TRUE(walkthrough);
    EXPECT_TRUE(waitUntil([walkthrough] { return walkthrough->isVisible(); }));
    Result<QList<Review>> reviews = ReviewRepository(*m_database, m_clock).all();
    ASSERT_TRUE(reviews);
    ASSERT_EQ(reviews->size(), 1); // the deleted one is not listed
    EXPECT_FALSE(reviews->first().isDone());
    EXPECT_EQ(reviews->first().periodEnd, m_clock.today());
}

TEST_F(ReviewWindowTest, WhatADeletedReviewSaidIsErasedOnceUndoCannotBringItBack)
{
    EXPECT_TRUE(waitUntil([this] { return storedNotes().isEmpty(); })) << storedNotes().toStdString();
    EXPECT_EQ(storedAnswers(), 0);
}

} // namespace
} // namespace tend::test
