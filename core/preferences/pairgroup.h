#pragma once

#include "model/preference.h"

#include <optional>

namespace tend {

// Where one act lands in "our plan", from the two partners' ratings of it. The order of the
// two ratings does not matter.
enum class PairGroup {
    BothWant,        // each needs or likes it: an easy win
    OneNeeds,        // one needs it, the other is neutral
    OneLikes,        // one likes it, the other is neutral
    RealDifference,  // one needs it, the other marked it "Not for me"
    TasteDifference, // one likes it, the other marked it "Not for me"
    NeitherWants,    // neutral or "Not for me" on both sides
    AwaitingAnswer,  // at least one of the two has not answered
};

PairGroup classifyPair(std::optional<Rating> first, std::optional<Rating> second);

} // namespace tend
