#pragma once

#include "model/aftercareact.h"
#include "model/preference.h"

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

    void setCatalogue(const QList<AftercareAct> &acts, const QList<Preference> &preferences);
    // Offers the catalogue as `partnerId` sees it: what they need first. Acts an edited
    // check-in already names stay offered even when archived since.
    void offerTo(const QUuid &partnerId, const QList<QUuid> &alreadyNamed);

protected:
    void focusInEvent(QFocusEvent *event) override;
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

private:
    AftercareChecklistModel *m_model = nullptr;
    QList<AftercareAct> m_catalogue;
    QList<Preference> m_preferences;
};

} // namespace tend
