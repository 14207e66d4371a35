#include "colourdot.h"

#include <QPainter>
#include <QPixmap>

namespace tend {

QIcon colourDot(const QString &colour)
{
    QPixmap dot(14, 14);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(colour));
    painter.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(dot);
}

} // namespace tend
