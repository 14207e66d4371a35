#pragma once

#include "model/partner.h"
#include "undoablecheckinwrites.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QUndoStack;

namespace tend {

class CheckInFilterBar;
class CheckInListModel;
class CheckInStore;
class PreferenceStore;
class RowListView;

// Every check-in the couple has logged: narrowed by who, kind, period and words in the
// notes; any one opened to edit, or deleted, with undo.
class CheckInsPage : public QWidget
{
    Q_OBJECT

public:
    CheckInsPage(CheckInStore &store, PreferenceStore &preferences, QUndoStack &undoStack, QWidget *parent = nullptr);

    void setPartners(const QList<Partner> &partners);
    void reload();

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    RowListView *createTable();
    void applyFilter();
    void updateCount();
    void openSelected();
    void deleteSelected();
    int selectedRow() const;
    void selectCheckIn(const QUuid &id);

    CheckInStore &m_store;
    PreferenceStore &m_preferences;
    UndoableCheckInWrites m_writes;
    QList<Partner> m_partners;
    bool m_stale = true;

    CheckInFilterBar *m_filterBar = nullptr;
    CheckInListModel *m_model = nullptr;
    RowListView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace tend
