// A minimal console for the crash tests: signs in, opens its cache, optionally queues one
// message, and runs the sync engine until the outbox is empty (or dies where DESKLINE_CRASH_AT
// says). Usage: outbox_worker CACHE_FILE HUB_URL AGENT PASSWORD LINE CHAT TO [TEXT]
#include "storage/cache_schema.h"
#include "storage/cache_store.h"
#include "sync/hub_client.h"
#include "sync/sync_engine.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Deskline;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() < 8) {
        std::fprintf(stderr, "usage: outbox_worker CACHE HUB AGENT PASSWORD LINE CHAT TO [TEXT]\n");
        return 2;
    }
    QString error;
    const auto url = Storage::DatabaseUrl::parse(QStringLiteral("sqlite:") + a.at(1), &error);
    auto db = Storage::Database::open(*url, QStringLiteral("worker"), &error);
    if (!db || !db->migrate(Storage::cacheMigrations(), &error)) {
        std::fprintf(stderr, "cache: %s\n", qPrintable(error));
        return 1;
    }
    const SystemClock clock;
    Storage::CacheStore cache(*db, &clock);
    Sync::HubClient hub{QUrl(a.at(2))};
    Sync::SyncEngine engine(cache, hub, clock);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &app, [] { QCoreApplication::exit(3); });
    deadline.start(20000);
    auto finishWhenEmpty = [&] {
        if (engine.isDraining())
            return; // its answer is still to come (the stream may report the send first)
        QSqlQuery q(db->sql());
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state NOT IN ('accepted','failed','draft','unconfirmed')")) && q.next()
            && q.value(0).toInt() == 0)
            QCoreApplication::exit(0);
    };
    QObject::connect(&engine, &Sync::SyncEngine::changed, &app, [&] { QTimer::singleShot(0, &app, finishWhenEmpty); });
    hub.login(a.at(3), a.at(4), &app, [&](const Sync::HubClient::Answer &r) {
        if (!r.ok()) {
            std::fprintf(stderr, "login failed: %d\n", r.status);
            QCoreApplication::exit(1);
            return;
        }
        hub.setToken(r.json.value(QLatin1StringView("token")).toString().toUtf8());
        if (a.size() > 8) {
            const QString clientId = engine.send(a.at(5), a.at(6), a.at(7),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), a.at(8)}}}}, &error);
            std::printf("%s\n", qPrintable(clientId));
            std::fflush(stdout);
        }
        engine.start();
        QObject::connect(&engine, &Sync::SyncEngine::stateChanged, &app, [&](Sync::SyncState s) {
            if (s == Sync::SyncState::Online)
                QTimer::singleShot(0, &app, finishWhenEmpty);
        });
    });
    return app.exec();
}
