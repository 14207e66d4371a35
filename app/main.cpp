#include "clock.h"
#include "commandline.h"
#include "demo/demohistory.h"
#include "firstpaintreporter.h"
#include "fontconfigwarmup.h"
#include "mainwindow.h"
#include "privacy/coredumps.h"
#include "remindcommand.h"
#include "startupflow.h"
#include "storage/database.h"
#include "storage/datafolder.h"
#include "theme.h"
#include "windowsession.h"

#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>

namespace {

// `tend --remind` may run from a systemd timer with no display: it then needs no window system.
void chooseHeadlessPlatformIfNoDisplay()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

int remind(const tend::StartupOptions &options)
{
    const QString folder = options.dataFolder.isEmpty() ? tend::defaultDataFolder() : options.dataFolder;
    if (options.fixedNowUtc.isValid()) {
        const QTimeZone zone = options.fixedTimeZone.isEmpty() ? QTimeZone::systemTimeZone()
                                                               : QTimeZone(options.fixedTimeZone.toUtf8());
        const tend::ManualClock fixed(options.fixedNowUtc, zone);
        return tend::runRemind(folder, fixed, options.watch);
    }
    const tend::SystemClock clock;
    return tend::runRemind(folder, clock, options.watch);
}

} // namespace

int main(int argc, char *argv[])
{
    const tend::Status privateMemory = tend::keepMemoryOutOfCoreDumps();
    tend::FontconfigWarmUp fontconfigWarmUp;
    QApplication::setOrganizationName(QStringLiteral("Tend"));
    QApplication::setApplicationName(QStringLiteral("Tend"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tend"));
    QApplication::setApplicationVersion(QStringLiteral(TEND_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("tend"));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const tend::StartupOptions options = tend::parseCommandLine(arguments);

    if (options.remind)
        chooseHeadlessPlatformIfNoDisplay();
    QApplication app(argc, argv);
    if (options.remind) {
        app.setQuitOnLastWindowClosed(false);
        return remind(options);
    }
    tend::applyTheme(app);
    if (!privateMemory) {
        QMessageBox::warning(nullptr, QObject::tr("Tend"), privateMemory.error().message);
    }

    QTemporaryDir demoFolder;
    QString folder = options.dataFolder.isEmpty() ? tend::defaultDataFolder() : options.dataFolder;
    if (options.demo) {
        if (!demoFolder.isValid()) {
            QMessageBox::critical(nullptr, QObject::tr("Tend"),
                                  QObject::tr("Tend could not make a temporary folder for the demo: %1")
                                      .arg(demoFolder.errorString()));
            return 1;
        }
        folder = demoFolder.path();
    }

    const tend::SystemClock clock;
    std::unique_ptr<tend::Database> database = tend::openDatabaseInteractively(
        folder, options.demo ? tend::NewData::Plain : tend::NewData::AskForPassphrase);
    if (!database)
        return 1;

    if (options.demo) {
        if (tend::Status filled = tend::fillDemoHistory(*database, clock, tend::DemoOptions{}); !filled) {
            QMessageBox::critical(nullptr, QObject::tr("Tend"), filled.error().message);
            return 1;
        }
    }

    const std::optional<QList<tend::Partner>> partners = tend::ensurePartners(*database, clock);
    if (!partners)
        return 0;

    fontconfigWarmUp.wait();
    tend::WindowSession session(std::move(database), clock, *partners, options.demo);
    std::unique_ptr<tend::FirstPaintReporter> firstPaint;
    if (options.quitAfterFirstPaint || !options.screenshotFile.isEmpty())
        firstPaint = std::make_unique<tend::FirstPaintReporter>(session.window(), options.screenshotFile);
    session.window()->show();
    return app.exec();
}
