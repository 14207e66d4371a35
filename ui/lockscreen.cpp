#include "lockscreen.h"

#include "lockcontroller.h"
#include "lockcurtain.h"
#include "unlockdialog.h"

#include <QApplication>
#include <QEvent>
#include <QToolTip>
#include <QWidget>

namespace tend {

LockScreen::LockScreen(LockController &controller, QWidget &mainWindow, QString vaultPath)
    : QObject(&mainWindow), m_controller(controller), m_mainWindow(mainWindow), m_vaultPath(std::move(vaultPath))
{
    connect(&m_controller, &LockController::locked, this, &LockScreen::cover);
    connect(&m_controller, &LockController::unlocked, this, &LockScreen::uncover);
}

LockScreen::~LockScreen()
{
    qApp->removeEventFilter(this);
}

void LockScreen::cover()
{
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    QToolTip::hideText();
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window->isVisible())
            coverWindow(window);
    }
    // The main window may be hidden in the tray: it gets its curtain now, the question when shown.
    coverWindow(&m_mainWindow);
    qApp->installEventFilter(this);
    if (m_mainWindow.isVisible())
        askForPassphrase();
}

void LockScreen::coverWindow(QWidget *window)
{
    if (window == m_dialog || window->windowType() == Qt::Popup || window->windowType() == Qt::ToolTip)
        return;
    for (const QPointer<LockCurtain> &curtain : std::as_const(m_curtains)) {
        if (curtain && curtain->parentWidget() == window)
            return;
    }
    m_curtains.append(new LockCurtain(window));
}

void LockScreen::askForPassphrase()
{
    if (m_dialog)
        return;
    m_dialog = new UnlockDialog(
        m_vaultPath, [this](const SecureBytes &passphrase) { return m_controller.unlock(passphrase); },
        &m_mainWindow, UnlockDialog::Purpose::Relock);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Above any dialog that was open when Tend locked, which would otherwise keep the input.
    m_dialog->setWindowModality(Qt::ApplicationModal);
    connect(m_dialog, &UnlockDialog::quitRequested, this, &LockScreen::quitRequested);
    m_dialog->open();
}

void LockScreen::uncover()
{
    qApp->removeEventFilter(this);
    for (const QPointer<LockCurtain> &curtain : std::as_const(m_curtains))
        delete curtain;
    m_curtains.clear();
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->isWindow())
            coverWindow(widget);
        if (widget == &m_mainWindow)
            askForPassphrase();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tend
