// Kill the console at each step of a send, start it again: the message is neither lost nor sent
// twice. The console is tests' outbox_worker (a real process, killed with SIGKILL at the step).
#include "hub/server/agent_store.h"
#include "hub/server/hub_server.h"
#include "simulator/sim_server.h"
#include "storage/cache_schema.h"
#include "storage/cache_store.h"
#include "test_database.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Deskline;

class TestOutboxCrash : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void killedAtEachStep_data();
    void killedAtEachStep();

private:
    struct Run
    {
        QProcess::ExitStatus status = QProcess::NormalExit;
        int code = -1;
        QByteArray out;
    };
    Run runWorker(const QStringList &extra, const QByteArray &crashAt);
    qint64 hubCount(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::TestDatabase> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Sim::SimServer> m_sim;
    std::unique_ptr<Hub::HubServer> m_hub;
};

namespace {
const QString kLine = QStringLiteral("106540352242922");
const QString kCustomer = QStringLiteral("79161234567");
}

void TestOutboxCrash::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Test::TestDatabase>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentSecsSinceEpoch()); // the worker runs on real time
    Sim::Business business = Sim::defaultBusiness();
    business.startsAt = m_clock->now();
    Sim::SimServerConfig simConfig;
    simConfig.appSecret = "s";
    simConfig.accessToken = "t";
    simConfig.speed = 0;
    m_sim = std::make_unique<Sim::SimServer>(business, simConfig);
    QVERIFY(m_sim->listen());
    Hub::HubConfig config;
    config.databaseUrl = m_store->url();
    config.appSecret = "s";
    config.verifyToken = "v";
    config.accessToken = "t";
    config.graphUrl = m_sim->baseUrl();
    m_hub = std::make_unique<Hub::HubServer>(config, *m_clock);
    QString error;
    QVERIFY2(m_hub->open(&error), qPrintable(error));
    QVERIFY(m_hub->listen());
    m_sim->dispatcher().setUrl(QUrl(m_hub->baseUrl().toString() + u"/webhook"_qs));
    QVERIFY(m_hub->agents().add(u"anna"_qs, Hub::Role::Agent, u"anna-password"_qs, {}, &error));
    m_sim->engine().injectInbound(QJsonObject{{u"phone_number_id"_qs, kLine}, {u"from"_qs, kCustomer}, {u"type"_qs, u"text"_qs},
                                              {u"text"_qs, QJsonObject{{u"body"_qs, u"Здравствуйте"_qs}}}});
    m_sim->flush();
    QTRY_COMPARE(hubCount(u"SELECT COUNT(*) FROM chats"_qs), 1);
}

void TestOutboxCrash::cleanup()
{
    m_hub.reset();
    m_sim.reset();
    m_store.reset();
}

qint64 TestOutboxCrash::hubCount(const QString &sql)
{
    QSqlQuery q(m_hub->database().sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

TestOutboxCrash::Run TestOutboxCrash::runWorker(const QStringList &extra, const QByteArray &crashAt)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!crashAt.isEmpty())
        env.insert(u"DESKLINE_CRASH_AT"_qs, QString::fromLatin1(crashAt));
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral(DESKLINE_OUTBOX_WORKER));
    p.setArguments(QStringList{m_dir->filePath(u"console.db"_qs), m_hub->baseUrl().toString(), u"anna"_qs, u"anna-password"_qs,
                               kLine, kLine + u'|' + kCustomer, kCustomer} + extra);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start();
    // The hub runs in this process: keep its event loop turning while the console works.
    if (!finished.wait(30000))
        QTest::qFail("the console did not finish", __FILE__, __LINE__);
    return Run{p.exitStatus(), p.exitCode(), p.readAllStandardOutput()};
}

void TestOutboxCrash::killedAtEachStep_data()
{
    QTest::addColumn<QByteArray>("step");
    QTest::newRow("after the outbox commit") << QByteArray("after-enqueue");
    QTest::newRow("after marking it sending") << QByteArray("after-mark-sending");
    QTest::newRow("after the hub accepted it") << QByteArray("after-hub-answer");
}

void TestOutboxCrash::killedAtEachStep()
{
    QFETCH(QByteArray, step);
    const Run crashed = runWorker({u"Добрый день!"_qs}, step);
    QVERIFY2(crashed.status == QProcess::CrashExit, qPrintable(u"exit code %1"_qs.arg(crashed.code))); // SIGKILL at that step

    const Run again = runWorker({}, {}); // the agent opens the console again
    QCOMPARE(again.status, QProcess::NormalExit);
    QCOMPARE(again.code, 0);

    // Not lost, not sent twice: one send at the hub, one outbound message, one at the simulator.
    QCOMPARE(hubCount(u"SELECT COUNT(*) FROM sends WHERE state = 'accepted'"_qs), 1);
    QCOMPARE(hubCount(u"SELECT COUNT(*) FROM sends"_qs), 1);
    QCOMPARE(hubCount(u"SELECT COUNT(*) FROM messages WHERE direction = 'out'"_qs), 1);
    QString error;
    const auto url = Storage::DatabaseUrl::parse(u"sqlite:"_qs + m_dir->filePath(u"console.db"_qs), &error);
    auto db = Storage::Database::open(*url, u"check-"_qs + QString::fromLatin1(step), &error);
    QVERIFY(db);
    QSqlQuery ids(db->sql());
    QVERIFY(ids.exec(u"SELECT client_id FROM outbox"_qs) && ids.next()); // stored before anything else
    const QString clientId = ids.value(0).toString();
    QVERIFY(!ids.next()); // and only once
    ids.finish();
    Storage::CacheStore cache(*db);
    const auto item = cache.outboxItem(clientId);
    QVERIFY(item.has_value());
    QCOMPARE(item->state, u"accepted"_qs);
    QSqlQuery q(db->sql());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM messages WHERE direction = 'out'"_qs) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outbox_crash.moc"
