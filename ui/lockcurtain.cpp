#include "lockcurtain.h"

#include "appicon.h"
#include "theme.h"

#include <QEvent>
#include <QPainter>

namespace tend {

namespace {

constexpr int MarkSize = 96;

} // namespace

LockCurtain::LockCurtain(QWidget *window) : QWidget(window)
{
    setObjectName(QStringLiteral("lockCurtain"));
    setAccessibleName(tr("Tend is locked"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setGeometry(window->rect());
    window->installEventFilter(this);
    show();
    raise();
}

bool LockCurtain::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent()) {
        if (event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        else if (event->type() == QEvent::ChildAdded || event->type() == QEvent::LayoutRequest)
            raise();
    }
    return QWidget::eventFilter(watched, event);
}

void LockCurtain::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), theme::Window);
    const int side = std::min({MarkSize, width() / 3, height() / 3});
    if (side < 16)
        return;
    // High enough that the passphrase dialog, centred over the main window, leaves it in sight.
    const QRect mark(QPoint((width() - side) / 2, std::max(side / 4, height() / 4 - side)), QSize(side, side));
    appIcon().paint(&painter, mark);
    painter.setPen(theme::Quiet);
    const QRect caption(0, mark.bottom() + side / 4, width(), fontMetrics().height() * 2);
    painter.drawText(caption, Qt::AlignHCenter | Qt::AlignTop, tr("Tend is locked"));
}

} // namespace tend
