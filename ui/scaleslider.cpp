#include "scaleslider.h"

#include "model/scale.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSlider>

namespace tend {

namespace {

class DigitSlider : public QSlider
{
public:
    using QSlider::QSlider;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        // The number pad's digits come with KeypadModifier; they are the same answer.
        const int digit = event->key() - Qt::Key_0;
        if ((event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && isOnScale(digit)) {
            setValue(digit);
            event->accept();
            return;
        }
        QSlider::keyPressEvent(event);
    }
};

} // namespace

ScaleSlider::ScaleSlider(const QString &accessibleName, const QStringList &captions, QWidget *parent)
    : QWidget(parent), m_slider(new DigitSlider(Qt::Horizontal, this)), m_caption(new QLabel(this)),
      m_captions(captions)
{
    Q_ASSERT(captions.size() == ScaleMax);
    m_slider->setRange(ScaleMin, ScaleMax);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setAccessibleName(accessibleName);
    m_slider->setMinimumWidth(100);
    m_caption->setMinimumWidth(110);
    m_caption->setObjectName(QStringLiteral("scaleCaption"));
    setFocusProxy(m_slider);
    // A label's Alt+letter only focuses a buddy that accepts focus; the proxy passes it on.
    setFocusPolicy(m_slider->focusPolicy());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_caption);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        showCaption(value);
        emit valueChanged(value);
    });
    m_slider->installEventFilter(this);
    setValue(3);
    showCaption(3);
}

bool ScaleSlider::eventFilter(QObject *watched, QEvent *event)
{
    // Fusion draws no focus frame on sliders; the caption shows where the keyboard is instead.
    if (watched == m_slider && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        const bool focused = event->type() == QEvent::FocusIn;
        QFont font = m_caption->font();
        font.setBold(focused);
        m_caption->setFont(font);
        QPalette palette = m_caption->palette();
        palette.setColor(QPalette::WindowText, focused ? theme::AccentDark : theme::Ink);
        m_caption->setPalette(palette);
    }
    return QWidget::eventFilter(watched, event);
}

int ScaleSlider::value() const
{
    return m_slider->value();
}

void ScaleSlider::setValue(int value)
{
    m_slider->setValue(value);
}

void ScaleSlider::showCaption(int value)
{
    const QString caption = tr("%1 · %2").arg(value).arg(m_captions.value(value - ScaleMin));
    m_caption->setText(caption);
    m_slider->setAccessibleDescription(caption);
}

} // namespace tend
