#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace tend {

// Replaces the file at `path` with `bytes` so that, whatever happens to the process or the
// machine, the file holds either all of the old bytes or all of the new: a private (0600)
// temporary file in the same folder is written and flushed to disk, renamed over `path`, and
// the folder is flushed so the rename itself survives a power cut. The temporary file is
// removed when anything fails.
Status writeFileAtomically(const QString &path, QByteArrayView bytes);

// The same for a file that must not exist yet: if `path` exists, it is left alone, nothing is
// written and the error says so.
Status writeNewFileAtomically(const QString &path, QByteArrayView bytes);

// The same again, for contents that `fill` writes itself: it is given the name of the empty
// private temporary file to write into (as SQLite's VACUUM INTO needs).
Status fillNewFileAtomically(const QString &path, const std::function<Status(const QString &temporaryPath)> &fill);

// For a file just written and read back: if `checked` failed, the file is removed again and the
// error says so; else `checked` is passed on.
Status discardUnlessChecked(const QString &path, const Status &checked);

// Flushes the folder that holds `path`, so that a rename or removal in it survives a power cut.
Status syncFolderOf(const QString &path);

} // namespace tend
