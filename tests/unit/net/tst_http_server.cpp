#include "log_capture.h"
#include "net/http_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Deskline::Net;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A plain HTTP/1.1 exchange over a raw socket, so that a test controls the bytes and the
// connection: several requests can go over one connection, in order.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        // Never block in waitFor…(): the server answers from this thread's event loop.
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_connected = QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    bool isConnected() const { return m_connected; }
    QTcpSocket &socket() { return m_socket; }

    void send(const QByteArray &raw)
    {
        m_socket.write(raw);
        m_socket.flush();
    }

    // Reads one response (status line, headers, Content-Length body) or gives up after 5 s.
    Reply read()
    {
        Reply reply;
        QDeadlineTimer deadline(5000);
        qsizetype headerEnd = -1;
        qint64 length = -1;
        while (!deadline.hasExpired()) {
            if (headerEnd < 0) {
                headerEnd = m_buffer.indexOf("\r\n\r\n");
                if (headerEnd >= 0) {
                    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
                    reply.status = lines.value(0).split(' ').value(1).toInt();
                    for (qsizetype i = 1; i < lines.size(); ++i) {
                        const QByteArray line = lines.at(i).trimmed();
                        const qsizetype colon = line.indexOf(':');
                        reply.headers.insert(
                            line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
                    }
                    length = reply.headers.value("content-length").toLongLong();
                }
            }
            if (headerEnd >= 0 && m_buffer.size() >= headerEnd + 4 + length) {
                reply.body = m_buffer.mid(headerEnd + 4, length);
                m_buffer.remove(0, headerEnd + 4 + length);
                return reply;
            }
            if (!QTest::qWaitFor([this] { return m_socket.bytesAvailable() > 0; },
                    int(deadline.remainingTime())))
                break;
            m_buffer += m_socket.readAll();
        }
        reply.status = 0;
        return reply;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_connected = false;
};

QByteArray rawRequest(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
    const QByteArray &extraHeaders = {})
{
    QByteArray raw = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
    if (!body.isNull())
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return raw + "\r\n" + body;
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpServer> m_server;
    QNetworkAccessManager m_network;

    QUrl url(const QString &pathAndQuery) const
    {
        return m_server->baseUrl().resolved(QUrl(pathAndQuery));
    }

    Reply fetch(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url(pathAndQuery));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        Reply result;
        if (!done.wait(5000)) {
            reply->abort();
            delete reply;
            return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        delete reply;
        return result;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<HttpServer>();
        QVERIFY(m_server->listen() != 0);
    }
    void cleanup() { m_server.reset(); }

    void listenReportsPortAndBaseUrl()
    {
        QVERIFY(m_server->port() != 0);
        QCOMPARE(
            m_server->baseUrl(), QUrl(u"http://127.0.0.1:" + QString::number(m_server->port())));
        HttpServer second;
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"listen failed"_qs)); // Qt's own
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot listen"_qs));
        QCOMPARE(second.listen(QHostAddress::LocalHost, m_server->port()), quint16(0));
        QVERIFY(second.baseUrl().isEmpty());
    }

    void routesWithParams()
    {
        QHash<QString, QString> seen;
        m_server->route("POST", u"/{version}/{id}/messages"_qs,
            [&seen](const ServerRequest &request, Responder responder) {
                seen = request.pathParams;
                responder.respondJson(200, QJsonObject {{u"ok"_qs, true}});
            });
        const Reply reply = fetch("POST", u"/v21.0/1234567890/messages"_qs, "{}");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"ok"_qs).toBool(), true);
        QCOMPARE(seen.value(u"version"_qs), u"v21.0"_qs);
        QCOMPARE(seen.value(u"id"_qs), u"1234567890"_qs);
        QCOMPARE(seen.size(), 2);

        // A param is one decoded segment: an encoded slash stays inside it.
        QCOMPARE(fetch("POST", u"/v21.0/a%2Fb%20c/messages"_qs, "{}").status, 200);
        QCOMPARE(seen.value(u"id"_qs), u"a/b c"_qs);

        // One segment only, never empty, never more.
        QCOMPARE(fetch("POST", u"/v21.0/1/2/messages"_qs, "{}").status, 404);
        QCOMPARE(fetch("POST", u"/v21.0//messages"_qs, "{}").status, 404);
        QCOMPARE(fetch("POST", u"/v21.0/1/messages/"_qs, "{}").status, 404);
    }

    void firstRegisteredMatchWins()
    {
        m_server->route("GET", u"/sim/v1/clock"_qs,
            [](const ServerRequest &, Responder r) { r.respondText(200, u"clock"_qs); });
        m_server->route(
            "GET", u"/sim/v1/{thing}"_qs, [](const ServerRequest &request, Responder r) {
                r.respondText(200, u"thing " + request.pathParam(u"thing"_qs));
            });
        m_server->route("GET", u"/sim/v1/clock"_qs,
            [](const ServerRequest &, Responder r) { r.respondText(200, u"second clock"_qs); });
        QCOMPARE(fetch("GET", u"/sim/v1/clock"_qs).body, QByteArray("clock"));
        QCOMPARE(fetch("GET", u"/sim/v1/lines"_qs).body, QByteArray("thing lines"));
    }

    void queryAndRemoteAddress()
    {
        ServerRequest seen;
        m_server->route("GET", u"/webhook"_qs, [&seen](const ServerRequest &request, Responder r) {
            seen = request;
            r.respondText(200, request.query.queryItemValue(u"hub.challenge"_qs));
        });
        const Reply reply = fetch(
            "GET", u"/webhook?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=x"_qs);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("1158201444"));
        QCOMPARE(reply.headers.value("content-type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(seen.method, QByteArray("GET"));
        QCOMPARE(seen.path, u"/webhook"_qs);
        QCOMPARE(seen.query.queryItemValue(u"hub.mode"_qs), u"subscribe"_qs);
        QVERIFY(seen.remoteAddress.isLoopback());
    }

    void unknownPathIs404()
    {
        m_server->route("GET", u"/healthz"_qs,
            [](const ServerRequest &, Responder r) { r.respondText(200, u"ok"_qs); });
        QSignalSpy handled(m_server.get(), &HttpServer::requestHandled);
        const Reply reply = fetch("GET", u"/nope"_qs);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(reply.body, QByteArray("{\"error\":{\"message\":\"not found\"}}"));
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.at(0).at(2).toInt(), 404);
    }

    void wrongMethodIs405()
    {
        int calls = 0;
        const auto handler = [&calls](const ServerRequest &, Responder r) {
            ++calls;
            r.respond(200);
        };
        m_server->route("GET", u"/webhook"_qs, handler);
        m_server->route("POST", u"/webhook"_qs, handler);
        const Reply reply = fetch("DELETE", u"/webhook"_qs);
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.headers.value("allow"), QByteArray("GET, POST"));
        QCOMPARE(reply.json()[u"error"_qs][u"message"_qs].toString(), u"method not allowed"_qs);
        QCOMPARE(calls, 0);
        QCOMPARE(fetch("POST", u"/webhook"_qs, "x").status, 200);
        QCOMPARE(calls, 1);
    }

    // Webhook signatures are computed over the bytes Meta sent: escapes and all.
    void rawBodyBytesPreserved()
    {
        QByteArray seen;
        m_server->route("POST", u"/webhook"_qs, [&seen](const ServerRequest &request, Responder r) {
            seen = request.body;
            r.respond(200);
        });
        QByteArray body("{\"text\":\"a\\/b \\u00e4 \\ud83d\\ude00\",\"raw\":\"");
        body += QByteArray("\xff\xfe\x00\x01\x80\r\n\r\n", 10);
        body += "\"}";

        const Reply reply
            = fetch("POST", u"/webhook"_qs, body, {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(seen, body);
        QCOMPARE(seen.size(), body.size());
    }

    void headersAreCaseInsensitive()
    {
        ServerRequest seen;
        m_server->route("POST", u"/webhook"_qs, [&seen](const ServerRequest &request, Responder r) {
            seen = request;
            r.respond(204);
        });
        RawClient client(m_server->port());
        QVERIFY(client.isConnected());
        client.send(rawRequest("POST", "/webhook", "{}", "X-Hub-Signature-256: sha256=abc123\r\n"));
        QCOMPARE(client.read().status, 204);
        QCOMPARE(seen.header("x-hub-signature-256"), QByteArray("sha256=abc123"));
        QCOMPARE(seen.header("X-HUB-SIGNATURE-256"), QByteArray("sha256=abc123"));
        QCOMPARE(seen.header("X-Hub-Signature-256"), QByteArray("sha256=abc123"));
        QVERIFY(seen.header("x-hub-signature").isNull());
    }

    void unicodeJsonRoundTrip()
    {
        m_server->route("POST", u"/echo"_qs, [](const ServerRequest &request, Responder r) {
            const QJsonObject in = QJsonDocument::fromJson(request.body).object();
            r.respondJson(200,
                QJsonObject {{u"echo"_qs, in.value(u"text"_qs)},
                    {u"length"_qs, in.value(u"text"_qs).toString().size()}});
        });
        const QString text = u"Привет, мир! 你好，世界 👋 Türkçe ğüşiöç"_qs;
        const QByteArray body
            = QJsonDocument(QJsonObject {{u"text"_qs, text}}).toJson(QJsonDocument::Compact);
        QVERIFY(body.contains("Привет")); // sent as UTF-8, not \u escapes
        const Reply reply
            = fetch("POST", u"/echo"_qs, body, {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(reply.body.contains("你好，世界"));
        QCOMPARE(reply.json().value(u"echo"_qs).toString(), text);
        QCOMPARE(reply.json().value(u"length"_qs).toInt(), text.size());
    }

    void bodyOverTheLimitIs413_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("calls");
        QTest::newRow("at the limit") << 1024 << 200 << 1;
        QTest::newRow("one byte over") << 1025 << 413 << 0;
        QTest::newRow("far over") << 64 * 1024 << 413 << 0;
    }
    void bodyOverTheLimitIs413()
    {
        QFETCH(int, size);
        QFETCH(int, status);
        QFETCH(int, calls);
        m_server->setMaxBodySize(1024);
        int handlerCalls = 0;
        m_server->route(
            "POST", u"/webhook"_qs, [&handlerCalls](const ServerRequest &, Responder r) {
                ++handlerCalls;
                r.respond(200);
            });
        const Reply reply = fetch(
            "POST", u"/webhook"_qs, QByteArray(size, 'x'), {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, status);
        QCOMPARE(handlerCalls, calls);
        if (status == 413)
            QCOMPARE(
                reply.json()[u"error"_qs][u"message"_qs].toString(), u"request body too large"_qs);
    }

    void defaultBodyLimitIsThreeMegabytes()
    {
        QCOMPARE(m_server->maxBodySize(), qint64(3 * 1024 * 1024));
        int calls = 0;
        m_server->route("POST", u"/webhook"_qs, [&calls](const ServerRequest &, Responder r) {
            ++calls;
            r.respond(200);
        });
        QCOMPARE(fetch("POST", u"/webhook"_qs, QByteArray(3 * 1024 * 1024, 'x')).status, 200);
        QCOMPARE(fetch("POST", u"/webhook"_qs, QByteArray(3 * 1024 * 1024 + 1, 'x')).status, 413);
        QCOMPARE(calls, 1);
    }

    // The hub answers a webhook only after its database commit: the Responder is kept and used
    // later, and the connection goes on serving the next request.
    void deferredResponseKeepsConnectionUsable()
    {
        QList<Responder> kept;
        m_server->route("POST", u"/webhook"_qs, [&kept](const ServerRequest &request, Responder r) {
            const QByteArray body = request.body; // the request is only valid during the call
            kept << r;
            QTimer::singleShot(0, [r, body]() mutable {
                r.respondJson(200, QJsonObject {{u"stored"_qs, QString::fromUtf8(body)}});
            });
        });
        m_server->route("GET", u"/healthz"_qs,
            [](const ServerRequest &, Responder r) { r.respondText(200, u"ok"_qs); });
        QSignalSpy handled(m_server.get(), &HttpServer::requestHandled);

        RawClient client(m_server->port());
        QVERIFY(client.isConnected());
        client.send(rawRequest("POST", "/webhook", "first"));
        const Reply first = client.read();
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(u"stored"_qs).toString(), u"first"_qs);
        QCOMPARE(kept.size(), 1);
        QVERIFY(kept.first().isAnswered());

        // Same connection, next requests: one immediate, one deferred again.
        client.send(rawRequest("GET", "/healthz"));
        QCOMPARE(client.read().body, QByteArray("ok"));
        client.send(rawRequest("POST", "/webhook", "second"));
        QCOMPARE(client.read().json().value(u"stored"_qs).toString(), u"second"_qs);
        QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
        QCOMPARE(handled.size(), 3);
        QCOMPARE(handled.at(0).at(0).toByteArray(), QByteArray("POST"));
        QCOMPARE(handled.at(0).at(1).toString(), u"/webhook"_qs);
        QCOMPARE(handled.at(0).at(2).toInt(), 200);
    }

    void deferredResponseOverQNetworkAccessManager()
    {
        m_server->route("GET", u"/slow"_qs, [](const ServerRequest &, Responder r) {
            QTimer::singleShot(50, [r]() mutable { r.respondText(202, u"later"_qs); });
        });
        const Reply reply = fetch("GET", u"/slow"_qs);
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.body, QByteArray("later"));
    }

    void onlyTheFirstAnswerCounts()
    {
        m_server->route("GET", u"/twice"_qs, [](const ServerRequest &, Responder r) {
            r.respondText(200, u"first"_qs);
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"answered twice"_qs));
            r.respondText(500, u"second"_qs);
        });
        RawClient client(m_server->port());
        client.send(rawRequest("GET", "/twice"));
        const Reply reply = client.read();
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("first"));
        // Nothing else arrived on the connection: the next response is the next request's.
        client.send(rawRequest("GET", "/twice"));
        QCOMPARE(client.read().body, QByteArray("first"));
    }

    void forgottenResponderAnswers500()
    {
        m_server->route("GET", u"/forgetful"_qs, [](const ServerRequest &, Responder) {});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"never answered"_qs));
        const Reply reply = fetch("GET", u"/forgetful"_qs);
        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.json()[u"error"_qs][u"message"_qs].toString(), u"no response"_qs);
    }

    void answeringAfterTheClientLeftIsHarmless()
    {
        Responder kept;
        m_server->route(
            "POST", u"/webhook"_qs, [&kept](const ServerRequest &, Responder r) { kept = r; });
        QSignalSpy handled(m_server.get(), &HttpServer::requestHandled);
        {
            RawClient client(m_server->port());
            client.send(rawRequest("POST", "/webhook", "{}"));
            QTRY_VERIFY(kept.isValid());
            QVERIFY(kept.isConnected());
            client.socket().disconnectFromHost();
        }
        QTRY_VERIFY(!kept.isConnected());
        kept.respond(200);
        QVERIFY(kept.isAnswered());
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.at(0).at(2).toInt(), 200);
    }

    void responderOutlivesTheServer()
    {
        Responder kept;
        m_server->route(
            "GET", u"/hold"_qs, [&kept](const ServerRequest &, Responder r) { kept = r; });
        RawClient client(m_server->port());
        client.send(rawRequest("GET", "/hold"));
        QTRY_VERIFY(kept.isValid());
        m_server.reset();
        QVERIFY(!kept.isConnected());
        kept.respond(200); // no server, no socket: nothing to do, nothing to crash
        QVERIFY(kept.isAnswered());
    }

    // One readable line per request; the query (hub.verify_token=…) never reaches the log.
    void requestLogLineHasNoQuery()
    {
        m_server->route("GET", u"/webhook"_qs, [](const ServerRequest &request, Responder r) {
            r.respondText(200, request.query.queryItemValue(u"hub.challenge"_qs));
        });
        Test::LogCapture log;
        QSignalSpy handled(m_server.get(), &HttpServer::requestHandled);
        const Reply reply = fetch("GET",
            u"/webhook?hub.mode=subscribe&hub.verify_token=S3CRET-V3RIFY&hub.challenge=77"_qs);
        QCOMPARE(reply.status, 200);
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.at(0).at(1).toString(), u"/webhook"_qs);
        const QStringList lines = log.lines().filter(u"deskline.net"_qs);
        const QStringList requestLines = lines.filter(
            QRegularExpression(u"^deskline\\.net: GET /webhook -> 200 in \\d+ ms"_qs));
        QCOMPARE(requestLines.size(), 1);
        QVERIFY2(!log.all().contains(u"S3CRET-V3RIFY"_qs), qPrintable(log.all()));
    }

    void malformedPatternsAreRejected()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"route ignored"_qs));
        m_server->route(
            "GET", u"no-slash"_qs, [](const ServerRequest &, Responder r) { r.respond(200); });
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"route ignored"_qs));
        m_server->route(
            "GET", u"/{open"_qs, [](const ServerRequest &, Responder r) { r.respond(200); });
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"route ignored"_qs));
        m_server->route(
            "GET", u"/{}"_qs, [](const ServerRequest &, Responder r) { r.respond(200); });
        QCOMPARE(fetch("GET", u"/{open"_qs).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_http_server.moc"
