#include "undoablecheckinwrites.h"

#include "checkincommands.h"
#include "checkins/checkinstore.h"
#include "clock.h"

#include <QUndoStack>

namespace tend {

bool UndoableCheckInWrites::add(CheckIn &checkIn)
{
    if (!checkIn.atUtc.isValid()) {
        // One instant for both, so a check-in at midnight cannot land on the wrong day.
        const Clock &clock = m_store.clock();
        checkIn.atUtc = clock.nowUtc();
        checkIn.localDay = checkIn.atUtc.toTimeZone(clock.timeZone()).date();
    }
    if (!m_store.add(checkIn))
        return false;
    m_undoStack.push(new AddCheckInCommand(m_store, checkIn));
    return true;
}

bool UndoableCheckInWrites::update(CheckIn before, CheckIn &after)
{
    if (!m_store.update(after))
        return false;
    m_undoStack.push(new EditCheckInCommand(m_store, before, after));
    return true;
}

bool UndoableCheckInWrites::remove(CheckIn checkIn)
{
    if (!m_store.remove(checkIn.id))
        return false;
    m_undoStack.push(new DeleteCheckInCommand(m_store, checkIn));
    return true;
}

} // namespace tend
