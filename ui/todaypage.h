#pragma once

#include "model/partner.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace tend {

class CheckInForm;
class CheckInListModel;
class CheckInStore;

// Log a check-in and see, edit or delete today's check-ins of both partners.
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    TodayPage(CheckInStore &store, QUndoStack &undoStack, QWidget *parent = nullptr);

    void setPartners(const QList<Partner> &partners);
    // Reads today's check-ins again, e.g. after undo or when the day has changed.
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void statusMessage(const QString &message);

private:
    QWidget *createTodayList();
    void save();
    void editSelected();
    void deleteSelected();
    int selectedRow() const;
    void selectCheckIn(const QUuid &id);
    void updateHeading();
    void fitColumnsToTheirValues();
    void stopEditingIfChangedElsewhere();
    QString partnerName(const QUuid &id) const;

    CheckInStore &m_store;
    QUndoStack &m_undoStack;
    QList<Partner> m_partners;
    QDate m_day;
    bool m_saving = false;

    QLabel *m_heading = nullptr;
    CheckInForm *m_form = nullptr;
    CheckInListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace tend
