#pragma once

#include <QIcon>

namespace tend {

// Tend's mark, drawn rather than shipped as a file: two soft, overlapping circles in the
// theme's accent, for the window and the tray.
QIcon appIcon();

} // namespace tend
