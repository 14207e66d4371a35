#include "passphrasestrength.h"

#include "texts.h"

#include <cmath>

namespace tend {

namespace {
constexpr double WeakBelowBits = 50;
constexpr double StrongFromBits = 90;
} // namespace

PassphraseStrength passphraseStrength(const QString &passphrase)
{
    const qsizetype length = passphrase.size();
    if (length < MinimumPassphraseLength)
        return PassphraseStrength::TooShort;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : passphrase) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    // Repeating one character adds nothing: count the distinct ones, at most the whole length.
    QString distinct;
    for (const QChar c : passphrase) {
        if (!distinct.contains(c))
            distinct.append(c);
    }
    const double effectiveLength = std::min<double>(double(length), 2.0 * double(distinct.size()));
    const double bits = effectiveLength * std::log2(double(std::max(alphabet, 2)));
    if (bits < WeakBelowBits)
        return PassphraseStrength::Weak;
    return bits < StrongFromBits ? PassphraseStrength::Fair : PassphraseStrength::Strong;
}

QString passphraseStrengthText(PassphraseStrength strength)
{
    switch (strength) {
    case PassphraseStrength::TooShort:
        return CryptoText::tr("Too short: use at least %1 characters.").arg(MinimumPassphraseLength);
    case PassphraseStrength::Weak:
        return CryptoText::tr("Weak: easy to guess. Add a few more words.");
    case PassphraseStrength::Fair:
        return CryptoText::tr("Fair: one or two more words would make it strong.");
    case PassphraseStrength::Strong:
        return CryptoText::tr("Strong.");
    }
    return {};
}

} // namespace tend
