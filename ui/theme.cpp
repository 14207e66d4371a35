#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleFactory>

namespace tend {

namespace {

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
