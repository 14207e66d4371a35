// The check-in form on its own: what it shows for the partners it is given.

#include "uitesthelpers.h"

#include "checkinform.h"
#include "clock.h"

#include <QRadioButton>

namespace tend::test {
namespace {

TEST(CheckInFormTest, AnAmpersandInANameIsShownNotTakenAsAShortcut)
{
    const ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(20, 0), Qt::UTC));
    CheckInForm form(clock);
    Partner first;
    first.id = QUuid::createUuid();
    first.seat = 1;
    first.name = QStringLiteral("Kim & Jo");
    first.colour = QStringLiteral("#3f7cac");
    Partner second = first;
    second.id = QUuid::createUuid();
    second.seat = 2;
    second.name = QStringLiteral("Ash");
    form.setPartners({first, second});

    auto *button = child<QRadioButton>(&form, QStringLiteral("partnerChoice1"));
    ASSERT_TRUE(button);
    EXPECT_EQ(button->text(), QStringLiteral("Kim && Jo"));
    EXPECT_EQ(button->accessibleName(), QStringLiteral("Checking in: Kim & Jo"));
    EXPECT_EQ(form.answers().partnerId, first.id);
}

} // namespace
} // namespace tend::test
