#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace tend {

class LockController;
class LockCurtain;
class UnlockDialog;

// What a locked Tend looks like: every window's content behind a curtain (also windows that
// open while locked), open menus closed, and the passphrase asked over the main window
// whenever it is on screen. Unlocking lifts the curtains and leaves every window as it was.
class LockScreen : public QObject
{
    Q_OBJECT

public:
    LockScreen(LockController &controller, QWidget &mainWindow, QString vaultPath);
    ~LockScreen() override;

signals:
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void cover();
    void coverWindow(QWidget *window);
    bool isCovered(const QWidget *window) const;
    void askForPassphrase();
    void uncover();

    LockController &m_controller;
    QWidget &m_mainWindow;
    const QString m_vaultPath;
    QList<QPointer<LockCurtain>> m_curtains;
    QPointer<UnlockDialog> m_dialog;
};

} // namespace tend
