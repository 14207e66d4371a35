#pragma once

#include "model/aftercareact.h"

#include <QWidget>

class QPushButton;
class QToolButton;

namespace tend {

// The buttons under the preferences form that change the catalogue itself: add an act,
// rename, move to another form or archive the selected one, bring an archived one back.
class CatalogueActions : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogueActions(QWidget *parent = nullptr);

    // The act the buttons apply to; none disables them.
    void setCurrentAct(const AftercareAct *act);
    void setArchivedActs(const QList<AftercareAct> &acts);

signals:
    void addRequested();
    void renameRequested();
    void moveRequested(tend::CareForm form);
    void archiveRequested();
    void restoreRequested(const QUuid &actId);

private:
    void fillArchivedMenu();

    QList<AftercareAct> m_archivedActs;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QToolButton *m_move = nullptr;
    QPushButton *m_archive = nullptr;
    QToolButton *m_archived = nullptr;
};

} // namespace tend
