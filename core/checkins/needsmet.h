#pragma once

#include "model/checkin.h"

#include <optional>

namespace tend {

// How much of the aftercare wished for was received: received ∩ wished over wished.
struct NeedsMet
{
    int met = 0;    // acts both wished for and received
    int wished = 0; // acts wished for

    // In [0, 1]; none when nothing was wished for (there was nothing to meet).
    std::optional<double> ratio() const;
    bool operator==(const NeedsMet &) const = default;
};

// Acts count by id, whether or not they have been archived since; duplicates count once.
NeedsMet needsMet(const CheckIn &checkIn);

} // namespace tend
