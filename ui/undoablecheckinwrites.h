#pragma once

#include "model/checkin.h"

class QUndoStack;

namespace tend {

class CheckInStore;

// Saving, changing and deleting check-ins so that Ctrl+Z takes it back: each is written at
// once through the store (which reports any failure) and, once written, put on the undo stack.
class UndoableCheckInWrites
{
public:
    UndoableCheckInWrites(CheckInStore &store, QUndoStack &undoStack) : m_store(store), m_undoStack(undoStack) {}

    // A check-in without a time is stamped "now", on the clock's calendar day.
    bool add(CheckIn &checkIn);
    bool update(CheckIn before, CheckIn &after);
    bool remove(CheckIn checkIn);

private:
    CheckInStore &m_store;
    QUndoStack &m_undoStack;
};

} // namespace tend
