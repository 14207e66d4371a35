#include "checkincommands.h"

#include "texts.h"

#include "checkins/checkinstore.h"

#include <QCoreApplication>

namespace tend {

namespace {


} // namespace

CheckInPresenceCommand::CheckInPresenceCommand(CheckInStore &store, const QUuid &id, bool presentAfter,
                                               const QString &text)
    : QUndoCommand(text), m_store(store), m_id(id), m_presentAfter(presentAfter)
{
}

void CheckInPresenceCommand::undo()
{
    setPresent(!m_presentAfter);
}

void CheckInPresenceCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    setPresent(m_presentAfter);
}

void CheckInPresenceCommand::setPresent(bool present)
{
    const Status status = present ? m_store.restore(m_id) : m_store.remove(m_id);
    if (!status)
        setObsolete(true);
}

AddCheckInCommand::AddCheckInCommand(CheckInStore &store, const CheckIn &added)
    : CheckInPresenceCommand(store, added.id, true, CheckInCommandText::tr("Add check-in"))
{
}

DeleteCheckInCommand::DeleteCheckInCommand(CheckInStore &store, const CheckIn &deleted)
    : CheckInPresenceCommand(store, deleted.id, false, CheckInCommandText::tr("Delete check-in"))
{
}

EditCheckInCommand::EditCheckInCommand(CheckInStore &store, const CheckIn &before, const CheckIn &after)
    : QUndoCommand(CheckInCommandText::tr("Edit check-in")), m_store(store), m_before(before), m_after(after)
{
}

void EditCheckInCommand::undo()
{
    if (!m_store.update(m_before))
        setObsolete(true);
}

void EditCheckInCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    if (!m_store.update(m_after))
        setObsolete(true);
}

} // namespace tend
