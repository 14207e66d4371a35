#pragma once

#include "model/need.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

class QUndoStack;

namespace tend {

class NeedStore;

// Every change to the needs list, written at once through the store (which reports any
// failure) and, once written, put on the undo stack. Values are taken by copy: a write makes
// the page reload, which replaces whatever a reference pointed into.
class UndoableNeedWrites
{
    Q_DECLARE_TR_FUNCTIONS(UndoableNeedWrites)

public:
    UndoableNeedWrites(NeedStore &store, QUndoStack &undoStack) : m_store(store), m_undoStack(undoStack) {}

    std::optional<Need> add(Need need);
    bool change(Need before, Need after, const QString &undoText);
    bool remove(Need need);
    bool reorder(QList<QUuid> before, QList<QUuid> after);
    bool pickForWeek(const QDate &weekStart, QUuid before, QUuid after);
    // Marks the need discussed now and keeps it as the week's need, as one undoable step.
    bool markDiscussed(Need need, const QDate &weekStart, QUuid pickedBefore);

private:
    NeedStore &m_store;
    QUndoStack &m_undoStack;
};

} // namespace tend
