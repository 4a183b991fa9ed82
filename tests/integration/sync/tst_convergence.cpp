// Convergence under faults: for fixed seeds, the simulator's customers write, two consoles send
// and claim, the simulator duplicates and reorders webhooks, consoles drop offline and come back.
// Afterwards both caches and the hub agree on every chat, message, status and assignment.
#include "hub/server/agent_store.h"
#include "hub/server/hub_server.h"
#include "simulator/sim_server.h"
#include "storage/cache_schema.h"
#include "storage/cache_store.h"
#include "sync/hub_client.h"
#include "sync/sync_engine.h"
#include "test_database.h"

#include "core/service_window.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Deskline;

class TestConvergence : public QObject
{
    Q_OBJECT

private slots:
    void converges_data();
    void converges();

private:
    struct Console
    {
        QString agent;
        QByteArray token;
        std::unique_ptr<Storage::Database> db;
        std::unique_ptr<Storage::CacheStore> cache;
        std::unique_ptr<Sync::HubClient> hub;
        std::unique_ptr<Sync::SyncEngine> engine;
        bool online = false;
    };
    void open(Console &c, const QString &file, const QString &agent, const QUrl &hubUrl);
    QStringList hubPicture(Storage::Database &db);
    static QStringList cachePicture(Storage::CacheStore &cache);

    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_nam;
    SystemClock m_clock;
    int m_connection = 0;
};

namespace {
const QString kLine = QStringLiteral("106540352242922");
}

void TestConvergence::open(Console &c, const QString &file, const QString &agent, const QUrl &hubUrl)
{
    QString error;
    const auto url = Storage::DatabaseUrl::parse(u"sqlite:"_qs + m_dir->filePath(file), &error);
    c.agent = agent;
    c.db = Storage::Database::open(*url, u"conv-%1"_qs.arg(++m_connection), &error);
    QVERIFY2(c.db && c.db->migrate(Storage::cacheMigrations(), &error), qPrintable(error));
    c.cache = std::make_unique<Storage::CacheStore>(*c.db);
    c.hub = std::make_unique<Sync::HubClient>(hubUrl);
    std::optional<QByteArray> token;
    c.hub->login(agent, agent + u"-password"_qs, nullptr, [&token](const Sync::HubClient::Answer &a) {
        token = a.json.value(u"token").toString().toUtf8();
    });
    QTRY_VERIFY(token.has_value());
    c.token = *token;
    c.hub->setToken(c.token);
    c.engine = std::make_unique<Sync::SyncEngine>(*c.cache, *c.hub, m_clock);
}

QStringList TestConvergence::hubPicture(Storage::Database &db)
{
    QStringList out;
    QSqlQuery q(db.sql());
    q.exec(u"SELECT m.chat_key, m.wamid, m.direction, m.body, m.status, COALESCE(c.assignee, '') FROM messages m"
           " JOIN chats c ON c.chat_key = m.chat_key"_qs);
    while (q.next())
        out.append(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toString(), q.value(5).toString()}.join(u' '));
    out.sort();
    return out;
}

QStringList TestConvergence::cachePicture(Storage::CacheStore &cache)
{
    QStringList out;
    for (const Storage::ChatRow &chat : cache.chats(1000, 0)) {
        for (const Storage::MessageRow &m : cache.messages(chat.key, 1000))
            out.append(QStringList{chat.key, m.wamid, m.direction, m.body, m.status, chat.assignee}.join(u' '));
    }
    out.sort();
    return out;
}

void TestConvergence::converges_data()
{
    QTest::addColumn<quint32>("seed");
    for (const quint32 seed : {7u, 1234u, 20261121u})
        QTest::newRow(qPrintable(u"seed %1"_qs.arg(seed))) << seed;
}

void TestConvergence::converges()
{
    QFETCH(quint32, seed);
    m_dir = std::make_unique<QTemporaryDir>();
    Test::TestDatabase store;
    // Real time for the hub (tokens, windows); the simulator's clock moves only when told.
    const SystemClock clock;
    Sim::Business business = Sim::defaultBusiness();
    business.startsAt = clock.now();
    Sim::SimServerConfig simConfig;
    simConfig.appSecret = "s";
    simConfig.accessToken = "t";
    simConfig.speed = 0;
    simConfig.faults.duplicateRate = 0.3;
    simConfig.faults.reorder = true;
    simConfig.faults.seed = seed;
    Sim::SimServer sim(business, simConfig);
    sim.dispatcher().setRetryBase(std::chrono::milliseconds(10));
    QVERIFY(sim.listen());
    Hub::HubConfig config;
    config.databaseUrl = store.url();
    config.appSecret = "s";
    config.verifyToken = "v";
    config.accessToken = "t";
    config.graphUrl = sim.baseUrl();
    Hub::HubServer hub(config, clock);
    QString error;
    QVERIFY2(hub.open(&error), qPrintable(error));
    QVERIFY(hub.listen());
    sim.dispatcher().setUrl(QUrl(hub.baseUrl().toString() + u"/webhook"_qs));
    QVERIFY(hub.agents().add(u"anna"_qs, Hub::Role::Agent, u"anna-password"_qs, {}, &error));
    QVERIFY(hub.agents().add(u"elif"_qs, Hub::Role::Agent, u"elif-password"_qs, {}, &error));

    Console consoles[2];
    open(consoles[0], u"a.db"_qs, u"anna"_qs, hub.baseUrl());
    open(consoles[1], u"b.db"_qs, u"elif"_qs, hub.baseUrl());
    for (Console &c : consoles) {
        c.engine->start();
        c.online = true;
    }

    QRandomGenerator random(seed);
    const QStringList customers{u"79160000001"_qs, u"79160000002"_qs, u"905320000003"_qs, u"8613800000004"_qs, u"14150000005"_qs};
    QSet<QString> written;
    int sends = 0;
    for (int step = 0; step < 60; ++step) {
        const QString customer = customers.at(int(random.bounded(quint32(customers.size()))));
        const QString chat = kLine + u'|' + customer;
        Console &c = consoles[random.bounded(2u)];
        switch (random.bounded(6u)) {
        case 0:
        case 1:
            sim.engine().injectInbound(QJsonObject{{u"phone_number_id"_qs, kLine}, {u"from"_qs, customer}, {u"type"_qs, u"text"_qs},
                                                   {u"text"_qs, QJsonObject{{u"body"_qs, u"шаг %1"_qs.arg(step)}}}});
            written.insert(chat);
            sim.flush();
            break;
        case 2:
            // As the composer does: free-form only when this console's cache shows the window open.
            if (const auto row = c.cache->chat(chat);
                row && ServiceWindow::fromLastCustomerMessage(row->lastInboundAt).statusAt(clock.now()).isOpen()) {
                c.engine->send(kLine, chat, customer, QJsonObject{{u"type"_qs, u"text"_qs},
                                                                  {u"text"_qs, QJsonObject{{u"body"_qs, QString(c.agent + u" %1"_qs.arg(step))}}}});
                ++sends;
            }
            break;
        case 3: {
            if (!written.contains(chat))
                break;
            QNetworkRequest rq(QUrl(hub.baseUrl().toString() + u"/api/v1/chats/claim"_qs));
            rq.setRawHeader("Authorization", "Bearer " + c.token);
            rq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            QNetworkReply *reply = m_nam.post(rq, QJsonDocument(QJsonObject{{u"chat_key"_qs, chat}}).toJson());
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            break;
        }
        case 4:
            sim.advance(1 + qint64(random.bounded(3u)));
            break;
        case 5:
            if (c.online) { // the console drops off the network…
                c.engine->stop();
                c.online = false;
            } else { // …and comes back
                c.engine->start();
                c.online = true;
            }
            break;
        }
        QTest::qWait(int(random.bounded(20u))); // let the loop turn between actions: randomised interleaving, not synchronisation
    }
    for (Console &c : consoles) {
        if (!c.online) {
            c.engine->start();
            c.online = true;
        }
    }
    // Everything settles: all sends accepted, every status delivered, both consoles caught up.
    QTRY_VERIFY_WITH_TIMEOUT(consoles[0].cache->sendable().isEmpty() && consoles[1].cache->sendable().isEmpty(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(sim.dispatcher().queued(), 0, 20000);
    sim.advance(30);
    QTRY_COMPARE_WITH_TIMEOUT(sim.dispatcher().queued(), 0, 20000);
    const qint64 last = hub.eventLog().lastSeq();
    QTRY_COMPARE_WITH_TIMEOUT(consoles[0].cache->cursor(), last, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(consoles[1].cache->cursor(), last, 20000);

    const QStringList truth = hubPicture(hub.database());
    QVERIFY(truth.size() >= 10);
    for (Console &c : consoles) {
        const QStringList seen = cachePicture(*c.cache);
        if (seen != truth) {
            for (const QString &line : seen)
                if (!truth.contains(line))
                    qWarning("only in %s's cache: %s", qPrintable(c.agent), qPrintable(line));
            for (const QString &line : truth)
                if (!seen.contains(line))
                    qWarning("only at the hub: %s", qPrintable(line));
        }
        QCOMPARE(seen, truth);
    }
    QSqlQuery q(hub.database().sql());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM sends"_qs) && q.next());
    QVERIFY2(sends >= 3, qPrintable(u"only %1 sends: the seed exercises too little"_qs.arg(sends)));
    QCOMPARE(q.value(0).toInt(), sends); // every send once, none twice
    for (Console &c : consoles)
        c.engine->stop();
}

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
