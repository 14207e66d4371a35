#include "model/partner.h"

#include <gtest/gtest.h>

namespace tend {
namespace {

TEST(PartnerValidation, RefusesAnEmptyName)
{
    Partner partner;
    partner.name = QStringLiteral("   ");
    partner.colour = QStringLiteral("#336699");
    const Status status = validate(partner);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("name")));
}

} // namespace
} // namespace tend
