#pragma once

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QString>
#include <QStringList>

namespace Deskline::Net::Test {

// Captures every message logged while it is alive (and still forwards it to the previous
// handler), with debug output of "deskline.net" switched on, so a test can check what the
// network layer writes into logs.
class LogCapture
{
public:
    LogCapture()
    {
        QMutexLocker lock(&mutex());
        current() = this;
        m_previous = qInstallMessageHandler(&LogCapture::handler);
        QLoggingCategory::setFilterRules(QStringLiteral("deskline.net.debug=true"));
    }
    ~LogCapture()
    {
        QLoggingCategory::setFilterRules(QString());
        QMutexLocker lock(&mutex());
        qInstallMessageHandler(m_previous);
        current() = nullptr;
    }
    Q_DISABLE_COPY_MOVE(LogCapture)

    QStringList lines() const
    {
        QMutexLocker lock(&mutex());
        return m_lines;
    }
    QString all() const { return lines().join(u'\n'); }

private:
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    static LogCapture *&current()
    {
        static LogCapture *c = nullptr;
        return c;
    }
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        QtMessageHandler previous = nullptr;
        {
            QMutexLocker lock(&mutex());
            if (LogCapture *self = current()) {
                self->m_lines << QString::fromLatin1(context.category ? context.category : "")
                        + u": " + message;
                previous = self->m_previous;
            }
        }
        if (previous)
            previous(type, context, message);
    }

    QtMessageHandler m_previous = nullptr;
    QStringList m_lines;
};

} // namespace Deskline::Net::Test
