#pragma once

#include "model/preference.h"

#include <QList>

#include <array>

namespace tend::demo {

// Both demo partners' answers about the built-in catalogue: chosen so that "our plan" shows
// every kind of entry — easy wins, a need one partner has alone, real and timing differences,
// what not to offer and what to ask about first — plus a few notes and one act left open.
QList<Preference> demoPreferences(const std::array<QUuid, 2> &partners);

} // namespace tend::demo
