#include "sync/hub_client.h"

#include "net/requester.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcHubClient, "deskline.sync.hub")

namespace Deskline::Sync {

HubClient::HubClient(QUrl hubUrl, QObject *parent)
    : QObject(parent)
    , m_hub(std::move(hubUrl))
    , m_requester(new Net::Requester(this))
{
}

HubClient::~HubClient()
{
    closeStream();
}

void HubClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers, QObject *context, Callback done)
{
    Net::HttpRequest rq;
    rq.method = method == "POST" ? Net::HttpMethod::Post : Net::HttpMethod::Get;
    QUrl url = m_hub;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(m_hub.path() + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    rq.url = url;
    rq.body = body;
    rq.maxAttempts = 1;
    rq.setHeader("Content-Type", "application/json");
    if (!m_token.isEmpty())
        rq.setHeader("Authorization", "Bearer " + m_token);
    for (const auto &[k, v] : headers)
        rq.setHeader(k, v);
    m_requester->send(rq, context, [done](const Net::HttpResult &r) {
        Answer a;
        a.status = r.status;
        a.json = QJsonDocument::fromJson(r.body).object();
        if (!r.hasResponse())
            a.transportError = r.errorString;
        done(a);
    }, Net::noRetryPolicy());
}

void HubClient::login(const QString &name, const QString &password, QObject *context, Callback done)
{
    request("POST", QStringLiteral("/api/v1/login"),
            QJsonDocument(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("password"), password}}).toJson(QJsonDocument::Compact),
            {}, context, std::move(done));
}

void HubClient::snapshot(QObject *context, Callback done)
{
    request("GET", QStringLiteral("/api/v1/snapshot"), {}, {}, context, std::move(done));
}

void HubClient::events(qint64 after, int limit, QObject *context, Callback done)
{
    request("GET", QStringLiteral("/api/v1/events?after=%1&limit=%2").arg(after).arg(limit), {}, {}, context, std::move(done));
}

void HubClient::send(const QString &lineId, const QString &clientId, const QJsonObject &body,
                     QObject *context, Callback done)
{
    request("POST", QStringLiteral("/api/v1/lines/%1/messages").arg(lineId), QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Idempotency-Key", clientId.toUtf8()}}, context, std::move(done));
}

void HubClient::claim(const QString &chatKey, QObject *context, Callback done)
{
    request("POST", QStringLiteral("/api/v1/chats/claim"),
            QJsonDocument(QJsonObject{{QStringLiteral("chat_key"), chatKey}}).toJson(QJsonDocument::Compact), {},
            context, std::move(done));
}

void HubClient::release(const QString &chatKey, QObject *context, Callback done)
{
    request("POST", QStringLiteral("/api/v1/chats/release"),
            QJsonDocument(QJsonObject{{QStringLiteral("chat_key"), chatKey}}).toJson(QJsonDocument::Compact), {},
            context, std::move(done));
}

void HubClient::assign(const QString &chatKey, const QString &agent, QObject *context, Callback done)
{
    request("POST", QStringLiteral("/api/v1/chats/assign"),
            QJsonDocument(QJsonObject{{QStringLiteral("chat_key"), chatKey}, {QStringLiteral("agent"), agent}})
                .toJson(QJsonDocument::Compact),
            {}, context, std::move(done));
}

void HubClient::addNote(const QString &chatKey, const QString &text, QObject *context, Callback done)
{
    request("POST", QStringLiteral("/api/v1/chats/note"),
            QJsonDocument(QJsonObject{{QStringLiteral("chat_key"), chatKey}, {QStringLiteral("text"), text}})
                .toJson(QJsonDocument::Compact),
            {}, context, std::move(done));
}

void HubClient::downloadMedia(const QString &mediaId, QObject *context, std::function<void(const Media &)> done)
{
    Net::HttpRequest rq = Net::HttpRequest::get(QUrl(m_hub.toString() + QStringLiteral("/api/v1/media/") + mediaId));
    rq.setHeader("Authorization", "Bearer " + m_token);
    rq.mergeable = true; // two views asking for the same file share one download
    m_requester->send(rq, context, [done](const Net::HttpResult &r) {
        done(Media{r.status, r.body, r.header("content-type"), r.hasResponse() ? QString() : r.errorString});
    });
}

void HubClient::uploadMedia(const QString &lineId, const QByteArray &data, const QByteArray &mimeType,
                            const QString &fileName, QObject *context, Callback done)
{
    Net::HttpRequest rq;
    rq.method = Net::HttpMethod::Post;
    rq.url = QUrl(m_hub.toString() + QStringLiteral("/api/v1/lines/%1/media").arg(lineId));
    rq.parts = {{"file", fileName, mimeType, data}};
    rq.maxAttempts = 1;
    rq.setHeader("Authorization", "Bearer " + m_token);
    m_requester->send(rq, context, [done](const Net::HttpResult &r) {
        Answer a;
        a.status = r.status;
        a.json = QJsonDocument::fromJson(r.body).object();
        if (!r.hasResponse())
            a.transportError = r.errorString;
        done(a);
    }, Net::noRetryPolicy());
}

bool HubClient::streamOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HubClient::openStream(qint64 after)
{
    closeStream();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    connect(socket, &QWebSocket::connected, this, &HubClient::streamOpened);
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = o.value(QLatin1StringView("type")).toString();
        if (type == u"events") {
            QList<QJsonObject> list;
            for (const QJsonValue &v : o.value(QLatin1StringView("events")).toArray())
                list.append(v.toObject());
            emit streamEvents(list);
        } else if (type == u"heartbeat") {
            emit streamHeartbeat(o.value(QLatin1StringView("last_seq")).toInteger());
        }
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        const int code = int(socket->closeCode());
        const QString reason = socket->closeReason();
        if (m_socket == socket) {
            m_socket = nullptr;
            socket->deleteLater();
            emit streamClosed(code, reason);
        }
    });
    QUrl url = m_hub;
    url.setScheme(m_hub.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(m_hub.path() + QStringLiteral("/api/v1/stream"));
    url.setQuery(QStringLiteral("after=%1").arg(after));
    QNetworkRequest rq(url);
    rq.setRawHeader("Authorization", "Bearer " + m_token);
    socket->open(rq);
}

void HubClient::closeStream()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace Deskline::Sync
