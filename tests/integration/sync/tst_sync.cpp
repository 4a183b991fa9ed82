// Two consoles, a hub and the simulator on loopback: snapshot, stream, resume, outbox.
#include "hub/server/agent_store.h"
#include "hub/server/hub_server.h"
#include "simulator/sim_server.h"
#include "storage/cache_schema.h"
#include "storage/cache_store.h"
#include "sync/hub_client.h"
#include "sync/sync_engine.h"
#include "test_database.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Deskline;

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstConnectTakesTheSnapshotThenStreams();
    void restartResumesFromTheCursor();
    void sendShowsAtOnceAndIsDeliveredOnce();
    void outboxSurvivesARestartWhileOffline();
    void closedWindowKeepsTheMessageAsDraft();
    void gapTriggersAResync();
    void twoConsolesConverge();

private:
    struct Console
    {
        std::unique_ptr<Storage::Database> db;
        std::unique_ptr<Storage::CacheStore> cache;
        std::unique_ptr<Sync::HubClient> hub;
        std::unique_ptr<Sync::SyncEngine> engine;
    };
    void openConsole(Console &c, const QString &file, const QString &agent);
    void customerWrites(const QString &from, const QString &text);
    qint64 hubCount(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::TestDatabase> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Sim::SimServer> m_sim;
    std::unique_ptr<Hub::HubServer> m_hub;
    Console m_a;
    Console m_b;
};

namespace {
const QString kLine = QStringLiteral("106540352242922");
int g_connection = 0;
}

void TestSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>(); // each test starts with empty consoles
    m_store = std::make_unique<Test::TestDatabase>();
    const EpochSeconds start = *parseIsoUtc(u"2026-11-21T09:00:00Z");
    m_clock = std::make_unique<ManualClock>(start);
    Sim::Business business = Sim::defaultBusiness();
    business.startsAt = start;
    Sim::SimServerConfig simConfig;
    simConfig.appSecret = "s";
    simConfig.accessToken = "t";
    simConfig.speed = 0;
    m_sim = std::make_unique<Sim::SimServer>(business, simConfig);
    m_sim->dispatcher().setRetryBase(std::chrono::milliseconds(10));
    QVERIFY(m_sim->listen());
    Hub::HubConfig config;
    config.databaseUrl = m_store->url();
    config.appSecret = "s";
    config.verifyToken = "v";
    config.accessToken = "t";
    config.graphUrl = m_sim->baseUrl();
    config.wabaId = business.wabaId;
    m_hub = std::make_unique<Hub::HubServer>(config, *m_clock);
    QString error;
    QVERIFY2(m_hub->open(&error), qPrintable(error));
    QVERIFY(m_hub->listen());
    m_sim->dispatcher().setUrl(QUrl(m_hub->baseUrl().toString() + u"/webhook"_qs));
    QVERIFY(m_hub->agents().add(u"anna"_qs, Hub::Role::Agent, u"anna-password"_qs, {}, &error));
    QVERIFY(m_hub->agents().add(u"elif"_qs, Hub::Role::Agent, u"elif-password"_qs, {}, &error));
    QTRY_VERIFY(hubCount(u"SELECT COUNT(*) FROM templates"_qs) == 7);
}

void TestSync::cleanup()
{
    m_a = {};
    m_b = {};
    m_hub.reset();
    m_sim.reset();
    m_store.reset();
}

void TestSync::openConsole(Console &c, const QString &file, const QString &agent)
{
    c.engine.reset();
    c.hub.reset();
    c.cache.reset();
    c.db.reset();
    QString error;
    const auto url = Storage::DatabaseUrl::parse(u"sqlite:"_qs + m_dir->filePath(file), &error);
    c.db = Storage::Database::open(*url, u"console-%1"_qs.arg(++g_connection), &error);
    QVERIFY2(c.db && c.db->migrate(Storage::cacheMigrations(), &error), qPrintable(error));
    c.cache = std::make_unique<Storage::CacheStore>(*c.db, m_clock.get());
    c.hub = std::make_unique<Sync::HubClient>(m_hub->baseUrl());
    std::optional<QByteArray> token;
    c.hub->login(agent, agent + u"-password"_qs, nullptr, [&token](const Sync::HubClient::Answer &a) {
        token = a.json.value(u"token").toString().toUtf8();
    });
    QTRY_VERIFY(token.has_value());
    c.hub->setToken(*token);
    c.engine = std::make_unique<Sync::SyncEngine>(*c.cache, *c.hub, *m_clock);
    c.engine->setReconnectBackoff(Net::Backoff(std::chrono::milliseconds(20), 2.0, std::chrono::milliseconds(200)));
    c.engine->start();
    QTRY_COMPARE(c.engine->state(), Sync::SyncState::Online);
}

void TestSync::customerWrites(const QString &from, const QString &text)
{
    m_sim->engine().injectInbound(QJsonObject{{u"phone_number_id"_qs, kLine}, {u"from"_qs, from}, {u"type"_qs, u"text"_qs},
                                              {u"text"_qs, QJsonObject{{u"body"_qs, text}}}});
    m_sim->flush();
}

qint64 TestSync::hubCount(const QString &sql)
{
    QSqlQuery q(m_hub->database().sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestSync::firstConnectTakesTheSnapshotThenStreams()
{
    customerWrites(u"79161234567"_qs, u"Здравствуйте"_qs);
    QTRY_COMPARE(hubCount(u"SELECT COUNT(*) FROM messages"_qs), 1);
    openConsole(m_a, u"a.db"_qs, u"anna"_qs);
    QCOMPARE(m_a.cache->cursor(), m_hub->eventLog().lastSeq()); // from the snapshot
    QCOMPARE(m_a.cache->chats(50, 0).size(), 1);
    QCOMPARE(m_a.cache->templates().size(), 7);
    customerWrites(u"79161234567"_qs, u"Есть доставка в Казань?"_qs);
    QTRY_COMPARE(m_a.cache->messages(kLine + u"|79161234567"_qs, 50).size(), 2); // live
    QCOMPARE(m_a.cache->cursor(), m_hub->eventLog().lastSeq());
    QCOMPARE(m_a.cache->chats(50, 0).first().unread, 1); // snapshots carry no unread counts; live messages do
}

void TestSync::restartResumesFromTheCursor()
{
    openConsole(m_a, u"a.db"_qs, u"anna"_qs);
    customerWrites(u"905321112233"_qs, u"Merhaba"_qs);
    QTRY_COMPARE(m_a.cache->chats(50, 0).size(), 1);
    m_a.engine->stop();
    customerWrites(u"905321112233"_qs, u"Orada mısınız?"_qs); // while the console is closed
    customerWrites(u"8613800138000"_qs, u"你好"_qs);
    QTRY_COMPARE(hubCount(u"SELECT COUNT(*) FROM messages"_qs), 3);
    openConsole(m_a, u"a.db"_qs, u"anna"_qs);
    QTRY_COMPARE(m_a.cache->cursor(), m_hub->eventLog().lastSeq());
    QCOMPARE(m_a.engine->resyncCount(), 0); // resumed, no snapshot needed
    QCOMPARE(m_a.cache->chats(50, 0).size(), 2);
    QCOMPARE(m_a.cache->messages(kLine + u"|905321112233"_qs, 50).size(), 2); // nothing twice
}

void TestSync::sendShowsAtOnceAndIsDeliveredOnce()
{
    customerWrites(u"79161234567"_qs, u"Здравствуйте"_qs);
    openConsole(m_a, u"a.db"_qs, u"anna"_qs);
    const QString chat = kLine + u"|79161234567"_qs;
    QString error;
    const QString clientId = m_a.engine->send(kLine, chat, u"79161234567"_qs,
        QJsonObject{{u"type"_qs, u"text"_qs}, {u"text"_qs, QJsonObject{{u"body"_qs, u"Добрый день!"_qs}}}}, &error);
    QVERIFY2(!clientId.isEmpty(), qPrintable(error));
    const auto pending = m_a.cache->messageByClientId(clientId); // visible before anything else
    QVERIFY(pending.has_value());
    QCOMPARE(pending->body, u"Добрый день!"_qs);
    QTRY_COMPARE(m_a.cache->outboxItem(clientId)->state, u"accepted"_qs);
    m_sim->advance(10);
    QTRY_COMPARE(m_a.cache->messageByClientId(clientId)->status, u"read"_qs);
    QCOMPARE(hubCount(u"SELECT COUNT(*) FROM messages WHERE direction = 'out'"_qs), 1);
    QCOMPARE(m_a.cache->messages(chat, 50).size(), 2);
}

void TestSync::outboxSurvivesARestartWhileOffline()
{
    customerWrites(u"79161234567"_qs, u"Здравствуйте"_qs);
    openConsole(m_a, u"a.db"_qs, u"anna"_qs);
    QTRY_COMPARE(m_a.cache->chats(50, 0).size(), 1);
    m_a.engine->stop(); // offline: the message waits in the outbox
    const QString chat = kLine + u"|79161234567"_qs;
    const QString clientId = m_a.engine->send(kLine, chat, u"79161234567"_qs,
        QJsonObject{{u"type"_qs, u"text"_qs}, {u"text"_qs, QJsonObject{{u"body"_qs, u"Пишу офлайн"_qs}}}});
    QVERIFY(!clientId.isEmpty());
    QCOMPARE(m_a.cache->outboxItem(clientId)->state, u"queued"_qs);
    openConsole(m_a, u"a.db"_qs, u"anna"_qs); // the console restarts
    QTRY_COMPARE(m_a.cache->outboxItem(clientId)->state, u"accepted"_qs);
    QCOMPARE(hubCount(u"SELECT COUNT(*) FROM sends"_qs), 1);
}

void TestSync::closedWindowKeepsTheMessageAsDraft()
{
    customerWrites(u"79160000001"_qs, u"Привет"_qs);
    openConsole(m_a, u"a.db"_qs, u"anna"_qs);
    QTRY_COMPARE(m_a.cache->chats(50, 0).size(), 1);
    m_clock->advance(25 * 3600);
    // The token expired with the day: sign in again.
    openConsole(m_a, u"a.db"_qs, u"anna"_qs);
    QSignalSpy refused(m_a.engine.get(), &Sync::SyncEngine::sendRefused);
    const QString clientId = m_a.engine->send(kLine, kLine + u"|79160000001"_qs, u"79160000001"_qs,
        QJsonObject{{u"type"_qs, u"text"_qs}, {u"text"_qs, QJsonObject{{u"body"_qs, u"Вы тут?"_qs}}}});
    QTRY_COMPARE(m_a.cache->outboxItem(clientId)->state, u"draft"_qs);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(2).toBool(), false);
    QCOMPARE(hubCount(u"SELECT COUNT(*) FROM sends"_qs), 0);
}

void TestSync::gapTriggersAResync()
{
    customerWrites(u"79161234567"_qs, u"1"_qs);
    openConsole(m_a, u"a.db"_qs, u"anna"_qs);
    const qint64 cursor = m_a.cache->cursor();
    const qint64 resyncs = m_a.engine->resyncCount(); // the first connect was one
    // A batch that does not continue the cursor is refused whole and answered with a resync.
    Storage::CacheChanges changes;
    QString error;
    const QList<QJsonObject> gap{QJsonObject{{u"seq"_qs, cursor + 5}, {u"kind"_qs, u"redacted"_qs}}};
    QCOMPARE(m_a.cache->applyEvents(gap, &changes, &error), Storage::ApplyResult::Gap);
    QCOMPARE(m_a.cache->cursor(), cursor);
    emit m_a.hub->streamEvents(gap); // as if the stream had delivered it
    QTRY_COMPARE(m_a.engine->resyncCount(), resyncs + 1);
    QTRY_COMPARE(m_a.engine->state(), Sync::SyncState::Online);
    QCOMPARE(m_a.cache->cursor(), m_hub->eventLog().lastSeq());
}

void TestSync::twoConsolesConverge()
{
    openConsole(m_a, u"a.db"_qs, u"anna"_qs);
    openConsole(m_b, u"b.db"_qs, u"elif"_qs);
    for (int i = 0; i < 5; ++i)
        customerWrites(u"7916000000%1"_qs.arg(i), u"сообщение %1"_qs.arg(i));
    QTRY_COMPARE(m_a.cache->chats(50, 0).size(), 5);
    const QString chat = kLine + u"|79160000002"_qs;
    const QString a = m_a.engine->send(kLine, chat, u"79160000002"_qs, QJsonObject{{u"type"_qs, u"text"_qs}, {u"text"_qs, QJsonObject{{u"body"_qs, u"A"_qs}}}});
    const QString b = m_b.engine->send(kLine, chat, u"79160000002"_qs, QJsonObject{{u"type"_qs, u"text"_qs}, {u"text"_qs, QJsonObject{{u"body"_qs, u"B"_qs}}}});
    QTRY_COMPARE(m_a.cache->outboxItem(a)->state, u"accepted"_qs);
    QTRY_COMPARE(m_b.cache->outboxItem(b)->state, u"accepted"_qs);
    m_sim->advance(10);
    QTRY_COMPARE(hubCount(u"SELECT COUNT(*) FROM messages WHERE status = 'read'"_qs), 2);
    const qint64 last = m_hub->eventLog().lastSeq();
    QTRY_COMPARE(m_a.cache->cursor(), last);
    QTRY_COMPARE(m_b.cache->cursor(), last);
    auto picture = [](Storage::CacheStore &c) {
        QStringList out;
        for (const Storage::ChatRow &r : c.chats(100, 0))
            for (const Storage::MessageRow &m : c.messages(r.key, 100))
                out.append(r.key + u' ' + m.wamid + u' ' + m.direction + u' ' + m.body + u' ' + m.status);
        out.sort();
        return out;
    };
    QCOMPARE(picture(*m_a.cache), picture(*m_b.cache));
    QCOMPARE(picture(*m_a.cache).size(), 7);
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
