#include "sessionlockwatcher.h"

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace tend {

namespace {

struct ScreenSaver
{
    QString service;
    QString path;
};

const QString Logind = QStringLiteral("org.freedesktop.login1");
const QString LogindPath = QStringLiteral("/org/freedesktop/login1");
const QString LogindManager = QStringLiteral("org.freedesktop.login1.Manager");
const QString LogindSession = QStringLiteral("org.freedesktop.login1.Session");

} // namespace

SessionLockWatcher::SessionLockWatcher(QDBusConnection sessionBus, QDBusConnection systemBus, QObject *parent)
    : QObject(parent), m_sessionBus(std::move(sessionBus)), m_systemBus(std::move(systemBus))
{
}

void SessionLockWatcher::start()
{
    const ScreenSaver screenSavers[] = {
        {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver")},
        {QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("/org/gnome/ScreenSaver")},
    };
    if (m_sessionBus.isConnected()) {
        for (const ScreenSaver &saver : screenSavers) {
            m_sessionBus.connect(saver.service, saver.path, saver.service, QStringLiteral("ActiveChanged"), this,
                                 SLOT(screenSaverActiveChanged(bool)));
        }
    }
    if (!m_systemBus.isConnected())
        return;
    m_systemBus.connect(Logind, LogindPath, LogindManager, QStringLiteral("PrepareForSleep"), this,
                        SLOT(prepareForSleep(bool)));
    // "auto": this process's session or, for an app started in a user scope (as desktops now
    // do), the user's graphical session.
    QDBusMessage ask = QDBusMessage::createMethodCall(Logind, LogindPath, LogindManager, QStringLiteral("GetSession"));
    ask << QStringLiteral("auto");
    auto *reply = new QDBusPendingCallWatcher(m_systemBus.asyncCall(ask), this);
    connect(reply, &QDBusPendingCallWatcher::finished, this, &SessionLockWatcher::listenToSession);
}

void SessionLockWatcher::listenToSession(QDBusPendingCallWatcher *reply)
{
    reply->deleteLater();
    const QDBusPendingReply<QDBusObjectPath> session = *reply;
    // No logind, or this process is in no session (started from a service): nothing to hear.
    if (session.isError())
        return;
    m_systemBus.connect(Logind, session.value().path(), LogindSession, QStringLiteral("Lock"), this,
                        SLOT(sessionLockRequested()));
}

void SessionLockWatcher::screenSaverActiveChanged(bool active)
{
    if (active)
        emit sessionLocked();
}

void SessionLockWatcher::sessionLockRequested()
{
    emit sessionLocked();
}

void SessionLockWatcher::prepareForSleep(bool sleeping)
{
    if (sleeping)
        emit sessionLocked();
}

} // namespace tend
