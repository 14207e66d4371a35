#include "colourbutton.h"

#include <QColorDialog>
#include <QPainter>
#include <QPixmap>

namespace tend {

ColourButton::ColourButton(QWidget *parent) : QPushButton(parent)
{
    setIconSize(QSize(20, 20));
    setText(tr("Colour…"));
    connect(this, &QPushButton::clicked, this, &ColourButton::choose);
}

void ColourButton::setColour(const QColor &colour)
{
    if (!colour.isValid() || colour == m_colour)
        return;
    m_colour = colour;
    QPixmap swatch(iconSize() * devicePixelRatioF());
    swatch.setDevicePixelRatio(devicePixelRatioF());
    swatch.fill(Qt::transparent);
    {
        QPainter painter(&swatch);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(colour.darker(130));
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(1, 1, iconSize().width() - 2, iconSize().height() - 2));
    }
    setIcon(QIcon(swatch));
    setAccessibleDescription(colour.name());
    emit colourChanged(colour);
}

void ColourButton::choose()
{
    const QColor chosen = QColorDialog::getColor(m_colour, this, tr("Choose a colour"));
    if (chosen.isValid())
        setColour(chosen);
}

} // namespace tend
