#pragma once

#include "model/checkin.h"

#include <QUndoCommand>

namespace tend {

class CheckInStore;

// Each command is pushed after its first action already succeeded, so its first redo() does
// nothing. If a later undo or redo fails, the store has told the person why and the command
// makes itself obsolete, so the stack does not offer a step that cannot be taken.

class AddCheckInCommand : public QUndoCommand
{
public:
    AddCheckInCommand(CheckInStore &store, const CheckIn &added);
    void undo() override;
    void redo() override;

private:
    CheckInStore &m_store;
    QUuid m_id;
    bool m_firstRedo = true;
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

class DeleteCheckInCommand : public QUndoCommand
{
public:
    DeleteCheckInCommand(CheckInStore &store, const CheckIn &deleted);
    void undo() override;
    void redo() override;

private:
    CheckInStore &m_store;
    QUuid m_id;
    bool m_firstRedo = true;
};

} // namespace tend
