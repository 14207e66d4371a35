#include "fakenotificationserver.h"

namespace tend::test {

QList<ReceivedNotification> FakeNotificationServer::received() const
{
    const QMutexLocker lock(&m_mutex);
    return m_received;
}

uint FakeNotificationServer::Notify(const QString &appName, uint replacesId, const QString &appIcon,
                                    const QString &summary, const QString &body, const QStringList &actions,
                                    const QVariantMap &hints, int expireTimeout)
{
    const QMutexLocker lock(&m_mutex);
    m_received.append({appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
    return m_nextId++;
}

QString FakeNotificationServer::GetServerInformation(QString &vendor, QString &version, QString &specVersion) const
{
    vendor = QStringLiteral("Tend tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("fake");
}

} // namespace tend::test
