#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace tend {

// Tells why the database could not be opened and where it is, and offers another data
// folder or quitting. Never deletes or overwrites anything.
// Returns the folder the person chose, or nothing when they chose to quit.
std::optional<QString> askForAnotherDataFolder(const QString &problem, const QString &folder,
                                               QWidget *parent = nullptr);

} // namespace tend
