#pragma once

#include <QString>

namespace tend {

// A rough, honest hint while a passphrase is chosen: long and varied beats short and clever.
enum class PassphraseStrength { TooShort, Weak, Fair, Strong };

// Fewer characters than this are refused outright.
constexpr int MinimumPassphraseLength = 8;

// Estimates from the length and the kinds of characters used (lower case, upper case, digits,
// others): about the bits a guesser must try, ignoring words a dictionary would find.
PassphraseStrength passphraseStrength(const QString &passphrase);

// What to tell the person about `strength`, in a sentence.
QString passphraseStrengthText(PassphraseStrength strength);

} // namespace tend
