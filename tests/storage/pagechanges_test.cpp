#include "storage/pagechanges.h"

#include "core/statusassertions.h"

#include <gtest/gtest.h>

namespace tend {
namespace {

constexpr qsizetype Page = 16;

QByteArray pages(std::initializer_list<char> fills)
{
    QByteArray image;
    for (char fill : fills)
        image += QByteArray(Page, fill);
    return image;
}

TEST(PageChanges, CarryOnlyTheChangedPagesAndRebuildTheImage)
{
    const QByteArray before = pages({'a', 'b', 'c', 'd'});
    const QByteArray after = pages({'a', 'B', 'c', 'D'});
    const QByteArray changes = pageChanges(before, after, Page);
    EXPECT_EQ(changes.size(), 16 + 2 * (4 + Page));
    EXPECT_FALSE(changes.contains(QByteArray(Page, 'a')));
    QByteArray image = before;
    ASSERT_TRUE(succeeded(applyPageChanges(image, changes)));
    EXPECT_EQ(image, after);
}

TEST(PageChanges, FollowTheImageWhenItGrowsOrShrinks)
{
    const QByteArray small = pages({'a', 'b'});
    const QByteArray large = pages({'a', 'b', 'c', 'd'}) + QByteArray(5, 'e'); // a last, shorter page
    QByteArray image = small;
    ASSERT_TRUE(succeeded(applyPageChanges(image, pageChanges(small, large, Page))));
    EXPECT_EQ(image, large);
    ASSERT_TRUE(succeeded(applyPageChanges(image, pageChanges(large, small, Page))));
    EXPECT_EQ(image, small);
    QByteArray fromNothing;
    ASSERT_TRUE(succeeded(applyPageChanges(fromNothing, pageChanges({}, large, Page))));
    EXPECT_EQ(fromNothing, large);
}

TEST(PageChanges, NoChangeIsNothingToSave)
{
    const QByteArray image = pages({'a', 'b'});
    EXPECT_TRUE(pageChanges(image, image, Page).isEmpty());
}

TEST(PageChanges, BytesThatAreNoChangesLeaveTheImageAsItWas)
{
    const QByteArray before = pages({'a', 'b', 'c'});
    const QByteArray changes = pageChanges(before, pages({'a', 'X', 'c'}), Page);
    for (qsizetype length : {qsizetype(0), qsizetype(10), changes.size() - 1}) {
        QByteArray image = before;
        EXPECT_FALSE(applyPageChanges(image, changes.first(length))) << length;
        EXPECT_EQ(image, before) << length;
    }
    QByteArray longer = changes + QByteArray(3, 'z');
    QByteArray image = before;
    EXPECT_FALSE(applyPageChanges(image, longer));
    EXPECT_EQ(image, before);

    QByteArray pastTheEnd = changes;
    pastTheEnd[16 + 3] = 9; // page 9 of a three-page image
    image = before;
    EXPECT_FALSE(applyPageChanges(image, pastTheEnd));
    EXPECT_EQ(image, before);
}

} // namespace
} // namespace tend
