#pragma once

#include "model/aftercareact.h"
#include "model/preference.h"

#include <QCoreApplication>

#include <optional>

class QUndoStack;

namespace tend {

class PreferenceStore;

// The changes to answers and to the catalogue that Ctrl+Z takes back: each is saved at once
// through the store and, once saved, put on the undo stack. Values are taken by copy because
// a save makes everyone reload, which replaces whatever a reference pointed into.
class UndoablePreferenceWrites
{
    Q_DECLARE_TR_FUNCTIONS(UndoablePreferenceWrites)

public:
    UndoablePreferenceWrites(PreferenceStore &store, QUndoStack &undoStack) : m_store(store), m_undoStack(undoStack) {}

    bool savePreference(Preference before, Preference after);
    bool renameAct(AftercareAct before, const QString &label);
    std::optional<AftercareAct> addAct(AftercareAct act);
    bool moveAct(AftercareAct before, CareForm form);
    bool setArchived(AftercareAct before, bool archived);

private:
    bool changeAct(const AftercareAct &before, AftercareAct after, const QString &undoText);
    void pushActChange(const QString &undoText, const AftercareAct &before, const AftercareAct &after);

    PreferenceStore &m_store;
    QUndoStack &m_undoStack;
};

} // namespace tend
