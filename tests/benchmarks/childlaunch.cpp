#include "childlaunch.h"

#include <QByteArrayList>
#include <QFile>
#include <QProcessEnvironment>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace tend::bench {

namespace {

using Clock = std::chrono::steady_clock;

const QByteArray FirstPaintLine = QByteArrayLiteral("first-paint");

Error systemError(const QString &what)
{
    return Error{what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno))};
}

// A pipe whose two ends close themselves on exec, so only the dup2'ed copy reaches the child.
class Pipe
{
public:
    Pipe() { m_ok = ::pipe2(m_fds, O_CLOEXEC) == 0; }
    ~Pipe()
    {
        closeReadEnd();
        closeWriteEnd();
    }
    Q_DISABLE_COPY_MOVE(Pipe)

    bool ok() const { return m_ok; }
    int readEnd() const { return m_fds[0]; }
    int writeEnd() const { return m_fds[1]; }
    void closeReadEnd() { closeEnd(0); }
    void closeWriteEnd() { closeEnd(1); }

private:
    void closeEnd(int end)
    {
        if (m_fds[end] >= 0)
            ::close(m_fds[end]);
        m_fds[end] = -1;
    }

    int m_fds[2] = {-1, -1};
    bool m_ok = false;
};

// argv or envp for posix_spawn: pointers into byte arrays this object keeps alive.
class CStrings
{
public:
    explicit CStrings(QByteArrayList strings) : m_strings(std::move(strings))
    {
        for (QByteArray &string : m_strings)
            m_pointers.push_back(string.data());
        m_pointers.push_back(nullptr);
    }
    char *const *data() { return m_pointers.data(); }

private:
    QByteArrayList m_strings;
    std::vector<char *> m_pointers;
};

QByteArrayList childEnvironment(const QMap<QString, QString> &extra)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        environment.insert(it.key(), it.value());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QByteArrayList entries;
    for (const QString &entry : environment.toStringList())
        entries.append(entry.toLocal8Bit());
    return entries;
}

QString stderrTail(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    return QString::fromLocal8Bit(text.right(2000)).trimmed();
}

bool hasFirstPaintLine(const QByteArray &output)
{
    const QByteArrayList lines = output.split('\n');
    // The last piece has no newline yet, so it may still be growing.
    return std::any_of(lines.cbegin(), lines.cend() - 1,
                       [](const QByteArray &line) { return line.trimmed() == FirstPaintLine; });
}

struct Reaped
{
    int status = 0;
    rusage usage{};
};

Result<Reaped> reap(pid_t pid)
{
    Reaped reaped;
    while (::wait4(pid, &reaped.status, 0, &reaped.usage) < 0) {
        if (errno != EINTR)
            return systemError(QStringLiteral("wait4"));
    }
    return reaped;
}

QString describeExit(int status)
{
    if (WIFEXITED(status))
        return QStringLiteral("exited with %1").arg(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return QStringLiteral("was killed by signal %1").arg(WTERMSIG(status));
    return QStringLiteral("ended with status %1").arg(status);
}

} // namespace

Result<LaunchFigures> launchUntilFirstPaint(const Launch &launch)
{
    Pipe output;
    if (!output.ok())
        return systemError(QStringLiteral("pipe2"));

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, output.writeEnd(), STDOUT_FILENO);
    const QByteArray stderrPath = launch.stderrFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, stderrPath.constData(), O_WRONLY | O_CREAT | O_APPEND,
                                     0600);

    QByteArrayList argv{launch.program.toLocal8Bit()};
    for (const QString &argument : launch.arguments)
        argv.append(argument.toLocal8Bit());
    CStrings arguments(argv);
    CStrings environment(childEnvironment(launch.environment));

    const Clock::time_point start = Clock::now();
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, argv.first().constData(), &actions, nullptr, arguments.data(),
                                      environment.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        errno = spawned;
        return systemError(QStringLiteral("Could not start %1").arg(launch.program));
    }
    output.closeWriteEnd();

    // Read until end of file, so the child never blocks on a full pipe; note when the line came.
    QByteArray received;
    std::optional<Clock::time_point> painted;
    const Clock::time_point deadline = start + launch.timeout;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        pollfd readable{output.readEnd(), POLLIN, 0};
        const int ready = left.count() > 0 ? ::poll(&readable, 1, static_cast<int>(left.count())) : 0;
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            ::kill(pid, SIGKILL);
            (void)reap(pid);
            return Error{QStringLiteral("%1 did not %2 within %3 s. Its stderr: %4")
                             .arg(launch.program, painted ? QStringLiteral("exit") : QStringLiteral("paint"))
                             .arg(launch.timeout.count() / 1000)
                             .arg(stderrTail(launch.stderrFile))};
        }
        char buffer[4096];
        const ssize_t count = ::read(output.readEnd(), buffer, sizeof buffer);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            break;
        received.append(buffer, count);
        if (!painted && hasFirstPaintLine(received))
            painted = Clock::now();
    }

    Result<Reaped> reaped = reap(pid);
    if (!reaped)
        return reaped.error();
    if (!WIFEXITED(reaped->status) || WEXITSTATUS(reaped->status) != 0 || !painted) {
        return Error{QStringLiteral("%1 %2%3. Its stderr: %4")
                         .arg(launch.program, describeExit(reaped->status),
                              painted ? QString() : QStringLiteral(" without printing \"first-paint\""),
                              stderrTail(launch.stderrFile))};
    }
    LaunchFigures figures;
    figures.startToPaintMs = std::chrono::duration<double, std::milli>(*painted - start).count();
    figures.peakMemoryMiB = static_cast<double>(reaped->usage.ru_maxrss) / 1024.0; // Linux reports KiB
    return figures;
}

} // namespace tend::bench
