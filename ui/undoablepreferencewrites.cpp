#include "undoablepreferencewrites.h"

#include "preferences/preferencestore.h"
#include "storecommand.h"

#include <QUndoStack>

namespace tend {

bool UndoablePreferenceWrites::savePreference(Preference before, Preference after)
{
    if (!m_store.savePreference(after))
        return false;
    m_undoStack.push(new SetValueCommand<Preference>(tr("Change preference"), std::move(before), std::move(after),
                                                     [this](const Preference &value) {
                                                         Preference copy = value;
                                                         return m_store.savePreference(copy);
                                                     }));
    return true;
}

bool UndoablePreferenceWrites::renameAct(AftercareAct before, const QString &label)
{
    AftercareAct renamed = before;
    renamed.label = label;
    return changeAct(before, renamed, tr("Rename act"));
}

std::optional<AftercareAct> UndoablePreferenceWrites::addAct(AftercareAct act)
{
    if (!m_store.addAct(act))
        return std::nullopt;
    AftercareAct archived = act;
    archived.archived = true;
    // Undoing an addition archives the act; answers about it stay, should redo bring it back.
    pushActChange(tr("Add act"), archived, act);
    return act;
}

bool UndoablePreferenceWrites::moveAct(AftercareAct before, CareForm form)
{
    AftercareAct moved = before;
    if (!m_store.moveAct(moved, form))
        return false;
    pushActChange(tr("Move act"), before, moved);
    return true;
}

bool UndoablePreferenceWrites::setArchived(AftercareAct before, bool archived)
{
    AftercareAct after = before;
    after.archived = archived;
    return changeAct(before, after, archived ? tr("Archive act") : tr("Bring back act"));
}

bool UndoablePreferenceWrites::changeAct(const AftercareAct &before, AftercareAct after, const QString &undoText)
{
    if (!m_store.updateAct(after))
        return false;
    pushActChange(undoText, before, after);
    return true;
}

void UndoablePreferenceWrites::pushActChange(const QString &undoText, const AftercareAct &before, const AftercareAct &after)
{
    m_undoStack.push(new SetValueCommand<AftercareAct>(undoText, before, after, [this](const AftercareAct &value) {
        AftercareAct copy = value;
        return m_store.updateAct(copy);
    }));
}

} // namespace tend
