#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QSlider;

namespace tend {

// A 1–5 answer as a slider with words: arrows move it, and the keys 1–5 jump to a value.
class ScaleSlider : public QWidget
{
    Q_OBJECT

public:
    // `captions` has one word per step, from 1 to 5 ("Low" … "Great").
    ScaleSlider(const QString &accessibleName, const QStringList &captions, QWidget *parent = nullptr);

    int value() const;
    void setValue(int value);
    QSlider *slider() const { return m_slider; }

signals:
    void valueChanged(int value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCaption(int value);

    QSlider *m_slider = nullptr;
    QLabel *m_caption = nullptr;
    QStringList m_captions;
};

} // namespace tend
