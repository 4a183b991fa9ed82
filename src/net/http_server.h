#pragma once

#include "http_request.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QJsonArray;
class QJsonObject;
QT_END_NAMESPACE

namespace Deskline::Net {

class HttpServer;

// One request as a route handler sees it: a plain value, copied out of QtHttpServer (whose
// request object is reused for the next request on the same connection).
struct ServerRequest
{
    QByteArray method; // "GET", "POST", … ("UNKNOWN" for a method QtHttpServer can't name)
    QString path; // percent-decoded, e.g. "/v21.0/123/messages"
    QUrl url; // as received (path and query still encoded)
    QUrlQuery query;
    HeaderList headers; // as received
    QByteArray body; // raw bytes exactly as received: signatures are computed over them
    QHash<QString, QString> pathParams; // {name} segments of the matched route, decoded
    QHostAddress remoteAddress;

    // Case-insensitive: header("x-hub-signature-256") finds "X-Hub-Signature-256".
    [[nodiscard]] QByteArray header(QByteArrayView name) const
    {
        return headerValue(headers, name);
    }
    [[nodiscard]] QString pathParam(const QString &name) const { return pathParams.value(name); }
};

// The answer to one request. Copyable and cheap (shared state): answer at once, or keep a copy
// and answer later — after a database commit, from a timer, from another object's signal. The
// first answer wins; later ones are ignored with a warning. When the last copy goes away
// unanswered, the client gets a 500 so that its connection is not left hanging. Answering after
// the client went away is safe and does nothing.
class Responder
{
public:
    Responder() = default; // answers nothing; isValid() is false

    [[nodiscard]] bool isValid() const { return bool(m_state); }
    [[nodiscard]] bool isAnswered() const;
    [[nodiscard]] bool isConnected() const; // the client is still there to be answered

    // Content-Type is `contentType` unless empty (then a Content-Type in `headers`, if any);
    // Content-Length is always computed.
    void respond(int status, const QByteArray &body = {}, const QByteArray &contentType = {},
        const HeaderList &headers = {});
    void respondJson(int status, const QJsonObject &json, const HeaderList &headers = {});
    void respondJson(int status, const QJsonArray &json, const HeaderList &headers = {});
    void respondText(int status, const QString &text, const HeaderList &headers = {});

    // {"error":{"message":"…"}} — the shape of every error this server produces itself.
    [[nodiscard]] static QJsonObject errorBody(const QString &message);

private:
    friend class HttpServer;
    struct State;
    explicit Responder(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {
    }

    std::shared_ptr<State> m_state;
};

// A small router over QtHttpServer's QAbstractHttpServer (Qt 6.4), for the hub and the simulator.
//
// Routes are "METHOD /literal/{param}/…" patterns; {name} matches exactly one non-empty path
// segment. Matching is segment by segment on the percent-decoded path (so "%2F" inside a segment
// stays in that segment); the first registered route whose pattern and method match wins. An
// unknown path gets 404, a known path with another method 405 (with Allow), a body over
// maxBodySize() 413 — all as {"error":{"message":…}} — and the handler is not called.
//
// Every answered request is logged as one line on "deskline.net" (method, path without the
// query — it may hold hub.verify_token —, status, duration) and reported by requestHandled().
//
// QtHttpServer 6.4 reads a request's whole body before handing it over, and it does not order
// the answers of pipelined requests: a client that pipelines on one connection while a Responder
// is kept may get the answers out of order. QNetworkAccessManager does not pipeline.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // `request` lives for the duration of the call: a handler that answers later copies what it
    // needs (ServerRequest is a plain value) along with the Responder.
    using Handler = std::function<void(const ServerRequest &request, Responder responder)>;
    static constexpr qint64 kDefaultMaxBodySize = 3 * 1024 * 1024;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // Returns the bound port (an ephemeral one for port 0), or 0 on failure.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // The same over TLS (QSslServer) with the given certificate and key. baseUrl() is https://.
    quint16 listenTls(const QSslConfiguration &tls, const QHostAddress &address = QHostAddress::LocalHost,
                      quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_port; }
    // "http://127.0.0.1:<port>" (a wildcard address is reached through loopback); empty before
    // a successful listen().
    [[nodiscard]] QUrl baseUrl() const;

    // Patterns start with '/'. A malformed pattern is a programming error: warned about, ignored.
    void route(const QByteArray &method, const QString &pattern, Handler handler);

    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }
    [[nodiscard]] qint64 maxBodySize() const { return m_maxBodySize; }

signals:
    // Emitted when a request is answered (later than the handler call for a kept Responder).
    // `path` is the decoded path, without the query.
    void requestHandled(
        const QByteArray &method, const QString &path, int status, qint64 durationMs);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Segment
    {
        QString text;
        bool isParam = false;
    };
    struct Route
    {
        QByteArray method;
        QList<Segment> segments;
        Handler handler;
    };

    static bool matches(
        const Route &route, const QStringList &segments, QHash<QString, QString> *params);
    Responder makeServerResponder(
        const QHttpServerRequest &request, QTcpSocket *socket, const ServerRequest &serverRequest);

    QList<Route> m_routes;
    qint64 m_maxBodySize = kDefaultMaxBodySize;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace Deskline::Net
