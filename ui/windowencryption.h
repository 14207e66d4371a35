#pragma once

#include "datachange.h"

#include <QObject>

class QMenu;
class QWidget;

namespace tend {

class Clock;
class Database;

// Encryption as the window offers it: changing the passphrase (in place), and turning
// encryption off or on (other data in place of this: a DataChange).
class WindowEncryption : public QObject
{
    Q_OBJECT

public:
    WindowEncryption(Database &database, const Clock &clock, QWidget &window);

    void addActionsTo(QMenu *menu);

signals:
    void dataChangeRequested(const tend::DataChange &change);
    void passphraseChanged();
    void statusMessage(const QString &message);

private:
    void changePassphrase();
    void stopEncrypting();
    void startEncrypting();
    QString folder() const;
    // Backups made while the data was plain can be read by anyone: asks whether they may go.
    bool mayRemovePlainBackups();

    Database &m_database;
    const Clock &m_clock;
    QWidget &m_window;
};

} // namespace tend
