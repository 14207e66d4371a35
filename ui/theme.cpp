#include "theme.h"

#include <QApplication>
#include <QFile>
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
};

} // namespace

void applyTheme(QApplication &app)
{
    app.setStyle(new TendStyle);

    QPalette palette = app.style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xf7, 0xf3, 0xef));
    palette.setColor(QPalette::WindowText, QColor(0x33, 0x2e, 0x2b));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xfa, 0xf7, 0xf4));
    palette.setColor(QPalette::Text, QColor(0x33, 0x2e, 0x2b));
    palette.setColor(QPalette::Button, QColor(0xfb, 0xf9, 0xf7));
    palette.setColor(QPalette::ButtonText, QColor(0x33, 0x2e, 0x2b));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0x78));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x82, 0x7c));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfd, 0xf8));
    palette.setColor(QPalette::ToolTipText, QColor(0x33, 0x2e, 0x2b));
    app.setPalette(palette);

    QFile styleSheet(QStringLiteral(":/style/tend.qss"));
    if (styleSheet.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(styleSheet.readAll()));
}

} // namespace tend
