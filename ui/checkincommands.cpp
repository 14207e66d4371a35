#include "checkincommands.h"

#include "checkinstore.h"

#include <QCoreApplication>

namespace tend {

namespace {

QString commandText(const char *message)
{
    return QCoreApplication::translate("CheckInCommands", message);
}

} // namespace

AddCheckInCommand::AddCheckInCommand(CheckInStore &store, const CheckIn &added)
    : QUndoCommand(commandText("Add check-in")), m_store(store), m_id(added.id)
{
}

void AddCheckInCommand::undo()
{
    if (!m_store.remove(m_id))
        setObsolete(true);
}

void AddCheckInCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    if (!m_store.restore(m_id))
        setObsolete(true);
}

EditCheckInCommand::EditCheckInCommand(CheckInStore &store, const CheckIn &before, const CheckIn &after)
    : QUndoCommand(commandText("Edit check-in")), m_store(store), m_before(before), m_after(after)
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

DeleteCheckInCommand::DeleteCheckInCommand(CheckInStore &store, const CheckIn &deleted)
    : QUndoCommand(commandText("Delete check-in")), m_store(store), m_id(deleted.id)
{
}

void DeleteCheckInCommand::undo()
{
    if (!m_store.restore(m_id))
        setObsolete(true);
}

void DeleteCheckInCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    if (!m_store.remove(m_id))
        setObsolete(true);
}

} // namespace tend
