#include "appicon.h"

#include "theme.h"

#include <QPainter>
#include <QPixmap>

namespace tend {

namespace {

QPixmap drawMark(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const qreal radius = size * 0.30;
    const qreal middle = size / 2.0;
    QColor back = theme::Accent;
    back.setAlphaF(0.55);
    painter.setBrush(back);
    painter.drawEllipse(QPointF(middle - radius * 0.45, middle + radius * 0.1), radius, radius);
    painter.setBrush(theme::AccentDark);
    painter.drawEllipse(QPointF(middle + radius * 0.45, middle - radius * 0.1), radius * 0.85, radius * 0.85);
    return pixmap;
}

} // namespace

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(drawMark(size));
    return icon;
}

} // namespace tend
