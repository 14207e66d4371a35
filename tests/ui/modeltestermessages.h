#pragma once

#include <QStringList>
#include <QtGlobal>

namespace tend::test {

// Collects what QAbstractItemModelTester reports, so gtest can fail on it.
class ModelTesterMessages
{
public:
    ModelTesterMessages() : m_previous(qInstallMessageHandler(&ModelTesterMessages::handle)) { s_current = this; }
    ~ModelTesterMessages()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    Q_DISABLE_COPY_MOVE(ModelTesterMessages)

    const QStringList &messages() const { return m_messages; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (s_current && type != QtDebugMsg && QLatin1String(context.category) == QLatin1String("qt.modeltest"))
            s_current->m_messages.append(message);
        else if (s_current && s_current->m_previous)
            s_current->m_previous(type, context, message);
    }

    static inline ModelTesterMessages *s_current = nullptr;
    QtMessageHandler m_previous;
    QStringList m_messages;
};

} // namespace tend::test
