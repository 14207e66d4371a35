#pragma once

#include <QStyledItemDelegate>

namespace tend {

// Paints a table cell as one line of elided text with an optional icon: what Tend's lists
// need, at a fraction of the cost of the style's full item drawing (it shows at start-up).
class PlainRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The width a cell needs to show `text` unelided, with or without the icon.
    static int cellWidth(const QFontMetrics &metrics, const QString &text, bool withIcon);
};

} // namespace tend
