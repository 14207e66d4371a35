#pragma once

#include "model/checkin.h"

#include <QUndoCommand>

namespace tend {

class CheckInStore;

// Each command is pushed after its first action already succeeded, so its first redo() does
// nothing. If a later undo or redo fails, the store has told the person why and the command
// makes itself obsolete, so the stack does not offer a step that cannot be taken.

// Adding and deleting are the same step seen from two sides: a soft delete or its reversal.
class CheckInPresenceCommand : public QUndoCommand
{
public:
    void undo() override;
    void redo() override;

protected:
    CheckInPresenceCommand(CheckInStore &store, const QUuid &id, bool presentAfter, const QString &text);

private:
    void setPresent(bool present);

    CheckInStore &m_store;
    QUuid m_id;
    bool m_presentAfter;
    bool m_firstRedo = true;
};

class AddCheckInCommand : public CheckInPresenceCommand
{
public:
    AddCheckInCommand(CheckInStore &store, const CheckIn &added);
};

class DeleteCheckInCommand : public CheckInPresenceCommand
{
public:
    DeleteCheckInCommand(CheckInStore &store, const CheckIn &deleted);
};

class EditCheckInCommand : public QUndoCommand
{
public:
    EditCheckInCommand(CheckInStore &store, const CheckIn &before, const CheckIn &after);
    void undo() override;
    void redo() override;

private:
    CheckInStore &m_store;
    CheckIn m_before;
    CheckIn m_after;
    bool m_firstRedo = true;
};

} // namespace tend
