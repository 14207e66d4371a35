#include "windowsession.h"

#include "mainwindow.h"
#include "startupflow.h"
#include "storage/database.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace tend {

WindowSession::WindowSession(std::unique_ptr<Database> database, const Clock &clock, QList<Partner> partners, bool demo)
    : m_database(std::move(database)), m_clock(clock), m_partners(std::move(partners)), m_demo(demo)
{
    openWindow();
}

WindowSession::~WindowSession() = default;

void WindowSession::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_database, m_clock, m_partners);
    m_window->setDemo(m_demo);
    if (m_demo)
        m_window->setWindowTitle(tr("Tend — demo (nothing is kept)"));
    connect(m_window.get(), &MainWindow::dataChangeRequested, this, [this](const DataChange &requested) {
        // Not from inside the window's own call: the window is about to be deleted.
        QTimer::singleShot(0, this, [this, requested] { change(requested); });
    });
}

void WindowSession::change(const DataChange &change)
{
    m_window->prepareToGo();
    m_window.reset();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status changed = change.apply(m_database);
    QApplication::restoreOverrideCursor();
    // Only when the new data is in place but would not open is there no data to show.
    if (!m_database || !m_database->connection().isOpen()) {
        QMessageBox::critical(nullptr, tr("Tend"),
                              tr("%1\n\nTend has to close. Start it again to open your data.")
                                  .arg(changed ? QString() : changed.error().message));
        qApp->quit();
        return;
    }
    // Restored data may hold another couple, or none yet.
    const std::optional<QList<Partner>> partners = ensurePartners(*m_database, m_clock);
    if (!partners) {
        qApp->quit();
        return;
    }
    m_partners = *partners;
    openWindow();
    m_window->show();
    if (changed)
        m_window->showStatus(change.done);
    else
        m_window->showError(changed.error().message);
}

} // namespace tend
