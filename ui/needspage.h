#pragma once

#include "model/need.h"
#include "model/partner.h"
#include "undoableneedwrites.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QToolButton;
class QUndoStack;

namespace tend {

class NeedEntryBar;
class NeedFilterBar;
class NeedListModel;
class NeedStore;
class RowListView;
class WeeklyNeedCard;

// The couple's shared list of needs to talk about: added by either partner, put in their own
// order, taken from open to talking about it to resolved, and one suggested for the week.
class NeedsPage : public QWidget
{
    Q_OBJECT

public:
    NeedsPage(NeedStore &store, QUndoStack &undoStack, QWidget *parent = nullptr);

    void setPartners(const QList<Partner> &partners);
    void reload();

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    RowListView *createList();
    QWidget *createActions();
    void updateActions();
    void updateWeeklyNeed();
    std::optional<Need> selectedNeed() const;
    void selectNeed(const QUuid &id);

    void addNeed();
    void startTalking();
    void resolveSelected();
    void reopenSelected();
    void deleteSelected();
    void moveSelected(int step);
    void setSelectedPriority(NeedPriority priority);
    void markWeeklyDiscussed();
    void pickSelectedForWeek();
    bool weekHasTurned();

    NeedStore &m_store;
    UndoableNeedWrites m_writes;
    QList<Partner> m_partners;
    QDate m_week; // the Monday of the week shown
    QUuid m_pickedThisWeek;
    std::optional<Need> m_weeklyNeed;

    WeeklyNeedCard *m_weeklyCard = nullptr;
    NeedEntryBar *m_entry = nullptr;
    NeedFilterBar *m_filterBar = nullptr;
    NeedListModel *m_model = nullptr;
    RowListView *m_list = nullptr;
    QPushButton *m_startTalking = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_reopen = nullptr;
    QToolButton *m_priority = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace tend
