// The floor the start-up benchmark compares Tend with: Qt starting and painting an empty main
// window of Tend's size, linked against the same Qt modules as Tend. Prints "first-paint" once
// its window has painted for the first time, then quits, just as `tend --quit-after-first-paint`.

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {

class BareWindow final : public QMainWindow
{
protected:
    void paintEvent(QPaintEvent *event) override
    {
        QMainWindow::paintEvent(event);
        if (m_painted)
            return;
        m_painted = true;
        // Report once this paint has finished.
        QTimer::singleShot(0, this, [] {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    BareWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Bare window"), &window));
    window.resize(1200, 720); // MainWindow's default size (ui/mainwindow.cpp)
    window.show();
    return app.exec();
}
