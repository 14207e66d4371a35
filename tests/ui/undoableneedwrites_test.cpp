// Marking the week's need discussed is two writes made as one undoable step: when either write
// fails, nothing is left half done and no step is left on the undo stack.

#include "storage/databasefixture.h"

#include "needs/needstore.h"
#include "storage/needrepository.h"
#include "undoableneedwrites.h"

#include <QUndoStack>

#include <gtest/gtest.h>

namespace tend::test {
namespace {

class UndoableNeedWritesTest : public CoupleFixture
{
protected:
    void SetUp() override
    {
        CoupleFixture::SetUp();
        if (HasFatalFailure())
            return;
        store = std::make_unique<NeedStore>(*database, clock);
        writes = std::make_unique<UndoableNeedWrites>(*store, undoStack);
        Need draft;
        draft.raisedBy = sam.id;
        draft.text = QStringLiteral("Screens off after ten");
        std::optional<Need> added = writes->add(draft);
        ASSERT_TRUE(added.has_value());
        need = *added;
        undoStack.clear();
    }

    Need storedNeed() const
    {
        Result<QList<Need>> all = NeedRepository(*database, clock).all();
        EXPECT_TRUE(all.ok() && all.value().size() == 1);
        return all.ok() && !all.value().isEmpty() ? all.value().first() : Need();
    }

    static inline const QDate Monday{2026, 3, 9};
    QUndoStack undoStack;
    std::unique_ptr<NeedStore> store;
    std::unique_ptr<UndoableNeedWrites> writes;
    Need need;
};

TEST_F(UndoableNeedWritesTest, MarkingDiscussedAndPickingIsOneStepBothWays)
{
    ASSERT_TRUE(writes->markDiscussed(need, Monday, QUuid()));
    EXPECT_EQ(undoStack.count(), 1);
    EXPECT_EQ(storedNeed().discussedUtc, clock.nowUtc());
    EXPECT_EQ(NeedRepository(*database, clock).pickedForWeek(Monday).value(), need.id);

    undoStack.undo();
    EXPECT_FALSE(storedNeed().discussedUtc.isValid());
    EXPECT_TRUE(NeedRepository(*database, clock).pickedForWeek(Monday).value().isNull());

    undoStack.redo();
    EXPECT_EQ(storedNeed().discussedUtc, clock.nowUtc());
    EXPECT_EQ(NeedRepository(*database, clock).pickedForWeek(Monday).value(), need.id);
}

TEST_F(UndoableNeedWritesTest, WhenThePickFailsTheDiscussionIsTakenBackAndNoStepIsLeft)
{
    const QDate wednesday = Monday.addDays(2); // a week starts on Monday: the pick is refused
    EXPECT_FALSE(writes->markDiscussed(need, wednesday, QUuid()));
    EXPECT_EQ(undoStack.count(), 0);
    EXPECT_FALSE(storedNeed().discussedUtc.isValid());
}

TEST_F(UndoableNeedWritesTest, WhenTheNeedIsGoneNothingIsWrittenAndNoStepIsLeft)
{
    ASSERT_TRUE(store->remove(need.id));
    EXPECT_FALSE(writes->markDiscussed(need, Monday, QUuid()));
    EXPECT_EQ(undoStack.count(), 0);
    EXPECT_TRUE(NeedRepository(*database, clock).pickedForWeek(Monday).value().isNull());
}

} // namespace
} // namespace tend::test
