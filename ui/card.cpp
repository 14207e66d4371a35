#include "card.h"

#include "theme.h"

#include <QPainter>
#include <QPainterPath>

namespace tend {

namespace {
constexpr qreal Radius = 12;
} // namespace

Card::Card(QWidget *parent) : QFrame(parent) {}

void Card::paintEvent(QPaintEvent *)
{
    // Antialiasing is the slow part of painting a large panel, so only the corners get it:
    // the fill and the straight edges are pixel-exact without it.
    const QRectF edge = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath outline;
    outline.addRoundedRect(edge, Radius, Radius);
    QPainter painter(this);
    painter.fillPath(outline, Qt::white);

    painter.setPen(QPen(theme::Border, 1));
    painter.drawLine(QPointF(edge.left() + Radius, edge.top()), QPointF(edge.right() - Radius, edge.top()));
    painter.drawLine(QPointF(edge.left() + Radius, edge.bottom()), QPointF(edge.right() - Radius, edge.bottom()));
    painter.drawLine(QPointF(edge.left(), edge.top() + Radius), QPointF(edge.left(), edge.bottom() - Radius));
    painter.drawLine(QPointF(edge.right(), edge.top() + Radius), QPointF(edge.right(), edge.bottom() - Radius));

    painter.setRenderHint(QPainter::Antialiasing);
    const qreal diameter = 2 * Radius;
    const QSizeF corner(diameter, diameter);
    painter.drawArc(QRectF(edge.topLeft(), corner), 90 * 16, 90 * 16);
    painter.drawArc(QRectF(QPointF(edge.right() - diameter, edge.top()), corner), 0, 90 * 16);
    painter.drawArc(QRectF(QPointF(edge.left(), edge.bottom() - diameter), corner), 180 * 16, 90 * 16);
    painter.drawArc(QRectF(QPointF(edge.right() - diameter, edge.bottom() - diameter), corner), 270 * 16, 90 * 16);
}

} // namespace tend
