#pragma once

#include <QWidget>

namespace tend {

// Covers the whole of one window while Tend is locked, menus and all, so nothing it showed can
// be read; it follows the window's size and stays on top of what is added beneath it.
class LockCurtain : public QWidget
{
    Q_OBJECT

public:
    explicit LockCurtain(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

} // namespace tend
