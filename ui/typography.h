#pragma once

class QLabel;
class QPushButton;

namespace tend {

// Tend's few text styles, set in code: a style sheet would cost every widget a restyle at start.
void styleAsPageHeading(QLabel *label);
void styleAsCardTitle(QLabel *label);
void styleAsQuiet(QLabel *label);
void styleAsProblem(QLabel *label);
// The one button that finishes the task at hand, in Tend's accent colour.
void styleAsPrimary(QPushButton *button);

} // namespace tend
