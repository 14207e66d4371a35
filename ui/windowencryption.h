#pragma once

#include "datachange.h"

#include <QObject>

class QMenu;
class QWidget;

namespace tend {

class Database;

// Encryption as the window offers it: changing the passphrase (in place), and turning
// encryption off or on (other data in place of this: a DataChange).
class WindowEncryption : public QObject
{
    Q_OBJECT

public:
    WindowEncryption(Database &database, QWidget &window);

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

    Database &m_database;
    QWidget &m_window;
};

} // namespace tend
