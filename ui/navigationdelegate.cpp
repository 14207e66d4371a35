#include "navigationdelegate.h"

#include "theme.h"

#include <QPainter>

namespace tend {

namespace {
constexpr int RowPadding = 10;
constexpr int TextIndent = 14;
} // namespace

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF tab = QRectF(option.rect).adjusted(0, 2, 0, -2);
    const bool selected = option.state & QStyle::State_Selected;
    if (selected || option.state & QStyle::State_MouseOver) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? QColor(Qt::white) : theme::SidebarHover);
        painter->drawRoundedRect(tab, 8, 8);
    }
    if (option.state & QStyle::State_HasFocus && selected) {
        painter->setPen(QPen(theme::Accent, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(tab.adjusted(1, 1, -1, -1), 7, 7);
    }
    QFont font = option.font;
    font.setBold(selected);
    painter->setFont(font);
    painter->setPen(selected ? theme::AccentDark : theme::Ink);
    painter->drawText(option.rect.adjusted(TextIndent, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(option.fontMetrics.height() + 2 * RowPadding);
    return size;
}

} // namespace tend
