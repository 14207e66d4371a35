#include "firstpaintreporter.h"

#include <QApplication>
#include <QEvent>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace tend {

FirstPaintReporter::FirstPaintReporter(QWidget *window, QString screenshotFile, QObject *parent)
    : QObject(parent), m_window(window), m_screenshotFile(std::move(screenshotFile))
{
    m_window->installEventFilter(this);
}

bool FirstPaintReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // Report once this paint has finished.
        QTimer::singleShot(0, this, &FirstPaintReporter::report);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintReporter::report()
{
    std::fputs("first-paint\n", stdout);
    std::fflush(stdout);
    int exitCode = 0;
    if (!m_screenshotFile.isEmpty() && !m_window->grab().save(m_screenshotFile, "PNG")) {
        std::fprintf(stderr, "Could not save the screenshot to %s\n", qPrintable(m_screenshotFile));
        exitCode = 1;
    }
    QCoreApplication::exit(exitCode);
}

} // namespace tend
