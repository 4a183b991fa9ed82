#include "log_capture.h"
#include "net/http_job.h"
#include "net/http_server.h"
#include "net/logging.h"
#include "net/requester.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace Deskline::Net;
using namespace std::chrono_literals;

namespace {

// Fast, deterministic retries: 10 ms · 2^n capped at 40 ms; one Retry-After second lasts 100 ms.
RetryPolicy fastPolicy(int maxAttempts = 4)
{
    RetryOptions options;
    options.backoff = Backoff(10ms, 2.0, 40ms).seeded(7);
    options.maxAttempts = maxAttempts;
    options.retryAfterUnit = 100ms;
    return transientRetryPolicy(options);
}

// Collects the results a callback received.
struct Results
{
    QList<HttpResult> list;
    Requester::Callback callback()
    {
        return [this](const HttpResult &result) { list << result; };
    }
};

} // namespace

class TestRequester : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<Requester> m_requester;
    QList<Responder> m_held; // responders a test keeps unanswered
    QHash<QString, int> m_hits; // path → requests the server saw

    QUrl url(const QString &path) const { return m_server->baseUrl().resolved(QUrl(path)); }

    HttpRequest get(const QString &path) const
    {
        HttpRequest request = HttpRequest::get(url(path));
        request.timeout = 2s;
        return request;
    }

    // Counts every request, then lets `handler` answer it.
    void route(const QByteArray &method, const QString &path,
        std::function<void(int hit, const ServerRequest &, Responder)> handler)
    {
        m_server->route(
            method, path, [this, path, handler](const ServerRequest &request, Responder responder) {
                const int hit = ++m_hits[path];
                handler(hit, request, std::move(responder));
            });
    }
    void hold(const Responder &responder) { m_held << responder; }

private slots:
    void init()
    {
        m_server = std::make_unique<HttpServer>();
        QVERIFY(m_server->listen() != 0);
        m_requester = std::make_unique<Requester>();
        m_requester->setDefaultPolicy(fastPolicy());
        m_hits.clear();
    }
    void cleanup()
    {
        m_requester.reset();
        for (Responder &responder : m_held) {
            if (!responder.isAnswered())
                responder.respond(503);
        }
        m_held.clear();
        m_server.reset();
    }

    void success()
    {
        route("GET", u"/ok"_qs, [](int, const ServerRequest &, Responder r) {
            r.respondJson(200, QJsonObject {{u"id"_qs, u"wamid.1"_qs}}, {{"X-Trace", "t-1"}});
        });
        Results results;
        QObject context;
        HttpJob *job = m_requester->send(get(u"/ok"_qs), &context, results.callback());
        QVERIFY(job);
        QCOMPARE(m_requester->inFlightCount(), 1);
        QTRY_COMPARE(results.list.size(), 1);
        const HttpResult &result = results.list.first();
        QVERIFY(result.isSuccess());
        QCOMPARE(result.status, 200);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(result.error, NetError::None);
        QCOMPARE(result.header("x-trace"), QByteArray("t-1"));
        QCOMPARE(QJsonDocument::fromJson(result.body).object().value(u"id"_qs).toString(),
            u"wamid.1"_qs);
        QCOMPARE(m_requester->inFlightCount(), 0);
        QCOMPARE(m_hits.value(u"/ok"_qs), 1);
    }

    void postSendsBodyAndHeaders()
    {
        ServerRequest seen;
        route("POST", u"/v21.0/{id}/messages"_qs,
            [&seen](int, const ServerRequest &request, Responder r) {
                seen = request;
                r.respond(200, "{}", "application/json");
            });
        HttpRequest request
            = HttpRequest::post(url(u"/v21.0/42/messages"_qs), "{\"to\":\"15550001\"}");
        request.setHeader("Authorization", "Bearer abc").setHeader("authorization", "Bearer xyz");
        Results results;
        m_requester->send(request, this, results.callback());
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.list.first().status, 200);
        QCOMPARE(seen.body, QByteArray("{\"to\":\"15550001\"}"));
        QCOMPARE(seen.header("content-type"), QByteArray("application/json"));
        QCOMPARE(seen.header("Authorization"), QByteArray("Bearer xyz")); // setHeader replaced it
        QCOMPARE(seen.pathParam(u"id"_qs), u"42"_qs);
    }

    void multipartUpload()
    {
        ServerRequest seen;
        route("POST", u"/v21.0/{id}/media"_qs,
            [&seen](int, const ServerRequest &request, Responder r) {
                seen = request;
                r.respondJson(200, QJsonObject {{u"id"_qs, u"media-1"_qs}});
            });
        HttpRequest request;
        request.method = HttpMethod::Post;
        request.url = url(u"/v21.0/42/media"_qs);
        request.setHeader("Content-Type", "application/json"); // replaced by the multipart type
        request.parts = {{"messaging_product", {}, {}, "whatsapp"},
            {"file", u"фото \"1\".jpg"_qs, "image/jpeg", QByteArray("\xff\xd8\xff\x00jpeg", 8)}};
        Results results;
        m_requester->send(request, this, results.callback());
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.list.first().status, 200);
        QVERIFY2(seen.header("content-type").startsWith("multipart/form-data; boundary="),
            seen.header("content-type").constData());
        QVERIFY(seen.body.contains("Content-Disposition: form-data; name=\"messaging_product\"\r\n"
                                   "\r\nwhatsapp\r\n"));
        QVERIFY(seen.body.contains("name=\"file\"; filename=\"фото %221%22.jpg\""));
        QVERIFY(seen.body.contains("Content-Type: image/jpeg"));
        QVERIFY(seen.body.contains(QByteArray("\xff\xd8\xff\x00jpeg", 8)));
    }

    void timeoutThenRetryThenSuccess()
    {
        route("GET", u"/slow"_qs, [this](int hit, const ServerRequest &, Responder r) {
            if (hit == 1)
                hold(r); // answered only in cleanup(), long after the client gave up
            else
                r.respondText(200, u"finally"_qs);
        });
        HttpRequest request = get(u"/slow"_qs);
        request.timeout = 200ms;
        Results results;
        QElapsedTimer clock;
        clock.start();
        HttpJob *job = m_requester->send(request, this, results.callback());
        QSignalSpy retrying(job, &HttpJob::retrying);
        QTRY_COMPARE(results.list.size(), 1);
        QVERIFY(clock.elapsed() >= 200);
        const HttpResult &result = results.list.first();
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, QByteArray("finally"));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(m_hits.value(u"/slow"_qs), 2);
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.at(0).at(0).toInt(), 2);
        const auto last = retrying.at(0).at(2).value<HttpResult>();
        QCOMPARE(last.error, NetError::Timeout);
        QCOMPARE(last.status, 0);
        // The first connection was dropped by the client on timeout.
        QTRY_VERIFY(!m_held.first().isConnected());
    }

    void timeoutEveryTimeEndsAsTimeout()
    {
        route("GET", u"/never"_qs, [this](int, const ServerRequest &, Responder r) { hold(r); });
        HttpRequest request = get(u"/never"_qs);
        request.timeout = 100ms;
        request.maxAttempts = 2;
        Results results;
        m_requester->send(request, this, results.callback());
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.list.first().error, NetError::Timeout);
        QCOMPARE(results.list.first().attempts, 2);
        QVERIFY(!results.list.first().hasResponse());
        QCOMPARE(m_hits.value(u"/never"_qs), 2);
    }

    void serviceUnavailableRetriedThenSucceeds()
    {
        route("GET", u"/flaky"_qs, [](int hit, const ServerRequest &, Responder r) {
            if (hit < 3)
                r.respondJson(503, Responder::errorBody(u"busy"_qs));
            else
                r.respondText(200, u"ok"_qs);
        });
        Results results;
        HttpJob *job = m_requester->send(get(u"/flaky"_qs), this, results.callback());
        QSignalSpy retrying(job, &HttpJob::retrying);
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.list.first().status, 200);
        QCOMPARE(results.list.first().attempts, 3);
        QCOMPARE(m_hits.value(u"/flaky"_qs), 3);
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(retrying.at(1).at(2).value<HttpResult>().status, 503);
        QVERIFY(retrying.at(1).at(1).toLongLong() <= 20); // second retry: ceiling 20 ms
    }

    void retriesStopAtMaxAttempts()
    {
        route("GET", u"/down"_qs, [](int, const ServerRequest &, Responder r) {
            r.respondJson(500, Responder::errorBody(u"down"_qs));
        });
        HttpRequest request = get(u"/down"_qs);
        request.maxAttempts = 3; // the request's cap wins over the policy's 4
        Results results;
        m_requester->send(request, this, results.callback());
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.list.first().status, 500);
        QCOMPARE(results.list.first().attempts, 3);
        QCOMPARE(results.list.first().errorString, u"HTTP 500 Internal Server Error"_qs);
        QCOMPARE(m_hits.value(u"/down"_qs), 3);
    }

    void badRequestIsNotRetriedByDefault()
    {
        route("POST", u"/bad"_qs, [](int, const ServerRequest &, Responder r) {
            r.respondJson(400, QJsonObject {{u"error"_qs, QJsonObject {{u"code"_qs, 100}}}});
        });
        Results results;
        m_requester->send(HttpRequest::post(url(u"/bad"_qs), "{}"), this, results.callback(),
            defaultRetryPolicy());
        QTRY_COMPARE(results.list.size(), 1);
        const HttpResult &result = results.list.first();
        QCOMPARE(result.status, 400);
        QCOMPARE(result.error, NetError::None); // the server answered: not a network error
        QCOMPARE(result.attempts, 1);
        QVERIFY(result.body.contains("\"code\":100"));
        QVERIFY(!result.isSuccess());
        QTest::qWait(0); // let a wrongly scheduled retry reach the server if there were one
        QCOMPARE(m_hits.value(u"/bad"_qs), 1);
    }

    void retryAfterIsHonouredAsMinimum()
    {
        QElapsedTimer sinceFirstHit;
        route("GET", u"/limited"_qs, [&sinceFirstHit](int hit, const ServerRequest &, Responder r) {
            if (hit == 1) {
                sinceFirstHit.start();
                r.respondJson(429, Responder::errorBody(u"slow down"_qs), {{"Retry-After", "3"}});
                return;
            }
            r.respondText(200, QString::number(sinceFirstHit.elapsed()));
        });
        // Without Retry-After this policy would wait at most 10 ms before the first retry.
        Results results;
        HttpJob *job = m_requester->send(get(u"/limited"_qs), this, results.callback());
        QSignalSpy retrying(job, &HttpJob::retrying);
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.list.first().status, 200);
        QCOMPARE(results.list.first().attempts, 2);
        QCOMPARE(retrying.size(), 1);
        const auto last = retrying.at(0).at(2).value<HttpResult>();
        QCOMPARE(last.status, 429);
        QCOMPARE(last.retryAfterSeconds, std::optional<qint64>(3));
        QVERIFY(retrying.at(0).at(1).toLongLong() >= 300); // 3 × 100 ms
        // Server side: the retry arrived no sooner than Retry-After allowed.
        const QByteArray gap = results.list.first().body;
        QVERIFY2(gap.toLongLong() >= 300, gap.constData());
    }

    // Two identical in-flight GETs share one network request and both get the result.
    void identicalGetsAreMerged()
    {
        route("GET", u"/templates"_qs, [](int, const ServerRequest &, Responder r) {
            QTimer::singleShot(20, [r]() mutable { r.respondText(200, u"templates"_qs); });
        });
        HttpRequest request = get(u"/templates?limit=50"_qs);
        request.mergeable = true;
        request.setHeader("Authorization", "Bearer same");
        Results first, second;
        QObject a, b;
        HttpJob *one = m_requester->send(request, &a, first.callback());
        HttpJob *two = m_requester->send(request, &b, second.callback());
        QCOMPARE(one, two);
        QCOMPARE(m_requester->inFlightCount(), 1);
        QTRY_COMPARE(second.list.size(), 1);
        QCOMPARE(first.list.size(), 1);
        QCOMPARE(first.list.first().body, QByteArray("templates"));
        QCOMPARE(second.list.first().body, QByteArray("templates"));
        QCOMPARE(m_hits.value(u"/templates"_qs), 1);
        QCOMPARE(m_requester->inFlightCount(), 0);

        // Once finished, the same GET goes to the network again.
        Results third;
        m_requester->send(request, &a, third.callback());
        QTRY_COMPARE(third.list.size(), 1);
        QCOMPARE(m_hits.value(u"/templates"_qs), 2);
    }

    void differentRequestsAreNotMerged_data()
    {
        QTest::addColumn<bool>("mergeable");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("secondPath");
        QTest::addColumn<QByteArray>("secondToken");
        QTest::newRow("not mergeable")
            << false << QByteArray("GET") << u"/r?x=1"_qs << QByteArray("Bearer one");
        QTest::newRow("other header value")
            << true << QByteArray("GET") << u"/r?x=1"_qs << QByteArray("Bearer two");
        QTest::newRow("other query")
            << true << QByteArray("GET") << u"/r?x=2"_qs << QByteArray("Bearer one");
        QTest::newRow("POST never merges")
            << true << QByteArray("POST") << u"/r?x=1"_qs << QByteArray("Bearer one");
    }
    void differentRequestsAreNotMerged()
    {
        QFETCH(bool, mergeable);
        QFETCH(QByteArray, method);
        QFETCH(QString, secondPath);
        QFETCH(QByteArray, secondToken);
        route(method, u"/r"_qs, [](int, const ServerRequest &, Responder r) {
            QTimer::singleShot(20, [r]() mutable { r.respond(200); });
        });
        HttpRequest first = get(u"/r?x=1"_qs);
        first.method = method == "POST" ? HttpMethod::Post : HttpMethod::Get;
        first.mergeable = mergeable;
        first.setHeader("Authorization", "Bearer one");
        HttpRequest second = first;
        second.url = url(secondPath);
        second.setHeader("Authorization", secondToken);
        Results results;
        HttpJob *one = m_requester->send(first, this, results.callback());
        HttpJob *two = m_requester->send(second, this, results.callback());
        QVERIFY(one != two);
        QCOMPARE(m_requester->inFlightCount(), 2);
        QTRY_COMPARE(results.list.size(), 2);
        QCOMPARE(m_hits.value(u"/r"_qs), 2);
    }

    void headerOrderAndCaseDoNotPreventMerging()
    {
        route("GET", u"/m"_qs, [](int, const ServerRequest &, Responder r) {
            QTimer::singleShot(20, [r]() mutable { r.respond(200); });
        });
        HttpRequest first = get(u"/m"_qs);
        first.mergeable = true;
        first.headers = {{"Authorization", "Bearer t"}, {"Accept", "application/json"}};
        HttpRequest second = first;
        second.headers = {{"accept", "application/json"}, {"authorization", "Bearer t"}};
        Results results;
        QCOMPARE(m_requester->send(first, this, results.callback()),
            m_requester->send(second, this, results.callback()));
        QTRY_COMPARE(results.list.size(), 2);
        QCOMPARE(m_hits.value(u"/m"_qs), 1);
    }

    void destroyedContextGetsNoCallbackAndAbandonsTheJob()
    {
        route("GET", u"/hold"_qs, [this](int, const ServerRequest &, Responder r) { hold(r); });
        Results results;
        auto *context = new QObject;
        QPointer<HttpJob> job = m_requester->send(get(u"/hold"_qs), context, results.callback());
        QTRY_COMPARE(m_held.size(), 1); // the request reached the server
        QVERIFY(m_held.first().isConnected());
        delete context;
        QCOMPARE(m_requester->inFlightCount(), 0);
        QTRY_VERIFY(job.isNull()); // abandoned jobs delete themselves
        QTRY_VERIFY(!m_held.first().isConnected()); // and drop their connection
        m_held.first().respond(200);
        QTest::qWait(20);
        QVERIFY(results.list.isEmpty());
    }

    void mergedJobLivesWhileOneContextLives()
    {
        route("GET", u"/hold"_qs, [this](int, const ServerRequest &, Responder r) { hold(r); });
        HttpRequest request = get(u"/hold"_qs);
        request.mergeable = true;
        Results dead, alive;
        auto *gone = new QObject;
        QObject stays;
        QPointer<HttpJob> job = m_requester->send(request, gone, dead.callback());
        m_requester->send(request, &stays, alive.callback());
        QTRY_COMPARE(m_held.size(), 1);
        delete gone;
        QCOMPARE(m_requester->inFlightCount(), 1);
        QVERIFY(job);
        m_held.first().respondText(200, u"for the living"_qs);
        QTRY_COMPARE(alive.list.size(), 1);
        QCOMPARE(alive.list.first().body, QByteArray("for the living"));
        QVERIFY(dead.list.isEmpty());
    }

    void allMergedContextsDestroyedAbandonsTheJob()
    {
        route("GET", u"/hold"_qs, [this](int, const ServerRequest &, Responder r) { hold(r); });
        HttpRequest request = get(u"/hold"_qs);
        request.mergeable = true;
        Results results;
        auto *a = new QObject;
        auto *b = new QObject;
        QPointer<HttpJob> job = m_requester->send(request, a, results.callback());
        m_requester->send(request, b, results.callback());
        QTRY_COMPARE(m_held.size(), 1);
        delete a;
        QVERIFY(job && job->isActive());
        delete b;
        QVERIFY(!job || !job->isActive());
        QCOMPARE(m_requester->inFlightCount(), 0);
        QTRY_VERIFY(job.isNull());
        QTRY_VERIFY(!m_held.first().isConnected());
        QVERIFY(results.list.isEmpty());
    }

    void destroyingTheRequesterAbandonsEverything()
    {
        route("GET", u"/hold"_qs, [this](int, const ServerRequest &, Responder r) { hold(r); });
        bool called = false;
        QPointer<HttpJob> job = m_requester->send(
            get(u"/hold"_qs), this, [&called](const HttpResult &) { called = true; });
        m_requester->send(
            get(u"/hold"_qs), nullptr, [&called](const HttpResult &) { called = true; });
        QTRY_COMPARE(m_held.size(), 2);
        m_requester.reset();
        QVERIFY(job.isNull());
        QTRY_VERIFY(!m_held.at(0).isConnected());
        QTRY_VERIFY(!m_held.at(1).isConnected());
        m_held[0].respond(200);
        m_held[1].respond(200);
        QTest::qWait(20);
        QVERIFY(!called);
    }

    void destroyingTheRequesterFromACallbackStopsTheOthers()
    {
        route(
            "GET", u"/shared"_qs, [](int, const ServerRequest &, Responder r) { r.respond(200); });
        HttpRequest request = get(u"/shared"_qs);
        request.mergeable = true;
        int calls = 0;
        m_requester->send(request, this, [this, &calls](const HttpResult &) {
            ++calls;
            m_requester.reset();
        });
        m_requester->send(request, this, [&calls](const HttpResult &) { ++calls; });
        QTRY_VERIFY(!m_requester);
        QTest::qWait(20);
        QCOMPARE(calls, 1);
    }

    void abandoningAJobDirectly()
    {
        route("GET", u"/hold"_qs, [this](int, const ServerRequest &, Responder r) { hold(r); });
        Results results;
        QPointer<HttpJob> job = m_requester->send(get(u"/hold"_qs), this, results.callback());
        QSignalSpy finished(job.data(), &HttpJob::finished);
        QTRY_COMPARE(m_held.size(), 1);
        job->abandon();
        QCOMPARE(job->state(), HttpJob::State::Abandoned);
        QCOMPARE(m_requester->inFlightCount(), 0);
        QTRY_VERIFY(job.isNull());
        m_held.first().respond(200);
        QTest::qWait(20);
        QCOMPARE(finished.size(), 0);
        QVERIFY(results.list.isEmpty());
    }

    void connectionRefusedIsANetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        HttpRequest request = HttpRequest::get(
            QUrl(u"http://127.0.0.1:"_qs + QString::number(closedPort) + u"/x"_qs));
        request.maxAttempts = 2;
        Results results;
        HttpJob *job = m_requester->send(request, this, results.callback());
        QSignalSpy retrying(job, &HttpJob::retrying);
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.list.first().error, NetError::ConnectionRefused);
        QCOMPARE(results.list.first().status, 0);
        QCOMPARE(results.list.first().attempts, 2);
        QCOMPARE(retrying.size(), 1);
    }

    void invalidUrlFailsAtOnceWithoutRetry_data()
    {
        QTest::addColumn<QUrl>("target");
        QTest::newRow("empty") << QUrl();
        QTest::newRow("no host") << QUrl(u"http:///v21.0/me"_qs);
        QTest::newRow("ftp") << QUrl(u"ftp://127.0.0.1/file"_qs);
        QTest::newRow("relative") << QUrl(u"/v21.0/me"_qs);
    }
    void invalidUrlFailsAtOnceWithoutRetry()
    {
        QFETCH(QUrl, target);
        Results results;
        HttpJob *job = m_requester->send(HttpRequest::get(target), this, results.callback());
        QSignalSpy retrying(job, &HttpJob::retrying);
        QVERIFY(results.list.isEmpty()); // never from inside send()
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.list.first().error, NetError::InvalidRequest);
        QCOMPARE(results.list.first().attempts, 1);
        QCOMPARE(retrying.size(), 0);
    }

    // A job on its own: exactly one finished(), then it deletes itself.
    void standaloneJobFinishesOnceAndDeletesItself()
    {
        route("GET", u"/ok"_qs, [](int, const ServerRequest &, Responder r) { r.respond(204); });
        QNetworkAccessManager network;
        QPointer<HttpJob> job = new HttpJob(&network, get(u"/ok"_qs), noRetryPolicy());
        QSignalSpy finished(job.data(), &HttpJob::finished);
        QCOMPARE(job->state(), HttpJob::State::Idle);
        job->start();
        QCOMPARE(job->state(), HttpJob::State::Running);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<HttpResult>().status, 204);
        QTRY_VERIFY(job.isNull());
        QCOMPARE(finished.size(), 1);
    }

    // Neither the Authorization value nor an access_token in the query reaches a log line or an
    // error string — whatever happens to the request.
    void secretsNeverReachTheLog()
    {
        route("GET", u"/auth"_qs, [this](int hit, const ServerRequest &, Responder r) {
            if (hit == 1)
                r.respondJson(401, Responder::errorBody(u"bad token"_qs));
            else
                hold(r); // times out
        });
        const QByteArray token = "EAAG-SECRET-TOKEN-4242";
        const QString queryToken = u"QUERY-SECRET-9999"_qs;

        Test::LogCapture log;
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();

        const QList<QUrl> urls = {
            url(u"/auth?access_token="_qs + queryToken), // 401
            url(u"/auth?access_token="_qs + queryToken), // timeout
            QUrl(u"http://127.0.0.1:"_qs + QString::number(closedPort) + u"/auth?access_token="_qs
                + queryToken), // connection refused
        };
        Results results;
        for (qsizetype i = 0; i < urls.size(); ++i) {
            HttpRequest request = HttpRequest::get(urls.at(i));
            request.timeout = 150ms;
            request.setHeader("Authorization", "Bearer " + token);
            m_requester->send(request, this, results.callback(), noRetryPolicy());
            QTRY_COMPARE(results.list.size(), i + 1);
        }
        QCOMPARE(results.list.at(0).status, 401);
        QCOMPARE(results.list.at(1).error, NetError::Timeout);
        QCOMPARE(results.list.at(2).error, NetError::ConnectionRefused);

        const QString all = log.all();
        // The log did record these requests (with their headers, redacted)...
        QVERIFY2(all.contains(u"Authorization: Bearer \u2026"_qs), qPrintable(all));
        QVERIFY(all.contains(u"/auth"_qs));
        QVERIFY(all.contains(u"401"_qs));
        // ...and never the secrets.
        QVERIFY2(!all.contains(QString::fromLatin1(token)), qPrintable(all));
        QVERIFY2(!all.contains(queryToken), qPrintable(all));
        for (const HttpResult &result : std::as_const(results.list)) {
            QVERIFY(!result.errorString.contains(QString::fromLatin1(token)));
            QVERIFY(!result.errorString.contains(queryToken));
        }
        QVERIFY(!results.list.at(2).errorString.isEmpty());
    }

    void redaction()
    {
        QCOMPARE(redactedHeaderValue("Authorization", "Bearer EAAG123"),
            QByteArray("Bearer \xe2\x80\xa6"));
        QCOMPARE(redactedHeaderValue("authorization", "EAAG123"), QByteArray("\xe2\x80\xa6"));
        QCOMPARE(
            redactedHeaderValue("X-Hub-Signature-256", "sha256=ab"), QByteArray("\xe2\x80\xa6"));
        QCOMPARE(redactedHeaderValue("Accept", "application/json"), QByteArray("application/json"));
        QCOMPARE(
            redactedUrl(QUrl(u"https://user:pw@graph.facebook.com/v21.0/me?access_token=x#f"_qs)),
            u"https://graph.facebook.com/v21.0/me"_qs);
    }
};

QTEST_GUILESS_MAIN(TestRequester)
#include "tst_requester.moc"
