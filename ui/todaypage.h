#pragma once

#include "model/partner.h"
#include "undoablecheckinwrites.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QUndoStack;

namespace tend {

class CheckInForm;
class CheckInListModel;
class CheckInStore;
class PreferenceStore;
class RowListView;

// Log a check-in and see, edit or delete today's check-ins of both partners.
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    TodayPage(CheckInStore &store, PreferenceStore &preferences, QUndoStack &undoStack, QWidget *parent = nullptr);

    void setPartners(const QList<Partner> &partners);
    // Reads today's check-ins again, e.g. after undo or when the day has changed.
    void reload();
    // An empty form with the keyboard on it (Ctrl+N).
    void startNewCheckIn();

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void statusMessage(const QString &message);

private:
    QWidget *createTodayList();
    void save();
    void loadCatalogue();
    void showNeedsMet(const CheckIn &saved);
    void editSelected();
    void deleteSelected();
    int selectedRow() const;
    void selectCheckIn(const QUuid &id);
    void updateHeading();
    void fitColumnsToTheirValues();
    void stopEditingIfChangedElsewhere();

    CheckInStore &m_store;
    PreferenceStore &m_preferences;
    UndoableCheckInWrites m_writes;
    QList<Partner> m_partners;
    QDate m_day;
    bool m_saving = false;
    bool m_catalogueWanted = false;

    QLabel *m_heading = nullptr;
    QLabel *m_needsMet = nullptr;
    CheckInForm *m_form = nullptr;
    CheckInListModel *m_model = nullptr;
    RowListView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace tend
