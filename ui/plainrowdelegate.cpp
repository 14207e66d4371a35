#include "plainrowdelegate.h"

#include <QIcon>
#include <QPainter>

namespace tend {

namespace {
constexpr int Padding = 4;
constexpr int IconSize = 14;
} // namespace

void PlainRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    if (selected)
        painter->fillRect(option.rect, palette.brush(QPalette::Highlight));
    else if (option.features & QStyleOptionViewItem::Alternate)
        painter->fillRect(option.rect, palette.brush(QPalette::AlternateBase));

    QRect area = option.rect.adjusted(Padding, 0, -Padding, 0);
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (decoration.canConvert<QIcon>()) {
        const QIcon icon = decoration.value<QIcon>();
        const QRect iconRect(area.left(), area.center().y() - IconSize / 2 + 1, IconSize, IconSize);
        icon.paint(painter, iconRect);
        area.setLeft(iconRect.right() + 1 + Padding);
    }

    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    const int flags = (alignment.isValid() ? alignment.toInt() : int(Qt::AlignLeft | Qt::AlignVCenter)) | Qt::TextSingleLine;
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(option.font);
    painter->drawText(area, flags, option.fontMetrics.elidedText(text, Qt::ElideRight, area.width()));
}

} // namespace tend

namespace tend {

QSize PlainRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = cellWidth(option.fontMetrics, index.data(Qt::DisplayRole).toString(),
                                index.data(Qt::DecorationRole).canConvert<QIcon>());
    return QSize(width, option.fontMetrics.height() + 2 * Padding);
}

int PlainRowDelegate::cellWidth(const QFontMetrics &metrics, const QString &text, bool withIcon)
{
    const int width = 2 * Padding + metrics.horizontalAdvance(text) + 2;
    return withIcon ? width + IconSize + Padding : width;
}

} // namespace tend
