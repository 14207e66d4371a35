#pragma once

#include <QAtomicInt>
#include <QDBusObjectPath>
#include <QObject>

namespace tend::test {

// Stands in for logind's Manager: it says which session a process belongs to.
class FakeLogind : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public:
    static inline const QString SessionPath = QStringLiteral("/org/freedesktop/login1/session/_3ours");

    int asked() const { return m_asked.loadRelaxed(); }

public slots:
    // Only "auto" (the caller's own session) is known here.
    QDBusObjectPath GetSession(const QString &id)
    {
        m_asked.ref();
        return QDBusObjectPath(id == QStringLiteral("auto") ? SessionPath : QStringLiteral("/"));
    }

private:
    QAtomicInt m_asked;
};

// Hears the test's own marker signal on the same connection as the watcher. Signals from one
// sender arrive in order, so once the marker is heard, everything sent before it was handled.
class MarkerListener : public QObject
{
    Q_OBJECT

public:
    int last() const { return m_last; }

signals:
    void heard();

public slots:
    void marker(int number)
    {
        m_last = number;
        emit heard();
    }

private:
    int m_last = 0;
};

} // namespace tend::test
