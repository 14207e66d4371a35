#pragma once

#include "result.h"

#include <QToolButton>

#include <functional>

class QChartView;

namespace tend {

// "Save as image…": asks where, then writes the chart as a PNG (see saveChartImage()).
class ChartSaveButton : public QToolButton
{
    Q_OBJECT

public:
    // Given a suggested path, the path the person chose, or an empty string when they cancelled.
    using PathAsker = std::function<QString(QWidget *parent, const QString &suggestedPath)>;

    ChartSaveButton(QChartView *view, QWidget *parent = nullptr);

    // The file name offered, without folder or suffix: "tend-mood-2024-05-14".
    void setSuggestedName(const QString &name);
    QString suggestedPath() const;
    // Replaces the file dialog, so that tests can answer it.
    void setPathAsker(PathAsker asker);

    Status save(const QString &path) const;

signals:
    void saved(const QString &path);
    void failed(const QString &message);

private:
    void askAndSave();

    QChartView *m_view = nullptr;
    QString m_suggestedName;
    PathAsker m_askPath;
};

} // namespace tend
