#pragma once

#include <QColor>
#include <QPushButton>

namespace tend {

// Shows a colour as a swatch; pressing it opens a colour chooser.
class ColourButton : public QPushButton
{
    Q_OBJECT

public:
    explicit ColourButton(QWidget *parent = nullptr);

    QColor colour() const { return m_colour; }
    void setColour(const QColor &colour);

signals:
    void colourChanged(const QColor &colour);

private:
    void choose();

    QColor m_colour;
};

} // namespace tend
