#pragma once

#include <QFrame>

namespace tend {

// A white panel with soft rounded corners that groups one task on a page.
class Card : public QFrame
{
    Q_OBJECT

public:
    explicit Card(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace tend
