// Media through the hub into a bounded disk cache, and uploads through the hub.
#include "hub/server/agent_store.h"
#include "hub/server/hub_server.h"
#include "simulator/sim_server.h"
#include "sync/hub_client.h"
#include "sync/media_cache.h"
#include "test_database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Deskline;

class TestMediaCache : public QObject
{
    Q_OBJECT

private slots:
    void uploadsAndCachesWithinItsLimit();
};

namespace {
const QString kLine = QStringLiteral("106540352242922");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}

void TestMediaCache::uploadsAndCachesWithinItsLimit()
{
    Test::TestDatabase store;
    ManualClock clock(QDateTime::currentSecsSinceEpoch());
    Sim::SimServerConfig simConfig;
    simConfig.accessToken = "t";
    simConfig.speed = 0;
    Sim::SimServer sim(Sim::defaultBusiness(), simConfig);
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
    QVERIFY(hub.agents().add(u"anna"_qs, Hub::Role::Agent, u"anna-password"_qs, {}, &error));
    Sync::HubClient client(hub.baseUrl());
    std::optional<QByteArray> token;
    client.login(u"anna"_qs, u"anna-password"_qs, nullptr, [&](const Sync::HubClient::Answer &a) {
        token = a.json.value(u"token").toString().toUtf8();
    });
    QTRY_VERIFY(token);
    client.setToken(*token);

    // Three files of 4 KiB, uploaded through the hub.
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        std::optional<QString> id;
        client.uploadMedia(kLine, QByteArray(4096, char('a' + i)), "image/jpeg", u"photo%1.jpg"_qs.arg(i), nullptr,
                           [&id](const Sync::HubClient::Answer &a) { id = a.json.value(u"id").toString(); });
        QTRY_VERIFY(id);
        QVERIFY(!id->isEmpty());
        ids.append(*id);
    }

    QTemporaryDir dir;
    Sync::MediaCache cache(client, dir.filePath(u"media"_qs), 9000); // room for two files
    auto fetch = [&](const QString &id) {
        std::optional<Sync::MediaCache::Result> out;
        cache.fetch(id, nullptr, [&out](const Sync::MediaCache::Result &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            QTest::qFail("no answer", __FILE__, __LINE__);
        return out.value_or(Sync::MediaCache::Result{});
    };
    const auto first = fetch(ids.at(0));
    QVERIFY2(!first.path.isEmpty(), qPrintable(first.error));
    QVERIFY(!first.fromDisk);
    QCOMPARE(readAll(first.path), QByteArray(4096, 'a'));
    QCOMPARE(first.contentType, QByteArray("image/jpeg"));
    const auto again = fetch(ids.at(0));
    QVERIFY(again.fromDisk); // no second download
    QCOMPARE(again.path, first.path);

    const auto second = fetch(ids.at(1));
    QVERIFY(cache.totalBytes() <= 9000 + 64);
    // Make the order of use explicit (no waiting on the file system's clock): the first file was
    // used long ago, the second a little later…
    auto age = [](const QString &path, int seconds) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-seconds), QFileDevice::FileModificationTime));
    };
    age(first.path, 200);
    age(second.path, 100);
    fetch(ids.at(0)); // …and now the first is used again: the most recent
    // A third file does not fit: the least recently used one goes.
    const auto third = fetch(ids.at(2));
    QVERIFY(!third.path.isEmpty());
    QVERIFY(cache.totalBytes() <= 9000 + 64);
    QVERIFY(fetch(ids.at(0)).fromDisk);   // kept
    QVERIFY(!fetch(ids.at(1)).fromDisk);  // evicted, downloaded again

    const auto missing = fetch(u"999999"_qs);
    QVERIFY(missing.path.isEmpty());
    QVERIFY(!missing.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestMediaCache)
#include "tst_media_cache.moc"
