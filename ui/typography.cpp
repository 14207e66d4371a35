#include "typography.h"

#include "theme.h"

#include <QLabel>
#include <QPushButton>

namespace tend {

namespace {

void setLook(QWidget *widget, qreal pointSizeFactor, bool bold, const QColor &colour)
{
    QFont font = widget->font();
    // Every distinct size and weight costs a font load at start-up; Tend keeps to a few.
    if (font.pointSizeF() > 0 && pointSizeFactor != 1.0)
        font.setPointSizeF(font.pointSizeF() * pointSizeFactor);
    font.setBold(bold);
    widget->setFont(font);
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, colour);
    widget->setPalette(palette);
}

} // namespace

void styleAsPageHeading(QLabel *label)
{
    setLook(label, 1.8, true, theme::Ink);
}

void styleAsCardTitle(QLabel *label)
{
    setLook(label, 1.25, true, theme::AccentDark);
}

void styleAsQuiet(QLabel *label)
{
    setLook(label, 1.0, false, theme::Quiet);
}

void styleAsProblem(QLabel *label)
{
    setLook(label, 1.0, true, theme::Problem);
}

void styleAsPrimary(QPushButton *button)
{
    QPalette palette = button->palette();
    palette.setColor(QPalette::Button, theme::Accent);
    palette.setColor(QPalette::ButtonText, Qt::white);
    button->setPalette(palette);
}

} // namespace tend
