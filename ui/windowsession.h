#pragma once

#include "datachange.h"
#include "model/partner.h"

#include <QObject>

#include <memory>

namespace tend {

class Clock;
class Database;
class MainWindow;

// Tend's window on its data, for as long as Tend runs. When the window asks for other data in
// place of its own (a restored backup, encryption turned on or off), the window goes, the data
// is changed, and a new window opens on whatever data is then in use, saying how it went.
class WindowSession : public QObject
{
    Q_OBJECT

public:
    WindowSession(std::unique_ptr<Database> database, const Clock &clock, QList<Partner> partners, bool demo);
    ~WindowSession() override;

    MainWindow *window() const { return m_window.get(); }
    Database *database() const { return m_database.get(); }

private:
    void openWindow();
    void change(const DataChange &change);

    std::unique_ptr<Database> m_database;
    const Clock &m_clock;
    QList<Partner> m_partners;
    const bool m_demo;
    std::unique_ptr<MainWindow> m_window; // after the database: it goes first
};

} // namespace tend
