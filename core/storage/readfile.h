#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace tend {

// The whole file at `path`, or why it cannot be read.
Result<QByteArray> readWholeFile(const QString &path);

} // namespace tend
