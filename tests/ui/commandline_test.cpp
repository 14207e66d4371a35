// The real `tend` program and its command line, run as a person would run it.

#include "uitesthelpers.h"

#include "storage/datafolder.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace tend::test {
namespace {

struct TendRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs tend with `arguments`; with `withoutDisplay`, as on a machine with no graphical session.
TendRun runTend(const QStringList &arguments, bool withoutDisplay = false)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (withoutDisplay) {
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    } else {
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TEND_PROGRAM), arguments);
    TendRun run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

TEST(CommandLineTest, VersionAndHelpWorkWithoutADisplay)
{
    const TendRun version = runTend({QStringLiteral("--version")}, true);
    EXPECT_EQ(version.exitCode, 0) << version.err.toStdString();
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("Tend "))) << version.out.toStdString();

    for (const QString &help : {QStringLiteral("--help"), QStringLiteral("--help-all")}) {
        const TendRun run = runTend({help}, true);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.startsWith(QStringLiteral("Usage: tend"))) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("--data-dir <folder>")));
        EXPECT_TRUE(run.out.contains(QStringLiteral("--demo")));
        EXPECT_FALSE(run.out.contains(QStringLiteral("first-paint"))) << "benchmark options stay hidden";
    }
}

TEST(CommandLineTest, MistakesAreExplainedWithExitCodeTwo)
{
    const TendRun unknown = runTend({QStringLiteral("--no-such-option")}, true);
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no-such-option"))) << unknown.err.toStdString();

    const TendRun both = runTend({QStringLiteral("--demo"), QStringLiteral("--data-dir"), QStringLiteral("/tmp")}, true);
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_TRUE(both.err.contains(QStringLiteral("--demo"))) << both.err.toStdString();
}

class CommandLineDataTest : public UiTest
{
};

TEST_F(CommandLineDataTest, DataDirOpensThatFoldersDatabase)
{
    {
        std::unique_ptr<Database> database = openDatabase();
        ASSERT_TRUE(database);
        saveCouple(*database);
    }
    const TendRun run = runTend({QStringLiteral("--data-dir"), dataFolder(), QStringLiteral("--quit-after-first-paint")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("first-paint"))) << "the window opened without asking for partners";
}

TEST(CommandLineTest, DemoOpensWithoutAskingAnything)
{
    const TendRun run = runTend({QStringLiteral("--demo"), QStringLiteral("--quit-after-first-paint")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("first-paint")));
}

} // namespace
} // namespace tend::test
