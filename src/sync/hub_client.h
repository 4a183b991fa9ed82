#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace Deskline::Net {
class Requester;
}

namespace Deskline::Sync {

// The console's connection to its hub (docs/hub-api.md): login, snapshot, sends, and the event
// stream over a WebSocket. Knows nothing of Meta's API and never holds its token.
class HubClient : public QObject
{
    Q_OBJECT

public:
    explicit HubClient(QUrl hubUrl, QObject *parent = nullptr);
    ~HubClient() override;

    [[nodiscard]] QUrl hubUrl() const { return m_hub; }
    void setToken(const QByteArray &token) { m_token = token; }
    [[nodiscard]] bool hasToken() const { return !m_token.isEmpty(); }

    struct Answer
    {
        int status = 0;      // HTTP status; 0 when the hub could not be reached
        QJsonObject json;
        QString transportError;
        [[nodiscard]] bool ok() const { return status >= 200 && status < 300; }
    };
    using Callback = std::function<void(const Answer &)>;

    void login(const QString &name, const QString &password, QObject *context, Callback done);
    void snapshot(QObject *context, Callback done);
    void events(qint64 after, int limit, QObject *context, Callback done);
    // POST /api/v1/lines/{line}/messages with the client id as Idempotency-Key. One attempt:
    // the outbox decides about retries.
    void send(const QString &lineId, const QString &clientId, const QJsonObject &body,
              QObject *context, Callback done);

    // Team state (docs/hub-api.md, Assignment): claim, release, assign (supervisors), notes.
    void claim(const QString &chatKey, QObject *context, Callback done);
    void release(const QString &chatKey, QObject *context, Callback done);
    void assign(const QString &chatKey, const QString &agent, QObject *context, Callback done);
    void addNote(const QString &chatKey, const QString &text, QObject *context, Callback done);

    // Media through the hub (the console never holds Meta's token).
    struct Media
    {
        int status = 0;
        QByteArray data;
        QByteArray contentType;
        QString transportError;
    };
    void downloadMedia(const QString &mediaId, QObject *context, std::function<void(const Media &)> done);
    // multipart upload; the answer's json holds {"id":…} on success.
    void uploadMedia(const QString &lineId, const QByteArray &data, const QByteArray &mimeType,
                     const QString &fileName, QObject *context, Callback done);

    void openStream(qint64 after);
    void closeStream();
    [[nodiscard]] bool streamOpen() const;

signals:
    void streamOpened();
    void streamEvents(const QList<QJsonObject> &events);
    void streamHeartbeat(qint64 lastSeq);
    void streamClosed(int closeCode, const QString &reason);

private:
    void request(const QByteArray &method, const QString &path, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &headers, QObject *context, Callback done);

    QUrl m_hub;
    QByteArray m_token;
    Net::Requester *m_requester = nullptr;
    QWebSocket *m_socket = nullptr;
};

} // namespace Deskline::Sync
