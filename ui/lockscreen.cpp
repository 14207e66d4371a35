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
    if (m_controller.isLocked())
        cover(); // a window opened on data that is locked already
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
    if (!isCovered(window))
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
    // Above any dialog that was open when Tend locked, which would otherwise keep the input
    // (show(), since open() would make it modal to the main window only).
    m_dialog->setWindowModality(Qt::ApplicationModal);
    connect(m_dialog, &UnlockDialog::quitRequested, this, &LockScreen::quitRequested);
    m_dialog->show();
}

void LockScreen::uncover()
{
    qApp->removeEventFilter(this);
    for (const QPointer<LockCurtain> &curtain : std::as_const(m_curtains))
        delete curtain;
    m_curtains.clear();
}

bool LockScreen::isCovered(const QWidget *window) const
{
    return std::any_of(m_curtains.cbegin(), m_curtains.cend(),
                       [window](const QPointer<LockCurtain> &curtain) { return curtain && curtain->parentWidget() == window; });
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::InputMethod:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
        // Nothing behind a curtain takes input, not even a key that was on its way as Tend locked.
        if (watched->isWidgetType() && isCovered(static_cast<QWidget *>(watched)->window())) {
            event->accept();
            return true;
        }
        break;
    default:
        break;
    }
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->isWindow())
            coverWindow(widget);
        if (widget == &m_mainWindow) {
            askForPassphrase();
        } else if (m_dialog && widget != m_dialog && widget->isWindow() && widget->isModal()) {
            // A modal window that opened while locked would take the input from the passphrase:
            // the question is asked again, above it.
            m_dialog->deleteLater();
            m_dialog = nullptr;
            QMetaObject::invokeMethod(this, &LockScreen::askForPassphrase, Qt::QueuedConnection);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tend
