#pragma once

#include <QLabel>

#include <array>

namespace tend {

// A word-wrapped label that remembers its height for the last few widths. QLabel lays its text
// out again on every heightForWidth() call, and one layout pass of a page asks each label
// several times: on a page of many labels that was most of the time it took to show.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget *parent = nullptr);
    explicit WrappingLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct RememberedHeight
    {
        int width = -1;
        int height = -1;
    };

    // What the remembered heights were measured with, besides the font and style (changeEvent()):
    // QLabel's setters are not virtual, so a change shows only here.
    struct Layout
    {
        QString text;
        int margin = 0;
        int indent = -1;
        Qt::Alignment alignment;
        bool wordWrap = true;
        Qt::TextFormat format = Qt::AutoText;
        bool operator==(const Layout &) const = default;
    };

    Layout currentLayout() const;
    void forgetHeights() const;

    static constexpr std::size_t RememberedWidths = 4;
    mutable std::array<RememberedHeight, RememberedWidths> m_heights;
    mutable std::size_t m_nextSlot = 0;
    mutable Layout m_measuredLayout;
};

} // namespace tend
