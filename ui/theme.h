#pragma once

class QApplication;

namespace tend {

// Tend's calm look: Fusion, a warm light palette and a small style sheet.
void applyTheme(QApplication &app);

} // namespace tend
