#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOptionSlider>

namespace tend {

namespace {

// A slim, rounded handle in a soft tone on the view's own background, and quiet chevrons:
// Fusion's near-white handle on a grey groove reads as upside down in Tend's light palette.
void drawCalmScrollBar(const QStyle &style, const QStyleOptionSlider &bar, QPainter *painter, const QWidget *widget)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(bar.rect, bar.palette.color(QPalette::Base));

    const bool vertical = bar.orientation == Qt::Vertical;
    QRectF handle = style.subControlRect(QStyle::CC_ScrollBar, &bar, QStyle::SC_ScrollBarSlider, widget);
    handle = vertical ? handle.adjusted(3, 1, -3, -1) : handle.adjusted(1, 3, -1, -3);
    const bool active = (bar.state & QStyle::State_Enabled)
                        && ((bar.activeSubControls & QStyle::SC_ScrollBarSlider)
                            && (bar.state & (QStyle::State_MouseOver | QStyle::State_Sunken)));
    const qreal radius = (vertical ? handle.width() : handle.height()) / 2.0;
    painter->setPen(Qt::NoPen);
    painter->setBrush(active ? theme::ScrollHandleActive : theme::ScrollHandle);
    painter->drawRoundedRect(handle, radius, radius);

    painter->setPen(QPen(theme::Quiet, 1.3));
    painter->setBrush(Qt::NoBrush);
    for (const auto subControl : {QStyle::SC_ScrollBarSubLine, QStyle::SC_ScrollBarAddLine}) {
        const QRectF button = style.subControlRect(QStyle::CC_ScrollBar, &bar, subControl, widget);
        const QPointF c = button.center();
        const qreal d = subControl == QStyle::SC_ScrollBarSubLine ? -1.5 : 1.5; // towards where it scrolls
        const QPolygonF chevron = vertical ? QPolygonF({c + QPointF(-3, -d), c + QPointF(0, d), c + QPointF(3, -d)})
                                           : QPolygonF({c + QPointF(-d, -3), c + QPointF(d, 0), c + QPointF(-d, 3)});
        painter->drawPolyline(chevron);
    }
    painter->restore();
}

// Fusion, without the clip-art icons on dialog buttons: words are calmer.
class TendStyle : public QProxyStyle
{
public:
    TendStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }

    // The menu bar's overflow chevron, drawn rather than decoded from image files at start-up.
    QIcon standardIcon(StandardPixmap pixmap, const QStyleOption *option, const QWidget *widget) const override
    {
        if (pixmap != SP_ToolBarHorizontalExtensionButton)
            return QProxyStyle::standardIcon(pixmap, option, widget);
        QPixmap chevron(16, 16);
        chevron.fill(Qt::transparent);
        QPainter painter(&chevron);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(theme::Ink, 1.5));
        for (const qreal x : {4.0, 8.5})
            painter.drawPolyline(QPolygonF({QPointF(x, 4), QPointF(x + 3.5, 8), QPointF(x, 12)}));
        return QIcon(chevron);
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget) const override
    {
        if (control == CC_ScrollBar) {
            if (const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option)) {
                drawCalmScrollBar(*this, *bar, painter, widget);
                return;
            }
        }
        QProxyStyle::drawComplexControl(control, option, painter, widget);
    }

    // Roomier push buttons: easier to hit, calmer to look at.
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override
    {
        QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
        if (type == CT_PushButton)
            result += QSize(16, 8);
        return result;
    }
};

} // namespace

void applyTheme(QApplication &app)
{
    app.setStyle(new TendStyle);

    QPalette palette = app.style()->standardPalette();
    palette.setColor(QPalette::Window, theme::Window);
    palette.setColor(QPalette::WindowText, theme::Ink);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xfa, 0xf7, 0xf4));
    palette.setColor(QPalette::Text, theme::Ink);
    palette.setColor(QPalette::Button, QColor(0xfb, 0xf9, 0xf7));
    palette.setColor(QPalette::ButtonText, theme::Ink);
    palette.setColor(QPalette::Highlight, theme::Accent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, theme::Quiet);
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfd, 0xf8));
    palette.setColor(QPalette::ToolTipText, theme::Ink);
    // setColor() above set every group; disabled controls must still look disabled.
    const QColor disabledText(0xb4, 0xac, 0xa6);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0xf6, 0xf3, 0xf0));
    app.setPalette(palette);

    // Unhinted glyphs, as GTK 4 draws them too: true to the typeface, and rasterising them
    // skips the font's hinting programs, about a twentieth of Tend's start-up.
    QFont font = app.font();
    font.setHintingPreference(QFont::PreferNoHinting);
    app.setFont(font);
}

} // namespace tend
