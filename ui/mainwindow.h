#pragma once

#include "model/partner.h"

#include <QDateTime>
#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace tend {

class CheckInStore;
class Clock;
class Database;
class TodayPage;

// The window: navigation on the left, one page at a time on the right, and the menus.
// Pages do the work; the window wires them together and remembers where the person was.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &database, const Clock &clock, const QList<Partner> &partners, QWidget *parent = nullptr);
    ~MainWindow() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    void showError(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void addPage(QWidget *page, const QString &title);
    void editPartners();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    Database &m_database;
    const Clock &m_clock;
    QList<Partner> m_partners;
    const QDateTime m_sessionStartUtc;

    QUndoStack *m_undoStack = nullptr;
    CheckInStore *m_checkIns = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    TodayPage *m_today = nullptr;
    bool m_integrityChecked = false;
};

} // namespace tend
