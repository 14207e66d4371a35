#include "crypto/passphrasestrength.h"

#include <gtest/gtest.h>

namespace tend {
namespace {

TEST(PassphraseStrength, LongAndVariedIsStrongerThanShortOrRepeated)
{
    EXPECT_EQ(passphraseStrength(QString()), PassphraseStrength::TooShort);
    EXPECT_EQ(passphraseStrength(QStringLiteral("tea4two")), PassphraseStrength::TooShort);
    EXPECT_EQ(passphraseStrength(QStringLiteral("password")), PassphraseStrength::Weak);
    EXPECT_EQ(passphraseStrength(QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa")), PassphraseStrength::Weak);
    EXPECT_EQ(passphraseStrength(QStringLiteral("Blanket-fort7")), PassphraseStrength::Fair);
    EXPECT_EQ(passphraseStrength(QStringLiteral("blanket fort on a rainy sunday")), PassphraseStrength::Strong);
    EXPECT_EQ(passphraseStrength(QStringLiteral("Tée, câlins & 2 couvertures")), PassphraseStrength::Strong);
}

TEST(PassphraseStrength, EveryLevelHasWords)
{
    for (PassphraseStrength strength : {PassphraseStrength::TooShort, PassphraseStrength::Weak,
                                        PassphraseStrength::Fair, PassphraseStrength::Strong})
        EXPECT_FALSE(passphraseStrengthText(strength).isEmpty());
    EXPECT_TRUE(passphraseStrengthText(PassphraseStrength::TooShort).contains(QStringLiteral("8")));
}

} // namespace
} // namespace tend
