// The hub on a real socket, on both stores: ingest, event log, API, stream, assignment, roles.
#include "hub/server/agent_store.h"
#include "hub/server/hub_server.h"
#include "test_database.h"

#include "cloud/signature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QWebSocket>

using namespace Deskline;
using namespace Deskline::Hub;

class TestHub : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void verifyHandshake();
    void refusesForgedOrMissingSignatures();
    void refusesMalformedAndOversized();
    void duplicatesBecomeOneEvent();
    void statusesOnlyMoveForwardInAnyOrder();
    void concurrentWebhooksAreGroupCommittedWithoutGaps();
    void eventsApiNeedsATokenAndPages();
    void streamResumesWithoutGapOrRepeat();
    void claimsAreExclusive();
    void rolesLimitWhatAnAgentSees();
    void unknownFieldsAreStoredAndCounted();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
    };
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply postWebhook(const QByteArray &body, const QByteArray &secret = "hub-app-secret");
    QByteArray login(const QString &name);
    void startHub();
    qint64 lastSeq();

    std::unique_ptr<Test::TestDatabase> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<HubServer> m_hub;
    QNetworkAccessManager m_nam;
};

namespace {

const QString kLineA = QStringLiteral("555000111");
const QString kLineB = QStringLiteral("555000222");

QByteArray inbound(const QString &line, const QString &from, const QString &wamid, qint64 ts, const QString &text)
{
    const QJsonObject value{
        {u"messaging_product"_qs, u"whatsapp"_qs},
        {u"metadata"_qs, QJsonObject{{u"display_phone_number"_qs, QString(u"1555"_qs + line.right(4))}, {u"phone_number_id"_qs, line}}},
        {u"contacts"_qs, QJsonArray{QJsonObject{{u"profile"_qs, QJsonObject{{u"name"_qs, u"Айгюль"_qs}}}, {u"wa_id"_qs, from}}}},
        {u"messages"_qs, QJsonArray{QJsonObject{{u"from"_qs, from}, {u"id"_qs, wamid}, {u"timestamp"_qs, QString::number(ts)},
                                                {u"type"_qs, u"text"_qs}, {u"text"_qs, QJsonObject{{u"body"_qs, text}}}}}}};
    const QJsonObject root{{u"object"_qs, u"whatsapp_business_account"_qs},
                           {u"entry"_qs, QJsonArray{QJsonObject{{u"id"_qs, u"880011"_qs},
                                                                {u"changes"_qs, QJsonArray{QJsonObject{{u"field"_qs, u"messages"_qs}, {u"value"_qs, value}}}}}}}};
    return Cloud::metaEscapedJson(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

QByteArray statuses(const QString &line, const QString &wamid, const QList<QPair<QString, qint64>> &list)
{
    QJsonArray items;
    for (const auto &[status, ts] : list)
        items.append(QJsonObject{{u"id"_qs, wamid}, {u"status"_qs, status}, {u"timestamp"_qs, QString::number(ts)},
                                 {u"recipient_id"_qs, u"79161234567"_qs},
                                 {u"pricing"_qs, QJsonObject{{u"billable"_qs, false}, {u"pricing_model"_qs, u"PMP"_qs},
                                                            {u"type"_qs, u"free_customer_service"_qs}, {u"category"_qs, u"service"_qs}}}});
    const QJsonObject value{{u"messaging_product"_qs, u"whatsapp"_qs},
                            {u"metadata"_qs, QJsonObject{{u"phone_number_id"_qs, line}}},
                            {u"statuses"_qs, items}};
    const QJsonObject root{{u"object"_qs, u"whatsapp_business_account"_qs},
                           {u"entry"_qs, QJsonArray{QJsonObject{{u"id"_qs, u"880011"_qs},
                                                                {u"changes"_qs, QJsonArray{QJsonObject{{u"field"_qs, u"messages"_qs}, {u"value"_qs, value}}}}}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

void TestHub::startHub()
{
    HubConfig config;
    config.databaseUrl = m_store->url();
    config.appSecret = "hub-app-secret";
    config.verifyToken = "hub-verify-token";
    config.accessToken = "graph-token";
    m_hub = std::make_unique<HubServer>(config, *m_clock);
    QString error;
    QVERIFY2(m_hub->open(&error), qPrintable(error));
    QVERIFY(m_hub->listen() != 0);
}

void TestHub::init()
{
    m_store = std::make_unique<Test::TestDatabase>();
    QVERIFY2(m_store->isValid(), qPrintable(m_store->error()));
    m_clock = std::make_unique<ManualClock>(*parseIsoUtc(u"2026-11-21T09:00:00Z"));
    startHub();
    QString error;
    QVERIFY2(m_hub->agents().add(u"anna"_qs, Role::Agent, u"anna-password"_qs, {kLineA}, &error), qPrintable(error));
    QVERIFY2(m_hub->agents().add(u"elif"_qs, Role::Agent, u"elif-password"_qs, {kLineA, kLineB}, &error), qPrintable(error));
    QVERIFY2(m_hub->agents().add(u"wei"_qs, Role::Supervisor, u"wei-password"_qs, {}, &error), qPrintable(error));
}

void TestHub::cleanup()
{
    m_hub.reset();
    m_store.reset();
}

TestHub::Reply TestHub::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest rq(QUrl(m_hub->baseUrl().toString() + path));
    rq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[k, v] : headers)
        rq.setRawHeader(k, v);
    QNetworkReply *reply = m_nam.sendCustomRequest(rq, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(20000))
        QTest::qFail("no answer from the hub", __FILE__, __LINE__);
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return r;
}

TestHub::Reply TestHub::postWebhook(const QByteArray &body, const QByteArray &secret)
{
    return request("POST", u"/webhook"_qs, body, {{"X-Hub-Signature-256", Cloud::WebhookSignature::sign(body, secret)}});
}

QByteArray TestHub::login(const QString &name)
{
    const Reply r = request("POST", u"/api/v1/login"_qs,
                            QJsonDocument(QJsonObject{{u"name"_qs, name}, {u"password"_qs, QString(name + u"-password"_qs)}}).toJson());
    if (r.status != 200)
        QTest::qFail("login failed", __FILE__, __LINE__);
    return "Bearer " + QJsonDocument::fromJson(r.body).object().value(u"token").toString().toLatin1();
}

qint64 TestHub::lastSeq()
{
    return m_hub->eventLog().lastSeq();
}

void TestHub::verifyHandshake()
{
    Reply ok = request("GET", u"/webhook?hub.mode=subscribe&hub.verify_token=hub-verify-token&hub.challenge=1158201444"_qs);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.body, QByteArray("1158201444"));
    QCOMPARE(request("GET", u"/webhook?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1"_qs).status, 403);
}

void TestHub::refusesForgedOrMissingSignatures()
{
    const QByteArray body = inbound(kLineA, u"79161234567"_qs, u"wamid.A1"_qs, 1795251600, u"Привет"_qs);
    QCOMPARE(postWebhook(body, "wrong-secret").status, 401);
    QCOMPARE(request("POST", u"/webhook"_qs, body).status, 401);
    QByteArray tampered = body;
    tampered.replace("wamid.A1", "wamid.A2");
    QCOMPARE(request("POST", u"/webhook"_qs, tampered, {{"X-Hub-Signature-256", Cloud::WebhookSignature::sign(body, "hub-app-secret")}}).status, 401);
    QCOMPARE(lastSeq(), 0); // nothing stored
    QVERIFY(m_hub->metrics().render().contains("deskline_webhooks_rejected_total{reason=\"bad_signature\"} 2"));
}

void TestHub::refusesMalformedAndOversized()
{
    QCOMPARE(postWebhook("{\"object\":\"whatsapp_business_account\",\"entry\":[").status, 400);
    QCOMPARE(postWebhook("{\"object\":\"page\",\"entry\":[]}").status, 400);
    QCOMPARE(postWebhook(QByteArray(3 * 1024 * 1024 + 1, ' ')).status, 413);
    QCOMPARE(lastSeq(), 0);
}

void TestHub::duplicatesBecomeOneEvent()
{
    const QByteArray body = inbound(kLineA, u"79161234567"_qs, u"wamid.D1"_qs, 1795251600, u"Здравствуйте"_qs);
    QCOMPARE(postWebhook(body).status, 200);
    QCOMPARE(postWebhook(body).status, 200); // Meta redelivers: acknowledged, not stored twice
    QCOMPARE(lastSeq(), 1);
    const auto events = m_hub->eventLog().after(0, 10);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, u"message.in"_qs);
    QCOMPARE(events.first().payload.value(u"text").toString(), u"Здравствуйте"_qs);
    QCOMPARE(events.first().payload.value(u"chat_key").toString(), kLineA + u"|79161234567"_qs);
}

void TestHub::statusesOnlyMoveForwardInAnyOrder()
{
    QCOMPARE(postWebhook(statuses(kLineA, u"wamid.O1"_qs, {{u"read"_qs, 130}, {u"sent"_qs, 100}})).status, 200);
    QCOMPARE(postWebhook(statuses(kLineA, u"wamid.O1"_qs, {{u"delivered"_qs, 105}})).status, 200);
    QSqlQuery q(m_hub->database().sql());
    QVERIFY(q.exec(u"SELECT status, sent_at, delivered_at, read_at FROM messages WHERE wamid = 'wamid.O1'"_qs) && q.next());
    QCOMPARE(q.value(0).toString(), u"read"_qs);
    QCOMPARE(q.value(1).toLongLong(), 100);
    QCOMPARE(q.value(2).toLongLong(), 105);
    QCOMPARE(q.value(3).toLongLong(), 130);
    // Billed once per message, whatever number of statuses carried `pricing`.
    QVERIFY(q.exec(u"SELECT SUM(total) FROM billing"_qs) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 1);
    QCOMPARE(lastSeq(), 3);
}

void TestHub::concurrentWebhooksAreGroupCommittedWithoutGaps()
{
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 60; ++i) {
        const QByteArray body = inbound(i % 2 ? kLineA : kLineB, u"7916000%1"_qs.arg(i, 4, 10, QLatin1Char('0')),
                                        u"wamid.C%1"_qs.arg(i), 1795251600 + i, u"msg %1"_qs.arg(i));
        QNetworkRequest rq(QUrl(m_hub->baseUrl().toString() + u"/webhook"_qs));
        rq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        rq.setRawHeader("X-Hub-Signature-256", Cloud::WebhookSignature::sign(body, "hub-app-secret"));
        replies.append(m_nam.post(rq, body));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }), 20000);
    for (QNetworkReply *r : replies) {
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        r->deleteLater();
    }
    const auto events = m_hub->eventLog().after(0, 1000);
    QCOMPARE(events.size(), 60);
    for (int i = 0; i < events.size(); ++i)
        QCOMPARE(events.at(i).seq, i + 1); // gap-free
}

void TestHub::eventsApiNeedsATokenAndPages()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(postWebhook(inbound(kLineA, u"79161234567"_qs, u"wamid.E%1"_qs.arg(i), 1795251600 + i, u"x"_qs)).status, 200);
    QCOMPARE(request("GET", u"/api/v1/events?after=0"_qs).status, 401);
    QCOMPARE(request("GET", u"/api/v1/events?after=0"_qs, {}, {{"Authorization", "Bearer not-a-token"}}).status, 401);
    const QByteArray token = login(u"anna"_qs);
    Reply r = request("GET", u"/api/v1/events?after=2&limit=2"_qs, {}, {{"Authorization", token}});
    QCOMPARE(r.status, 200);
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o.value(u"last_seq").toInteger(), 5);
    const QJsonArray events = o.value(u"events").toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).toObject().value(u"seq").toInteger(), 3);
    QCOMPARE(events.at(1).toObject().value(u"seq").toInteger(), 4);
    QCOMPARE(request("GET", u"/api/v1/events?after=-1"_qs, {}, {{"Authorization", token}}).status, 400);
    const Reply snapshot = request("GET", u"/api/v1/snapshot"_qs, {}, {{"Authorization", token}});
    QCOMPARE(snapshot.status, 200);
    const QJsonObject s = QJsonDocument::fromJson(snapshot.body).object();
    QCOMPARE(s.value(u"seq").toInteger(), 5);
    QCOMPARE(s.value(u"chats").toArray().size(), 1);
    QCOMPARE(s.value(u"messages").toArray().size(), 5);
}

void TestHub::streamResumesWithoutGapOrRepeat()
{
    for (int i = 0; i < 3; ++i)
        QCOMPARE(postWebhook(inbound(kLineA, u"79161234567"_qs, u"wamid.S%1"_qs.arg(i), 1795251600 + i, u"x"_qs)).status, 200);
    const QByteArray token = login(u"anna"_qs);
    QList<qint64> seen;
    auto open = [&](qint64 after) {
        auto *ws = new QWebSocket();
        connect(ws, &QWebSocket::textMessageReceived, this, [&seen](const QString &text) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            for (const QJsonValue &e : o.value(u"events").toArray())
                seen.append(e.toObject().value(u"seq").toInteger());
        });
        QUrl url(m_hub->baseUrl());
        url.setScheme(u"ws"_qs);
        url.setPath(u"/api/v1/stream"_qs);
        url.setQuery(u"after=%1"_qs.arg(after));
        QNetworkRequest rq(url);
        rq.setRawHeader("Authorization", token);
        ws->open(rq);
        return ws;
    };
    QWebSocket *ws = open(0);
    QTRY_COMPARE(seen, (QList<qint64>{1, 2, 3}));
    QCOMPARE(postWebhook(inbound(kLineA, u"79161234567"_qs, u"wamid.S3"_qs, 1795251700, u"live"_qs)).status, 200);
    QTRY_COMPARE(seen, (QList<qint64>{1, 2, 3, 4}));
    ws->close();
    delete ws;

    // The hub restarts; the console resumes after what it applied.
    m_hub.reset();
    startHub();
    QCOMPARE(postWebhook(inbound(kLineA, u"79161234567"_qs, u"wamid.S4"_qs, 1795251800, u"after restart"_qs)).status, 200);
    ws = open(seen.last());
    QTRY_COMPARE(seen, (QList<qint64>{1, 2, 3, 4, 5}));
    QCOMPARE(postWebhook(inbound(kLineA, u"79161234567"_qs, u"wamid.S4"_qs, 1795251800, u"duplicate"_qs)).status, 200);
    QCOMPARE(postWebhook(inbound(kLineA, u"79161234567"_qs, u"wamid.S5"_qs, 1795251900, u"x"_qs)).status, 200);
    QTRY_COMPARE(seen, (QList<qint64>{1, 2, 3, 4, 5, 6}));
    delete ws;

    auto *intruder = new QWebSocket();
    QSignalSpy closed(intruder, &QWebSocket::disconnected);
    QUrl url(m_hub->baseUrl());
    url.setScheme(u"ws"_qs);
    url.setPath(u"/api/v1/stream"_qs);
    intruder->open(url);
    QVERIFY(closed.wait(10000));
    QCOMPARE(int(intruder->closeCode()), 4401);
    delete intruder;
}

void TestHub::claimsAreExclusive()
{
    QCOMPARE(postWebhook(inbound(kLineA, u"79161234567"_qs, u"wamid.K1"_qs, 1795251600, u"x"_qs)).status, 200);
    const QByteArray chat = QJsonDocument(QJsonObject{{u"chat_key"_qs, QString(kLineA + u"|79161234567"_qs)}}).toJson();
    const QByteArray anna = login(u"anna"_qs);
    const QByteArray elif = login(u"elif"_qs);
    QCOMPARE(request("POST", u"/api/v1/chats/claim"_qs, chat, {{"Authorization", anna}}).status, 200);
    const Reply second = request("POST", u"/api/v1/chats/claim"_qs, chat, {{"Authorization", elif}});
    QCOMPARE(second.status, 409);
    QVERIFY(second.body.contains("anna"));
    QCOMPARE(request("POST", u"/api/v1/chats/assign"_qs,
                     QJsonDocument(QJsonObject{{u"chat_key"_qs, QString(kLineA + u"|79161234567"_qs)}, {u"agent"_qs, u"elif"_qs}}).toJson(),
                     {{"Authorization", elif}}).status, 403); // agents do not assign
    const QByteArray wei = login(u"wei"_qs);
    QCOMPARE(request("POST", u"/api/v1/chats/assign"_qs,
                     QJsonDocument(QJsonObject{{u"chat_key"_qs, QString(kLineA + u"|79161234567"_qs)}, {u"agent"_qs, u"elif"_qs}}).toJson(),
                     {{"Authorization", wei}}).status, 200);
    QSqlQuery q(m_hub->database().sql());
    QVERIFY(q.exec(u"SELECT assignee FROM chats"_qs) && q.next());
    QCOMPARE(q.value(0).toString(), u"elif"_qs);
    QCOMPARE(m_hub->eventLog().after(0, 10).last().kind, u"chat.assigned"_qs);

    // Internal notes travel as events too.
    const QByteArray note = QJsonDocument(QJsonObject{{u"chat_key"_qs, QString(kLineA + u"|79161234567"_qs)},
                                                      {u"text"_qs, u"Клиент просит перезвонить после 18:00"_qs}}).toJson();
    QCOMPARE(request("POST", u"/api/v1/chats/note"_qs, note, {{"Authorization", anna}}).status, 200);
    const StoredEvent last = m_hub->eventLog().after(0, 10).last();
    QCOMPARE(last.kind, u"note.added"_qs);
    QCOMPARE(last.payload.value(u"author").toString(), u"anna"_qs);
    QCOMPARE(request("POST", u"/api/v1/chats/note"_qs, QByteArray("{\"chat_key\":\"nope\",\"text\":\"x\"}"),
                     {{"Authorization", anna}}).status, 404);
}

void TestHub::rolesLimitWhatAnAgentSees()
{
    QCOMPARE(postWebhook(inbound(kLineA, u"79161234567"_qs, u"wamid.R1"_qs, 1795251600, u"a"_qs)).status, 200);
    QCOMPARE(postWebhook(inbound(kLineB, u"905321112233"_qs, u"wamid.R2"_qs, 1795251601, u"b"_qs)).status, 200);
    const QByteArray anna = login(u"anna"_qs); // line A only
    const QJsonArray events = QJsonDocument::fromJson(
        request("GET", u"/api/v1/events?after=0"_qs, {}, {{"Authorization", anna}}).body).object().value(u"events").toArray();
    QCOMPARE(events.size(), 2); // the sequence stays gap-free…
    QCOMPARE(events.at(1).toObject().value(u"kind").toString(), u"redacted"_qs); // …but line B is hidden
    QVERIFY(!events.at(1).toObject().contains(u"text"));
    QCOMPARE(request("POST", u"/api/v1/chats/claim"_qs,
                     QJsonDocument(QJsonObject{{u"chat_key"_qs, QString(kLineB + u"|905321112233"_qs)}}).toJson(),
                     {{"Authorization", anna}}).status, 403);
    const QJsonObject snapshot = QJsonDocument::fromJson(
        request("GET", u"/api/v1/snapshot"_qs, {}, {{"Authorization", anna}}).body).object();
    QCOMPARE(snapshot.value(u"chats").toArray().size(), 1);
}

void TestHub::unknownFieldsAreStoredAndCounted()
{
    const QByteArray body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"880011\",\"changes\":"
                            "[{\"field\":\"smb_app_state_sync\",\"value\":{\"state\":1}}]}]}";
    QCOMPARE(postWebhook(body).status, 200);
    const auto events = m_hub->eventLog().after(0, 10);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, u"unknown"_qs);
    QCOMPARE(events.first().payload.value(u"field").toString(), u"smb_app_state_sync"_qs);
    const Reply metrics = request("GET", u"/metrics"_qs);
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.body.contains("deskline_unknown_events_total 1"));
    QVERIFY(metrics.body.contains("deskline_events_appended_total 1"));
    QVERIFY(metrics.body.contains("deskline_ingest_seconds_count 1"));
    QCOMPARE(request("GET", u"/healthz"_qs).status, 200);
}

QTEST_GUILESS_MAIN(TestHub)
#include "tst_hub.moc"
