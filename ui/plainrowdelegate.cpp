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
    int width = 2 * Padding + option.fontMetrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 2;
    if (index.data(Qt::DecorationRole).canConvert<QIcon>())
        width += IconSize + Padding;
    return QSize(width, option.fontMetrics.height() + 2 * Padding);
}

} // namespace tend
