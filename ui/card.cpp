#include "card.h"

#include "theme.h"

#include <QPainter>
#include <QPainterPath>

namespace tend {

Card::Card(QWidget *parent) : QFrame(parent) {}

void Card::paintEvent(QPaintEvent *)
{
    QPainterPath outline;
    outline.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 12, 12);
    QPainter painter(this);
    // Antialiasing a large fill is slow; the antialiased border covers the fill's rough edge.
    painter.fillPath(outline, Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.strokePath(outline, QPen(theme::Border, 1));
}

} // namespace tend
