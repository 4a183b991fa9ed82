// Sends through the hub to deskline-sim and back by webhook: rules, idempotency, reconciliation.
#include "hub/server/agent_store.h"
#include "hub/server/hub_server.h"
#include "simulator/sim_server.h"
#include "test_database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Deskline;
using namespace Deskline::Hub;

class TestHubSends : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void freeFormInsideTheWindowIsForwardedOnce();
    void rulesRefuseBeforeAnyGraphCall();
    void graphErrorsComeBackInWords();
    void refreshBringsLinesAndTemplates();
    void interruptedSendIsSettledByItsStatus();
    void mediaAndReadReceiptsGoThroughTheHub();

private:
    struct Reply
    {
        int status = 0;
        QJsonObject json;
    };
    Reply send(const QString &key, const QJsonObject &body, const QString &line = QStringLiteral("106540352242922"),
               const QString &agent = QStringLiteral("anna"));
    void customerWrites(const QString &from);
    void startHub();
    qint64 count(const QString &sql);

    std::unique_ptr<Test::TestDatabase> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Sim::SimServer> m_sim;
    std::unique_ptr<HubServer> m_hub;
    QHash<QString, QByteArray> m_tokens;
    QNetworkAccessManager m_nam;
};

namespace {
const QString kLine = QStringLiteral("106540352242922");
const QString kOtherLine = QStringLiteral("106540352242923");
}

void TestHubSends::startHub()
{
    HubConfig config;
    config.databaseUrl = m_store->url();
    config.appSecret = "sim-secret";
    config.verifyToken = "verify";
    config.accessToken = "sim-token";
    config.graphUrl = m_sim->baseUrl();
    config.wabaId = m_sim->engine().business().wabaId;
    m_hub = std::make_unique<HubServer>(config, *m_clock);
    QString error;
    QVERIFY2(m_hub->open(&error), qPrintable(error));
    QVERIFY(m_hub->listen() != 0);
    m_sim->dispatcher().setUrl(QUrl(m_hub->baseUrl().toString() + u"/webhook"_qs)); // a restart moves the port
}

void TestHubSends::init()
{
    m_store = std::make_unique<Test::TestDatabase>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->error()));
    const EpochSeconds start = *parseIsoUtc(u"2026-11-21T09:00:00Z");
    m_clock = std::make_unique<ManualClock>(start);
    Sim::Business business = Sim::defaultBusiness();
    business.startsAt = start;
    Sim::SimServerConfig simConfig;
    simConfig.appSecret = "sim-secret";
    simConfig.accessToken = "sim-token";
    simConfig.speed = 0;
    m_sim = std::make_unique<Sim::SimServer>(business, simConfig);
    m_sim->dispatcher().setRetryBase(std::chrono::milliseconds(10));
    QVERIFY(m_sim->listen() != 0);
    startHub();
    QString error;
    QVERIFY(m_hub->agents().add(u"anna"_qs, Role::Agent, u"anna-password"_qs, {kLine}, &error));
    for (const QString &name : {u"anna"_qs}) {
        const auto session = m_hub->agents().login(name, name + u"-password"_qs, &error);
        QVERIFY(session);
        m_tokens.insert(name, "Bearer " + session->token);
    }
    // The initial refresh of lines and templates lands as events.
    QTRY_VERIFY(count(u"SELECT COUNT(*) FROM templates"_qs) == 7);
}

void TestHubSends::cleanup()
{
    m_hub.reset();
    m_sim.reset();
    m_store.reset();
}

qint64 TestHubSends::count(const QString &sql)
{
    QSqlQuery q(m_hub->database().sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

TestHubSends::Reply TestHubSends::send(const QString &key, const QJsonObject &body, const QString &line, const QString &agent)
{
    QNetworkRequest rq(QUrl(m_hub->baseUrl().toString() + u"/api/v1/lines/"_qs + line + u"/messages"_qs));
    rq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    rq.setRawHeader("Authorization", m_tokens.value(agent));
    rq.setRawHeader("Idempotency-Key", key.toUtf8());
    QNetworkReply *reply = m_nam.post(rq, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(20000))
        QTest::qFail("no answer from the hub", __FILE__, __LINE__);
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return r;
}

void TestHubSends::customerWrites(const QString &from)
{
    const qint64 before = count(u"SELECT COUNT(*) FROM messages WHERE direction = 'in'"_qs);
    m_sim->engine().injectInbound(QJsonObject{{u"phone_number_id"_qs, kLine}, {u"from"_qs, from}, {u"type"_qs, u"text"_qs},
                                              {u"text"_qs, QJsonObject{{u"body"_qs, u"Здравствуйте"_qs}}}});
    m_sim->flush();
    QTRY_VERIFY(count(u"SELECT COUNT(*) FROM messages WHERE direction = 'in'"_qs) > before);
}

void TestHubSends::freeFormInsideTheWindowIsForwardedOnce()
{
    customerWrites(u"79161234567"_qs);
    const QJsonObject body{{u"to"_qs, u"79161234567"_qs}, {u"type"_qs, u"text"_qs},
                           {u"text"_qs, QJsonObject{{u"body"_qs, u"Добрый день!"_qs}}}};
    const Reply first = send(u"client-1"_qs, body);
    QCOMPARE(first.status, 200);
    const QString wamid = first.json.value(u"wamid").toString();
    QVERIFY(wamid.startsWith(u"wamid."_qs));
    const Reply again = send(u"client-1"_qs, body); // the console retries after a lost answer
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(u"wamid").toString(), wamid);
    QVERIFY(again.json.value(u"replayed").toBool());
    QCOMPARE(count(u"SELECT COUNT(*) FROM messages WHERE direction = 'out'"_qs), 1);
    // The simulator's statuses come back and reconcile with the client id.
    m_sim->advance(10);
    QTRY_COMPARE(count(u"SELECT COUNT(*) FROM messages WHERE client_id = 'client-1' AND status = 'read'"_qs), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM sends WHERE state = 'accepted'"_qs), 1);
}

void TestHubSends::rulesRefuseBeforeAnyGraphCall()
{
    customerWrites(u"79160000001"_qs);
    m_clock->advance(24 * 3600 + 1);
    QString error;
    m_tokens.insert(u"anna"_qs, "Bearer " + m_hub->agents().login(u"anna"_qs, u"anna-password"_qs, &error)->token); // a day later
    const Reply late = send(u"client-2"_qs, QJsonObject{{u"to"_qs, u"79160000001"_qs}, {u"type"_qs, u"text"_qs},
                                                        {u"text"_qs, QJsonObject{{u"body"_qs, u"Вы тут?"_qs}}}});
    QCOMPARE(late.status, 409);
    QCOMPARE(late.json.value(u"error").toObject().value(u"reason").toString(), u"outside_service_window"_qs);
    const Reply paused = send(u"client-3"_qs, QJsonObject{{u"to"_qs, u"79160000001"_qs}, {u"type"_qs, u"template"_qs},
        {u"template"_qs, QJsonObject{{u"name"_qs, u"feedback_request"_qs}, {u"language"_qs, QJsonObject{{u"code"_qs, u"en_US"_qs}}}}}});
    QCOMPARE(paused.status, 409);
    QCOMPARE(paused.json.value(u"error").toObject().value(u"status").toString(), u"PAUSED"_qs);
    const Reply forbidden = send(u"client-4"_qs, QJsonObject{{u"to"_qs, u"79160000001"_qs}, {u"type"_qs, u"template"_qs}}, kOtherLine);
    QCOMPARE(forbidden.status, 403);
    const Reply noKey = send(QString(), QJsonObject{{u"to"_qs, u"1"_qs}});
    QCOMPARE(noKey.status, 400);
    QCOMPARE(count(u"SELECT COUNT(*) FROM sends"_qs), 0); // nothing was spent
}

void TestHubSends::graphErrorsComeBackInWords()
{
    const QJsonArray oneParameter{QJsonObject{{u"type"_qs, u"body"_qs},
                                              {u"parameters"_qs, QJsonArray{QJsonObject{{u"type"_qs, u"text"_qs}, {u"text"_qs, u"x"_qs}}}}}};
    const Reply r = send(u"client-5"_qs, QJsonObject{{u"to"_qs, u"79160000002"_qs}, {u"type"_qs, u"template"_qs},
        {u"template"_qs, QJsonObject{{u"name"_qs, u"reservation_confirmation"_qs}, {u"language"_qs, QJsonObject{{u"code"_qs, u"ru"_qs}}},
                                     {u"components"_qs, oneParameter}}}});
    QCOMPARE(r.status, 422);
    const QJsonObject e = r.json.value(u"error").toObject();
    QCOMPARE(e.value(u"code").toInt(), 132000);
    QCOMPARE(e.value(u"retry").toString(), u"after_action"_qs);
    QVERIFY(!e.value(u"message").toString().isEmpty());
    QCOMPARE(send(u"client-5"_qs, QJsonObject{{u"to"_qs, u"x"_qs}}).status, 422); // same key, same answer
    QCOMPARE(m_hub->eventLog().after(0, 1000).last().kind, u"send.failed"_qs);
}

void TestHubSends::refreshBringsLinesAndTemplates()
{
    QCOMPARE(count(u"SELECT COUNT(*) FROM lines"_qs), 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM templates WHERE status = 'APPROVED'"_qs), 4);
    QTRY_COMPARE(count(u"SELECT COUNT(*) FROM events WHERE kind = 'billing.analytics'"_qs), 1);
    const qint64 seq = m_hub->eventLog().lastSeq();
    m_hub->refreshFromGraph(); // nothing changed: nothing appended
    m_hub->refreshAnalytics();
    QTest::qWait(200); // give a wrong append a chance to show
    QCOMPARE(m_hub->eventLog().lastSeq(), seq);
}

void TestHubSends::interruptedSendIsSettledByItsStatus()
{
    customerWrites(u"79160000003"_qs);
    // A send recorded but never answered: the hub died between the commit and the reply.
    QSqlQuery q(m_hub->database().sql());
    QVERIFY(q.exec(u"INSERT INTO sends(idempotency_key, agent, phone_number_id, request, state, created_at, updated_at)"
                   " VALUES ('client-9', 'anna', '106540352242922', '{}', 'pending', 0, 0)"_qs));
    m_hub.reset();
    startHub();
    QCOMPARE(count(u"SELECT COUNT(*) FROM sends WHERE state = 'unconfirmed'"_qs), 1);
    const Reply r = send(u"client-9"_qs, QJsonObject{{u"to"_qs, u"79160000003"_qs}, {u"type"_qs, u"text"_qs},
                                                     {u"text"_qs, QJsonObject{{u"body"_qs, u"?"_qs}}}});
    QCOMPARE(r.status, 202); // never resent blindly
    QCOMPARE(r.json.value(u"state").toString(), u"unconfirmed"_qs);
    // Meta had it after all: its status, carrying the client id, settles the send.
    m_sim->engine().postMessages(kLine, QJsonObject{{u"messaging_product"_qs, u"whatsapp"_qs}, {u"to"_qs, u"79160000003"_qs},
                                                    {u"type"_qs, u"text"_qs}, {u"text"_qs, QJsonObject{{u"body"_qs, u"?"_qs}}},
                                                    {u"biz_opaque_callback_data"_qs, u"client-9"_qs}});
    m_sim->flush();
    QTRY_COMPARE(count(u"SELECT COUNT(*) FROM sends WHERE idempotency_key = 'client-9' AND state = 'accepted' AND wamid IS NOT NULL"_qs), 1);
}

void TestHubSends::mediaAndReadReceiptsGoThroughTheHub()
{
    const QByteArray bytes("%PDF-1.4 счёт", 15);
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/pdf"));
    file.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"file\"; filename=\"invoice.pdf\""));
    file.setBody(bytes);
    multipart->append(file);
    QNetworkRequest upload(QUrl(m_hub->baseUrl().toString() + u"/api/v1/lines/"_qs + kLine + u"/media"_qs));
    upload.setRawHeader("Authorization", m_tokens.value(u"anna"_qs));
    QNetworkReply *reply = m_nam.post(upload, multipart);
    multipart->setParent(reply);
    QSignalSpy uploaded(reply, &QNetworkReply::finished);
    QVERIFY(uploaded.wait(20000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QString id = QJsonDocument::fromJson(reply->readAll()).object().value(u"id").toString();
    QVERIFY(!id.isEmpty());
    reply->deleteLater();

    QNetworkRequest download(QUrl(m_hub->baseUrl().toString() + u"/api/v1/media/"_qs + id));
    download.setRawHeader("Authorization", m_tokens.value(u"anna"_qs));
    QNetworkReply *got = m_nam.get(download);
    QSignalSpy downloaded(got, &QNetworkReply::finished);
    QVERIFY(downloaded.wait(20000));
    QCOMPARE(got->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(got->readAll(), bytes);
    QCOMPARE(got->header(QNetworkRequest::ContentTypeHeader).toString(), u"application/pdf"_qs);
    got->deleteLater();

    QNetworkRequest read(QUrl(m_hub->baseUrl().toString() + u"/api/v1/lines/"_qs + kLine + u"/read"_qs));
    read.setRawHeader("Authorization", m_tokens.value(u"anna"_qs));
    read.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *marked = m_nam.post(read, QJsonDocument(QJsonObject{{u"message_id"_qs, u"wamid.IN1"_qs}, {u"typing"_qs, true}}).toJson());
    QSignalSpy markedDone(marked, &QNetworkReply::finished);
    QVERIFY(markedDone.wait(20000));
    QCOMPARE(marked->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    marked->deleteLater();

    QNetworkRequest other(QUrl(m_hub->baseUrl().toString() + u"/api/v1/lines/"_qs + kOtherLine + u"/read"_qs));
    other.setRawHeader("Authorization", m_tokens.value(u"anna"_qs));
    QNetworkReply *denied = m_nam.post(other, QByteArray("{\"message_id\":\"x\"}"));
    QSignalSpy deniedDone(denied, &QNetworkReply::finished);
    QVERIFY(deniedDone.wait(20000));
    QCOMPARE(denied->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
    denied->deleteLater();
}

QTEST_GUILESS_MAIN(TestHubSends)
#include "tst_hub_sends.moc"
