#pragma once

#include <QDBusAbstractAdaptor>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace tend::test {

// What a desktop's notification server received from one Notify call.
struct ReceivedNotification
{
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
};

// Stands in for the desktop's org.freedesktop.Notifications service on a real session bus.
// It runs on a thread of its own, so that a blocking call from the test's thread is answered.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit FakeNotificationServer(QStringList capabilities) : m_capabilities(std::move(capabilities)) {}

    QList<ReceivedNotification> received() const;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout);
    QStringList GetCapabilities() const { return m_capabilities; }
    void CloseNotification(uint) {}
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion) const;

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    const QStringList m_capabilities;
    mutable QMutex m_mutex;
    QList<ReceivedNotification> m_received;
    uint m_nextId = 1;
};

} // namespace tend::test
