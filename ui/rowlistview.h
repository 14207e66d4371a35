#pragma once

#include <QTableView>

namespace tend {

// A table whose rows are chosen one at a time, in Tend's quiet look: no grid, no row numbers,
// plain rows, and Tab leaves it rather than walking its cells.
class RowListView : public QTableView
{
    Q_OBJECT

public:
    explicit RowListView(QWidget *parent = nullptr);

    // The selected row, or -1.
    int selectedRow() const;
    // A key that acts on the list while it has the keyboard (Enter to open, Delete, …).
    QAction *addKeyAction(const QString &text, const QList<QKeySequence> &keys);
};

} // namespace tend
