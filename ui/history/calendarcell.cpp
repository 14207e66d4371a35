#include "calendarcell.h"

#include "moodramp.h"
#include "theme.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace tend {

namespace {
constexpr qreal Radius = 3;
const QColor EmptyOutline{0xd4, 0xca, 0xc1};

// A right triangle in one top corner, its legs a third of the square, edged in white so it
// stands out on any fill and in any partner colour.
void paintCorner(QPainter &painter, const QRectF &cell, bool right, const QColor &colour)
{
    const qreal leg = cell.width() * 0.42;
    const QPointF corner = right ? cell.topRight() : cell.topLeft();
    const qreal inwards = right ? -leg : leg;
    QPainterPath triangle;
    triangle.moveTo(corner);
    triangle.lineTo(corner + QPointF(inwards, 0));
    triangle.lineTo(corner + QPointF(0, leg));
    triangle.closeSubpath();
    painter.fillPath(triangle, colour);
    painter.setPen(QPen(Qt::white, 1));
    painter.drawLine(corner + QPointF(inwards, 0), corner + QPointF(0, leg));
}
} // namespace

void paintCalendarCell(QPainter &painter, const QRectF &cell, const CalendarCellLook &look)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (look.future)
        painter.setOpacity(0.45);
    QPainterPath shape;
    shape.addRoundedRect(cell, Radius, Radius);
    if (!look.moodStep) {
        painter.setPen(QPen(EmptyOutline, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);
    } else {
        painter.fillPath(shape, moodFill(*look.moodStep));
        painter.setClipPath(shape);
        for (size_t place = 0; place < look.checkedIn.size(); ++place) {
            if (look.checkedIn[place])
                paintCorner(painter, cell, place == 1, look.partnerColours[place]);
        }
        painter.setClipping(false);
        QFont digitFont = painter.font();
        digitFont.setPixelSize(qRound(cell.height() * 0.56));
        digitFont.setBold(true);
        painter.setFont(digitFont);
        painter.setPen(moodInk(*look.moodStep));
        // A little below the middle, clear of the corner marks.
        painter.drawText(cell.translated(0, cell.height() * 0.08), Qt::AlignCenter, QLocale().toString(*look.moodStep));
    }
    if (look.today) {
        // Dark outside, white inside: a ring that shows on every fill and on none.
        painter.setOpacity(1);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(theme::Ink, 2));
        painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), Radius, Radius);
        if (look.moodStep) {
            painter.setPen(QPen(Qt::white, 1));
            painter.drawRoundedRect(cell.adjusted(2.5, 2.5, -2.5, -2.5), Radius - 1, Radius - 1);
        }
    }
    painter.restore();
}

} // namespace tend
