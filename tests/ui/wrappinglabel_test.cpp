// The wrapping label remembers heights, so it must answer exactly as QLabel would, whatever
// changed since it last measured: the text, the font, the margins.

#include "wrappinglabel.h"

#include <gtest/gtest.h>

namespace tend::test {
namespace {

const QString Long = QStringLiteral("Tea on the sofa, a blanket, and a long quiet talk about the week that was, "
                                    "with nothing to rush for and nowhere else to be.");

// A plain QLabel set up the same way: the height the wrapping label must give.
int qlabelHeight(const WrappingLabel &label, int width)
{
    QLabel reference(label.text());
    reference.setWordWrap(true);
    reference.setFont(label.font());
    reference.setMargin(label.margin());
    reference.setIndent(label.indent());
    reference.setContentsMargins(label.contentsMargins());
    return reference.heightForWidth(width);
}

TEST(WrappingLabel, GivesQLabelsHeightForEveryWidthAskedAgain)
{
    WrappingLabel label(Long);
    EXPECT_TRUE(label.wordWrap());
    for (int round = 0; round < 2; ++round) {
        for (int width : {80, 160, 240, 400, 900}) // more widths than it remembers
            EXPECT_EQ(label.heightForWidth(width), qlabelHeight(label, width)) << "width " << width;
    }
    EXPECT_GT(label.heightForWidth(80), label.heightForWidth(900));
}

TEST(WrappingLabel, MeasuresAgainWhenTheTextChanges)
{
    WrappingLabel label(Long);
    const int longHeight = label.heightForWidth(160);
    label.setText(QStringLiteral("Tea."));
    EXPECT_EQ(label.heightForWidth(160), qlabelHeight(label, 160));
    EXPECT_LT(label.heightForWidth(160), longHeight);
}

TEST(WrappingLabel, MeasuresAgainWhenTheFontOrMarginsChange)
{
    WrappingLabel label(Long);
    const int before = label.heightForWidth(200);
    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    label.setFont(larger);
    EXPECT_EQ(label.heightForWidth(200), qlabelHeight(label, 200));
    EXPECT_GT(label.heightForWidth(200), before);

    const int beforeMargin = label.heightForWidth(200);
    label.setMargin(20);
    EXPECT_EQ(label.heightForWidth(200), qlabelHeight(label, 200));
    EXPECT_GT(label.heightForWidth(200), beforeMargin);

    const int beforeContents = label.heightForWidth(200);
    label.setContentsMargins(0, 30, 0, 30);
    EXPECT_EQ(label.heightForWidth(200), qlabelHeight(label, 200));
    EXPECT_EQ(label.heightForWidth(200), beforeContents + 60);
}

} // namespace
} // namespace tend::test
