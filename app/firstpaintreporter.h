#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace tend {

// For the start-up benchmark and README screenshots: once the watched window has painted
// for the first time, prints "first-paint", optionally saves the window as a PNG, and quits.
class FirstPaintReporter : public QObject
{
    Q_OBJECT

public:
    FirstPaintReporter(QWidget *window, QString screenshotFile, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QWidget *m_window = nullptr;
    QString m_screenshotFile;
    bool m_reported = false;
};

} // namespace tend
