#pragma once

#include "datachange.h"

#include <QObject>

class QMenu;
class QTimer;
class QWidget;

namespace tend {

class Clock;
class Database;

// Backups as the window offers them: one a day while Tend is open (looked for at start and
// every hour), Back up now, and Restore from backup… (other data in place of this: a DataChange).
class WindowBackups : public QObject
{
    Q_OBJECT

public:
    WindowBackups(Database &database, const Clock &clock, QWidget &window);

    void addActionsTo(QMenu *menu);
    // From now on, a daily backup when one is due.
    void startDailyBackups();
    void backUpNow();

signals:
    void dataChangeRequested(const tend::DataChange &change);
    void statusMessage(const QString &message);
    void failed(const QString &message);

private:
    void backUpDailyIfDue();
    void restore();
    QString folder() const;

    Database &m_database;
    const Clock &m_clock;
    QWidget &m_window;
    QTimer *m_daily = nullptr;
};

} // namespace tend
