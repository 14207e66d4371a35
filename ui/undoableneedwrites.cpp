#include "undoableneedwrites.h"

#include "clock.h"
#include "needs/needstore.h"
#include "storecommand.h"

#include <QUndoStack>

namespace tend {

namespace {

// A need that is there or not: adding and deleting are this step seen from two sides.
class NeedPresenceCommand : public QUndoCommand
{
public:
    NeedPresenceCommand(NeedStore &store, const QUuid &id, bool presentAfter, const QString &text)
        : QUndoCommand(text), m_store(store), m_id(id), m_presentAfter(presentAfter)
    {
    }
    void undo() override { setPresent(!m_presentAfter); }
    void redo() override
    {
        if (!std::exchange(m_firstRedo, false))
            setPresent(m_presentAfter);
    }

private:
    void setPresent(bool present)
    {
        if (!(present ? m_store.restore(m_id) : m_store.remove(m_id)))
            setObsolete(true);
    }

    NeedStore &m_store;
    QUuid m_id;
    bool m_presentAfter;
    bool m_firstRedo = true;
};

} // namespace

std::optional<Need> UndoableNeedWrites::add(Need need)
{
    if (!m_store.add(need))
        return std::nullopt;
    m_undoStack.push(new NeedPresenceCommand(m_store, need.id, true, tr("Add need")));
    return need;
}

bool UndoableNeedWrites::change(Need before, Need after, const QString &undoText)
{
    if (!m_store.update(after))
        return false;
    m_undoStack.push(new SetValueCommand<Need>(undoText, std::move(before), std::move(after), [this](const Need &value) {
        Need copy = value;
        return m_store.update(copy);
    }));
    return true;
}

bool UndoableNeedWrites::remove(Need need)
{
    if (!m_store.remove(need.id))
        return false;
    m_undoStack.push(new NeedPresenceCommand(m_store, need.id, false, tr("Delete need")));
    return true;
}

bool UndoableNeedWrites::reorder(QList<QUuid> before, QList<QUuid> after)
{
    if (!m_store.saveOrder(after))
        return false;
    m_undoStack.push(new SetValueCommand<QList<QUuid>>(tr("Reorder needs"), std::move(before), std::move(after),
                                                       [this](const QList<QUuid> &order) { return m_store.saveOrder(order); }));
    return true;
}

bool UndoableNeedWrites::pickForWeek(const QDate &weekStart, QUuid before, QUuid after)
{
    if (!m_store.pickForWeek(weekStart, after))
        return false;
    m_undoStack.push(new SetValueCommand<QUuid>(tr("Pick this week's need"), before, after,
                                                [this, weekStart](const QUuid &id) { return m_store.pickForWeek(weekStart, id); }));
    return true;
}

bool UndoableNeedWrites::markDiscussed(Need need, const QDate &weekStart, QUuid pickedBefore)
{
    Need discussed = need;
    discussed.discussedUtc = m_store.clock().nowUtc();
    // Both writes are made before anything goes on the stack, so a failure leaves no step
    // behind; if the second fails, the first is taken back.
    Need written = discussed;
    if (!m_store.update(written))
        return false;
    const bool pickChanges = pickedBefore != need.id;
    if (pickChanges && !m_store.pickForWeek(weekStart, need.id)) {
        Need restored = need;
        (void)m_store.update(restored);
        return false;
    }
    auto *step = new QUndoCommand(tr("Mark need discussed"));
    new SetValueCommand<Need>(step->text(), need, discussed, [this](const Need &value) {
        Need copy = value;
        return m_store.update(copy);
    }, step);
    if (pickChanges)
        new SetValueCommand<QUuid>(step->text(), pickedBefore, need.id, [this, weekStart](const QUuid &id) {
            return m_store.pickForWeek(weekStart, id);
        }, step);
    m_undoStack.push(step);
    return true;
}

} // namespace tend
