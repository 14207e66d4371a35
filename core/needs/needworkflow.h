#pragma once

#include "model/need.h"
#include "result.h"

namespace tend {

// How a need moves along: open → talking about it → resolved (with a note and the date), and
// back to open. Each returns the changed need, or says why the step does not apply; `nowUtc`
// becomes the resolution date.
Result<Need> startTalking(const Need &need);
Result<Need> resolve(const Need &need, const QString &resolutionNote, const QDateTime &nowUtc);
// A reopened need is open again; its old resolution date and note are cleared.
Result<Need> reopen(const Need &need);

} // namespace tend
