#include "wrappinglabel.h"

#include <QEvent>

namespace tend {

WrappingLabel::WrappingLabel(QWidget *parent) : WrappingLabel(QString(), parent)
{
}

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

int WrappingLabel::heightForWidth(int width) const
{
    if (Layout layout = currentLayout(); !(layout == m_measuredLayout)) {
        forgetHeights();
        m_measuredLayout = std::move(layout);
    }
    for (const RememberedHeight &remembered : m_heights) {
        if (remembered.width == width)
            return remembered.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_nextSlot] = {width, height};
    m_nextSlot = (m_nextSlot + 1) % RememberedWidths;
    return height;
}

void WrappingLabel::changeEvent(QEvent *event)
{
    // Anything that can change how the text lays out.
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LocaleChange:
    case QEvent::LayoutDirectionChange:
        forgetHeights();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

WrappingLabel::Layout WrappingLabel::currentLayout() const
{
    return {text(), margin(), indent(), alignment(), wordWrap(), textFormat()};
}

void WrappingLabel::forgetHeights() const
{
    m_heights.fill({});
    m_nextSlot = 0;
}

} // namespace tend
