#pragma once

#include "model/aftercareact.h"

#include <QTableView>

namespace tend {

class AftercareChecklistModel;

// Ticks for the aftercare of an after-intimacy check-in: what was received and what was
// wished for, act by act. Arrow keys move between the ticks; Space ticks.
class AftercareChecklist : public QTableView
{
    Q_OBJECT

public:
    explicit AftercareChecklist(QWidget *parent = nullptr);

    AftercareChecklistModel *checklist() const { return m_model; }

protected:
    void focusInEvent(QFocusEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

private:
    AftercareChecklistModel *m_model = nullptr;
};

} // namespace tend
