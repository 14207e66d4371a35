#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QString>

namespace tend {

// Replaces the file at `path` with `bytes` so that, whatever happens to the process or the
// machine, the file holds either all of the old bytes or all of the new: a private (0600)
// temporary file in the same folder is written and flushed to disk, renamed over `path`, and
// the folder is flushed so the rename itself survives a power cut. The temporary file is
// removed when anything fails.
Status writeFileAtomically(const QString &path, QByteArrayView bytes);

} // namespace tend
