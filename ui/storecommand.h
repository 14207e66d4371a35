#pragma once

#include "result.h"

#include <QUndoCommand>

#include <functional>

namespace tend {

// An undoable change from one value to another, written through `apply` (a store method that
// reports its own failures). Like the check-in commands, it is pushed after its first apply
// already succeeded, so its first redo() does nothing; a later undo or redo that fails makes
// it obsolete, so the stack does not offer a step that cannot be taken.
template <typename Value>
class SetValueCommand : public QUndoCommand
{
public:
    using Apply = std::function<Status(const Value &)>;

    SetValueCommand(const QString &text, Value before, Value after, Apply apply, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_before(std::move(before)), m_after(std::move(after)), m_apply(std::move(apply))
    {
    }

    void undo() override { take(m_before); }
    void redo() override
    {
        if (!std::exchange(m_firstRedo, false))
            take(m_after);
    }

private:
    void take(const Value &value)
    {
        if (!m_apply(value))
            setObsolete(true);
    }

    Value m_before;
    Value m_after;
    Apply m_apply;
    bool m_firstRedo = true;
};

} // namespace tend
