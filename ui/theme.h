#pragma once

#include <QColor>

class QApplication;

namespace tend {

namespace theme {
// A warm, quiet palette with one calm accent.
inline const QColor Window{0xf7, 0xf3, 0xef};
inline const QColor Sidebar{0xef, 0xe8, 0xe2};
inline const QColor SidebarHover{0xe6, 0xdd, 0xd5};
inline const QColor Border{0xe8, 0xe0, 0xd9};
inline const QColor Ink{0x33, 0x2e, 0x2b};
inline const QColor Quiet{0x8a, 0x82, 0x7c};
inline const QColor Accent{0x3d, 0x7a, 0x78};
inline const QColor AccentDark{0x2f, 0x5f, 0x5d};
inline const QColor Selection{0xd7, 0xe9, 0xe7};
inline const QColor ScrollHandle{0xd6, 0xcd, 0xc5};
inline const QColor ScrollHandleActive{0xb9, 0xae, 0xa4};
inline const QColor Problem{0xa6, 0x3d, 0x2b};
} // namespace theme

// Tend's calm look: Fusion with the palette above.
void applyTheme(QApplication &app);

} // namespace tend
