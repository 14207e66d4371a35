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
    QDBusObjectPath GetSessionByPID(uint)
    {
        m_asked.ref();
        return QDBusObjectPath(SessionPath);
    }

private:
    QAtomicInt m_asked;
};

} // namespace tend::test
