#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace tend {

StartupOptions parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Tend: a private place for two people to look after each other."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();

    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("CommandLine", "Keep Tend's data in <folder> instead of the usual place."),
        QCoreApplication::translate("CommandLine", "folder"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine",
                                    "Try Tend with a throw-away couple and a generated year of check-ins. "
                                    "Nothing is kept after Tend closes."));
    QCommandLineOption quitAfterFirstPaint(QStringLiteral("quit-after-first-paint"),
                                           QStringLiteral("Print 'first-paint' once the window is painted, then quit."));
    quitAfterFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save the first painted window to <png> and quit."),
                                  QStringLiteral("png"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption remind(
        QStringLiteral("remind"),
        QCoreApplication::translate("CommandLine",
                                    "Show the reminders that are due, then exit. Needs no passphrase: "
                                    "reminders are kept apart from the couple's data."));
    const QCommandLineOption watch(
        QStringLiteral("watch"),
        QCoreApplication::translate("CommandLine", "With --remind: keep running and show each reminder when it is due."));
    QCommandLineOption now(QStringLiteral("now"), QStringLiteral("With --remind: act as if it were <utc>."),
                           QStringLiteral("utc"));
    now.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption timeZone(QStringLiteral("time-zone"), QStringLiteral("With --remind: act as if in <zone>."),
                                QStringLiteral("zone"));
    timeZone.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dataDir, demo, quitAfterFirstPaint, screenshot, remind, watch, now, timeZone});

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "tend: %s\n", qPrintable(parser.errorText()));
        std::exit(2);
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        // No QCoreApplication exists yet, so name the program ourselves.
        QString text = parser.helpText();
        text.replace(QStringLiteral("<executable_name>"), QStringLiteral("tend"));
        std::fputs(qPrintable(text), stdout);
        std::exit(0);
    }
    if (parser.isSet(version)) {
        std::printf("Tend %s\n", qPrintable(QCoreApplication::applicationVersion()));
        std::exit(0);
    }

    StartupOptions options;
    options.dataFolder = parser.value(dataDir);
    options.demo = parser.isSet(demo);
    options.quitAfterFirstPaint = parser.isSet(quitAfterFirstPaint);
    options.screenshotFile = parser.value(screenshot);
    options.remind = parser.isSet(remind);
    options.watch = parser.isSet(watch);
    options.fixedNowUtc = QDateTime::fromString(parser.value(now), Qt::ISODateWithMs);
    options.fixedTimeZone = parser.value(timeZone);
    const auto refuse = [](const char *message) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("CommandLine", message)));
        std::exit(2);
    };
    if (options.watch && !options.remind)
        refuse(QT_TRANSLATE_NOOP("CommandLine", "--watch goes with --remind."));
    if (options.remind && options.demo)
        refuse(QT_TRANSLATE_NOOP("CommandLine", "--remind cannot be combined with --demo."));
    if (parser.isSet(now) && !options.fixedNowUtc.isValid())
        refuse(QT_TRANSLATE_NOOP("CommandLine", "--now needs a time like 2026-03-29T00:30:00Z."));
    if (options.demo && parser.isSet(dataDir)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "CommandLine", "--demo uses a temporary folder; it cannot be combined with --data-dir.")));
        std::exit(2);
    }
    return options;
}

} // namespace tend
