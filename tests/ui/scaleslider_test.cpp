// ScaleSlider: the digit keys jump to an answer, the arrows move it, and the words follow.

#include "uitesthelpers.h"

#include "scaleslider.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

namespace tend::test {
namespace {

class ScaleSliderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_caption);
        ASSERT_TRUE(showAndActivate(&m_scale));
        ASSERT_TRUE(focusOn(m_scale.slider()));
    }

    ScaleSlider m_scale{QStringLiteral("Mood"),
                        {QStringLiteral("Low"), QStringLiteral("A bit low"), QStringLiteral("Okay"), QStringLiteral("Good"),
                         QStringLiteral("Great")}};
    QLabel *m_caption = child<QLabel>(&m_scale, QStringLiteral("scaleCaption"));
};

TEST_F(ScaleSliderTest, StartsInTheMiddle)
{
    EXPECT_EQ(m_scale.value(), 3);
    EXPECT_EQ(m_caption->text(), QStringLiteral("3 · Okay"));
    EXPECT_EQ(m_scale.slider()->accessibleName(), QStringLiteral("Mood"));
    EXPECT_EQ(m_scale.slider()->accessibleDescription(), QStringLiteral("3 · Okay"));
}

TEST_F(ScaleSliderTest, DigitKeysOneToFiveSetTheValue)
{
    QSignalSpy changed(&m_scale, &ScaleSlider::valueChanged);
    const QStringList captions{QStringLiteral("1 · Low"), QStringLiteral("2 · A bit low"), QStringLiteral("3 · Okay"),
                               QStringLiteral("4 · Good"), QStringLiteral("5 · Great")};
    for (const int value : {5, 1, 4, 2, 3}) {
        pressKey(static_cast<Qt::Key>(Qt::Key_0 + value));
        EXPECT_EQ(m_scale.value(), value);
        EXPECT_EQ(m_caption->text(), captions[value - 1]);
        EXPECT_EQ(m_scale.slider()->accessibleDescription(), captions[value - 1]);
    }
    EXPECT_EQ(changed.size(), 5);
    EXPECT_EQ(changed.last().at(0).toInt(), 3);
}

TEST_F(ScaleSliderTest, DigitsOffTheScaleAreIgnored)
{
    for (const Qt::Key key : {Qt::Key_0, Qt::Key_6, Qt::Key_9}) {
        pressKey(key);
        EXPECT_EQ(m_scale.value(), 3) << QKeySequence(key).toString().toStdString();
    }
}

TEST_F(ScaleSliderTest, NumberPadDigitsWorkToo)
{
    pressKey(Qt::Key_5, Qt::KeypadModifier);
    EXPECT_EQ(m_scale.value(), 5);
    pressKey(Qt::Key_1, Qt::KeypadModifier);
    EXPECT_EQ(m_scale.value(), 1);
}

TEST_F(ScaleSliderTest, ArrowsMoveOneStepAndStopAtTheEnds)
{
    pressKey(Qt::Key_Right);
    EXPECT_EQ(m_scale.value(), 4);
    EXPECT_EQ(m_caption->text(), QStringLiteral("4 · Good"));
    pressKey(Qt::Key_Up);
    EXPECT_EQ(m_scale.value(), 5);
    pressKey(Qt::Key_Right);
    EXPECT_EQ(m_scale.value(), 5);
    EXPECT_EQ(m_caption->text(), QStringLiteral("5 · Great"));
    for (int i = 0; i < 6; ++i)
        pressKey(Qt::Key_Left);
    EXPECT_EQ(m_scale.value(), 1);
    EXPECT_EQ(m_caption->text(), QStringLiteral("1 · Low"));
    pressKey(Qt::Key_End);
    EXPECT_EQ(m_scale.value(), 5);
    pressKey(Qt::Key_Home);
    EXPECT_EQ(m_scale.value(), 1);
}

TEST_F(ScaleSliderTest, SetValueUpdatesTheCaption)
{
    m_scale.setValue(2);
    EXPECT_EQ(m_scale.slider()->value(), 2);
    EXPECT_EQ(m_caption->text(), QStringLiteral("2 · A bit low"));
}

} // namespace
} // namespace tend::test
