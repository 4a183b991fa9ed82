#include "http_server.h"

#include <QMetaMethod>
#include <QSslServer>

#include "logging.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>

#include <optional>

namespace Deskline::Net {

namespace {

QByteArray methodBytes(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return QByteArrayLiteral("GET");
    case M::Put:
        return QByteArrayLiteral("PUT");
    case M::Delete:
        return QByteArrayLiteral("DELETE");
    case M::Post:
        return QByteArrayLiteral("POST");
    case M::Head:
        return QByteArrayLiteral("HEAD");
    case M::Options:
        return QByteArrayLiteral("OPTIONS");
    case M::Patch:
        return QByteArrayLiteral("PATCH");
    case M::Connect:
        return QByteArrayLiteral("CONNECT");
    case M::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        break;
    }
    return QByteArrayLiteral("UNKNOWN");
}

const QByteArray kJson = QByteArrayLiteral("application/json");

} // namespace

// ----------------------------------------------------------------------------------------------
// Responder

struct Responder::State
{
    // QtHttpServer 6.4's responder keeps a raw socket pointer (and a reference to the request
    // object that dies with the socket): it is only touched while `socket` is still alive.
    std::optional<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    QPointer<HttpServer> server;
    QByteArray method;
    QString path; // decoded, for requestHandled()
    QString logPath; // percent-encoded, so a log line stays one line whatever the client sent
    QElapsedTimer elapsed;
    bool answered = false;

    State() = default;
    Q_DISABLE_COPY_MOVE(State)

    ~State()
    {
        if (answered)
            return;
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            answered = true; // nobody left to answer (the client left, or the server is gone)
            qCDebug(lcNet).noquote() << method << logPath << u"dropped unanswered; client gone";
            return;
        }
        qCWarning(lcNet).noquote()
            << method << logPath << u"was never answered by its handler; answering 500";
        write(500,
            QJsonDocument(Responder::errorBody(QStringLiteral("no response")))
                .toJson(QJsonDocument::Compact),
            kJson, {});
    }

    void write(int status, const QByteArray &body, const QByteArray &contentType,
        const HeaderList &headers)
    {
        if (answered) {
            qCWarning(lcNet).noquote() << method << logPath << u"answered twice; the second answer"
                                       << status << u"is dropped";
            return;
        }
        answered = true;
        if (status < 100 || status > 599) {
            qCWarning(lcNet).noquote()
                << method << logPath << u"invalid status" << status << u"replaced by 500";
            status = 500;
        }
        const qint64 durationMs = elapsed.elapsed();

        const bool connected = socket && socket->state() == QAbstractSocket::ConnectedState;
        if (connected && responder) {
            QHttpServerResponder &out = *responder;
            out.writeStatusLine(QHttpServerResponder::StatusCode(status));
            bool typeWritten = false;
            for (const auto &[name, value] : headers) {
                if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                    continue;
                if (name.compare("content-type", Qt::CaseInsensitive) == 0) {
                    if (!contentType.isEmpty() || typeWritten)
                        continue;
                    typeWritten = true;
                }
                out.writeHeader(name, value);
            }
            if (!contentType.isEmpty())
                out.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
            out.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
            out.writeBody(body);
        }
        responder.reset();

        if (connected)
            qCInfo(lcNet).noquote()
                << method << logPath << u"->" << status << u"in" << durationMs << u"ms";
        else
            qCInfo(lcNet).noquote() << method << logPath << u"->" << status << u"in" << durationMs
                                    << u"ms (client gone)";
        if (server)
            emit server->requestHandled(method, path, status, durationMs);
    }
};

bool Responder::isAnswered() const
{
    return m_state && m_state->answered;
}

bool Responder::isConnected() const
{
    return m_state && m_state->socket
        && m_state->socket->state() == QAbstractSocket::ConnectedState;
}

void Responder::respond(
    int status, const QByteArray &body, const QByteArray &contentType, const HeaderList &headers)
{
    if (!m_state) {
        qCWarning(lcNet) << "respond() on an invalid Responder";
        return;
    }
    m_state->write(status, body, contentType, headers);
}

void Responder::respondJson(int status, const QJsonObject &json, const HeaderList &headers)
{
    respond(status, QJsonDocument(json).toJson(QJsonDocument::Compact), kJson, headers);
}

void Responder::respondJson(int status, const QJsonArray &json, const HeaderList &headers)
{
    respond(status, QJsonDocument(json).toJson(QJsonDocument::Compact), kJson, headers);
}

void Responder::respondText(int status, const QString &text, const HeaderList &headers)
{
    respond(status, text.toUtf8(), QByteArrayLiteral("text/plain; charset=utf-8"), headers);
}

QJsonObject Responder::errorBody(const QString &message)
{
    return QJsonObject {
        {QStringLiteral("error"), QJsonObject {{QStringLiteral("message"), message}}}};
}

// ----------------------------------------------------------------------------------------------
// HttpServer

HttpServer::HttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

HttpServer::~HttpServer() = default;

quint16 HttpServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = QAbstractHttpServer::listen(address, port);
    if (bound == 0) {
        qCWarning(lcNet).noquote() << u"cannot listen on" << address.toString() << port;
        return 0;
    }
    m_address = address;
    m_port = bound;
    qCInfo(lcNet).noquote() << u"listening on" << baseUrl().toString();
    return bound;
}

quint16 HttpServer::listenTls(const QSslConfiguration &tls, const QHostAddress &address, quint16 port)
{
    auto *server = new QSslServer(this);
    server->setSslConfiguration(tls);
    if (!server->listen(address, port)) {
        qCWarning(lcNet).noquote() << u"cannot listen (TLS) on" << address.toString() << port << server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    m_address = address;
    m_port = server->serverPort();
    m_tls = true;
    qCInfo(lcNet).noquote() << u"listening on" << baseUrl().toString();
    return m_port;
}

QUrl HttpServer::baseUrl() const
{
    if (m_port == 0)
        return {};
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

void HttpServer::route(const QByteArray &method, const QString &pattern, Handler handler)
{
    if (!pattern.startsWith(u'/') || method.isEmpty() || !handler) {
        qCWarning(lcNet).noquote()
            << u"route ignored: bad method, pattern or handler:" << method << pattern;
        return;
    }
    Route route;
    route.method = method.toUpper();
    route.handler = std::move(handler);
    const QStringList parts = pattern.mid(1).split(u'/');
    for (const QString &part : parts) {
        const bool opens = part.startsWith(u'{');
        const bool closes = part.endsWith(u'}');
        if (opens != closes || (opens && part.size() < 3)
            || part.mid(1, part.size() - 2).contains(u'{')) {
            qCWarning(lcNet).noquote() << u"route ignored: malformed pattern" << pattern;
            return;
        }
        route.segments.append(
            opens ? Segment {part.mid(1, part.size() - 2), true} : Segment {part, false});
    }
    m_routes.append(std::move(route));
}

bool HttpServer::matches(
    const Route &route, const QStringList &segments, QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &segment = route.segments.at(i);
        if (segment.isParam) {
            if (segments.at(i).isEmpty())
                return false;
            found.insert(segment.text, segments.at(i));
        } else if (segment.text != segments.at(i)) {
            return false;
        }
    }
    *params = std::move(found);
    return true;
}

Responder HttpServer::makeServerResponder(
    const QHttpServerRequest &request, QTcpSocket *socket, const ServerRequest &serverRequest)
{
    auto state = std::make_shared<Responder::State>();
    state->elapsed.start();
    state->responder.emplace(makeResponder(request, socket));
    state->socket = socket;
    state->server = this;
    state->method = serverRequest.method;
    state->path = serverRequest.path;
    state->logPath = serverRequest.url.path(QUrl::FullyEncoded);
    return Responder(std::move(state));
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // A WebSocket upgrade is QtHttpServer's to complete (newWebSocketConnection) when someone
    // listens for it: answering it here would break the handshake.
    static const QMetaMethod webSocketSignal = QMetaMethod::fromSignal(&QAbstractHttpServer::newWebSocketConnection);
    if (headerValue(request.headers(), "upgrade").compare("websocket", Qt::CaseInsensitive) == 0
        && isSignalConnected(webSocketSignal))
        return true;

    ServerRequest in;
    in.method = methodBytes(request.method());
    in.url = request.url();
    in.path = in.url.path(QUrl::FullyDecoded);
    in.query = request.query();
    in.headers = request.headers();
    in.body = request.body();
    in.remoteAddress = request.remoteAddress();

    Responder responder = makeServerResponder(request, socket, in);

    // QtHttpServer 6.4 reads the whole body before handing the request over, so this bounds
    // what a handler ever sees, not what the server buffers.
    bool lengthOk = true;
    const qint64 declared = in.header("content-length").trimmed().toLongLong(&lengthOk);
    if (in.body.size() > m_maxBodySize || (lengthOk && declared > m_maxBodySize)) {
        responder.respondJson(413, Responder::errorBody(QStringLiteral("request body too large")));
        return true;
    }

    // Segments of the encoded path, each decoded on its own: "/a%2Fb" is one segment "a/b".
    QStringList segments = in.url.path(QUrl::FullyEncoded).split(u'/');
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst(); // the leading '/'
    for (QString &segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toLatin1());

    QList<QByteArray> allowed;
    for (const Route &route : std::as_const(m_routes)) {
        QHash<QString, QString> params;
        if (!matches(route, segments, &params))
            continue;
        if (route.method != in.method) {
            if (!allowed.contains(route.method))
                allowed.append(route.method);
            continue;
        }
        in.pathParams = std::move(params);
        const Handler handler = route.handler; // a handler may add routes
        handler(in, std::move(responder));
        return true;
    }

    if (!allowed.isEmpty()) {
        responder.respondJson(405, Responder::errorBody(QStringLiteral("method not allowed")),
            {{QByteArrayLiteral("Allow"), allowed.join(", ")}});
    } else {
        responder.respondJson(404, Responder::errorBody(QStringLiteral("not found")));
    }
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; QtHttpServer calls this only if that ever changes.
    ServerRequest in;
    in.method = methodBytes(request.method());
    in.url = request.url();
    in.path = in.url.path(QUrl::FullyDecoded);
    makeServerResponder(request, socket, in)
        .respondJson(404, Responder::errorBody(QStringLiteral("not found")));
}

} // namespace Deskline::Net
