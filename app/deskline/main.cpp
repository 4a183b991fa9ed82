// deskline: the operator console. Wires the cache, the sync engine and the window; with --demo
// (or --embedded) also a hub in this process (docs/console.md).
#include "embedded.h"

#include "storage/cache_schema.h"
#include "storage/cache_store.h"
#include "storage/secret_store.h"
#include "sync/hub_client.h"
#include "sync/media_cache.h"
#include "sync/session.h"
#include "sync/sync_engine.h"
#include "widgets/chat_list_model.h"
#include "widgets/language.h"
#include "widgets/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace Deskline;

namespace {

struct Console
{
    std::unique_ptr<Storage::Database> db;
    std::unique_ptr<Storage::CacheStore> cache;
    std::unique_ptr<Sync::HubClient> hub;
    std::unique_ptr<Sync::SyncEngine> engine;
    std::unique_ptr<Sync::MediaCache> media;
    std::unique_ptr<Widgets::MainWindow> window;
};

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "deskline: %s\n", qPrintable(message));
    std::exit(2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Deskline"));
    QApplication::setOrganizationName(QStringLiteral("Deskline"));
    QApplication::setApplicationVersion(QStringLiteral(DESKLINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Deskline: the WhatsApp Business operator console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Start the simulator and a hub in this process and open the demo inbox."));
    const QCommandLineOption hubOption(QStringLiteral("hub"), QStringLiteral("The team hub's address, e.g. https://hub.example:8443."), QStringLiteral("URL"));
    const QCommandLineOption agentOption(QStringLiteral("agent"), QStringLiteral("Your agent name at the hub."), QStringLiteral("NAME"));
    const QCommandLineOption embedded(QStringLiteral("embedded"), QStringLiteral("One desk: run a hub in this process on the SQLite file DB (secrets from the environment)."), QStringLiteral("DB"));
    const QCommandLineOption waba(QStringLiteral("waba-id"), QStringLiteral("With --embedded: the WhatsApp Business Account id."), QStringLiteral("ID"));
    const QCommandLineOption webhookPort(QStringLiteral("webhook-port"), QStringLiteral("With --embedded: the port the hub's /webhook listens on (default 8080)."), QStringLiteral("PORT"), QStringLiteral("8080"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save the main window to FILE once it has painted, then exit."), QStringLiteral("FILE"));
    const QCommandLineOption locale(QStringLiteral("locale"), QStringLiteral("The language: en, ru, tr or zh_CN."), QStringLiteral("CODE"));
    const QCommandLineOption cacheOption(QStringLiteral("cache"), QStringLiteral("The local cache file (default: in the user's data directory)."), QStringLiteral("FILE"));
    parser.addOptions({demo, hubOption, agentOption, embedded, waba, webhookPort, screenshot, locale, cacheOption});
    parser.process(app);

    QSettings settingsStore;
    Widgets::ConsoleSettings settings = Widgets::ConsoleSettings::load(settingsStore);
    Widgets::Language language;
    const QString code = parser.isSet(locale) ? parser.value(locale)
        : !settings.language.isEmpty()        ? settings.language
                                              : Widgets::Language::bestFor(QLocale::system().name());
    if (!language.setLanguage(code))
        fail(QStringLiteral("no translation for %1").arg(code));

    SystemClock clock;
    App::EmbeddedHub embeddedHub(clock);
    QUrl hubUrl;
    QString agent = parser.value(agentOption).isEmpty() ? settings.agent : parser.value(agentOption);
    QString password;
    QString hubDescription;
    QString error;
    const bool isDemo = parser.isSet(demo);
    if (isDemo) {
        QFile scenario(QStringLiteral(":/demo/demo-scenario.json"));
        if (!scenario.open(QIODevice::ReadOnly) || !embeddedHub.startDemo(scenario.readAll(), &error))
            fail(QStringLiteral("the demo could not start: ") + error);
        agent = QStringLiteral("alex");
        hubDescription = QStringLiteral("demo");
        for (const QString &name : {QStringLiteral("anna"), QStringLiteral("elif"), QStringLiteral("wei")}) {
            QString unused;
            embeddedHub.addAgent(name, Hub::Role::Agent, &unused, &error);
        }
        if (!embeddedHub.addAgent(agent, Hub::Role::Supervisor, &password, &error))
            fail(error);
        embeddedHub.seedDemoMonth();
        hubUrl = embeddedHub.hubUrl();
    } else if (parser.isSet(embedded)) {
        if (!embeddedHub.startOneDesk(QStringLiteral("sqlite:") + parser.value(embedded), parser.value(waba),
                                      quint16(parser.value(webhookPort).toUInt()), &error))
            fail(error);
        agent = agent.isEmpty() ? QStringLiteral("desk") : agent;
        if (!embeddedHub.addAgent(agent, Hub::Role::Admin, &password, &error))
            fail(error);
        hubUrl = embeddedHub.hubUrl();
        hubDescription = QObject::tr("this computer");
    } else {
        hubUrl = QUrl(parser.value(hubOption).isEmpty() ? settings.hubUrl : parser.value(hubOption));
        if (!hubUrl.isValid() || hubUrl.isEmpty() || agent.isEmpty()) {
            std::fprintf(stderr, "deskline: give --hub URL and --agent NAME (or --demo to try it with the simulator)\n");
            return 2;
        }
        hubDescription = hubUrl.host();
        settings.hubUrl = hubUrl.toString();
        settings.agent = agent;
    }

    // The cache: per hub and agent, so two accounts never mix.
    QString cachePath = parser.value(cacheOption);
    if (cachePath.isEmpty()) {
        const QString dir = isDemo ? embeddedHub.directory() : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        const QByteArray id = QCryptographicHash::hash((hubUrl.toString() + u'|' + agent).toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
        cachePath = dir + QStringLiteral("/cache-") + QString::fromLatin1(id) + QStringLiteral(".db");
    }
    Console console;
    const std::optional<Storage::DatabaseUrl> url = Storage::DatabaseUrl::parse(QStringLiteral("sqlite:") + cachePath, &error);
    console.db = url ? Storage::Database::open(*url, QStringLiteral("console"), &error) : nullptr;
    if (!console.db || !Storage::migrateCache(*console.db, &error))
        fail(QStringLiteral("the local cache %1 cannot be opened: %2").arg(cachePath, error));
    console.cache = std::make_unique<Storage::CacheStore>(*console.db, &clock);
    console.hub = std::make_unique<Sync::HubClient>(hubUrl);
    console.engine = std::make_unique<Sync::SyncEngine>(*console.cache, *console.hub, clock);
    console.media = std::make_unique<Sync::MediaCache>(*console.hub,
                                                       QFileInfo(cachePath).absolutePath() + QStringLiteral("/media"),
                                                       qint64(512) * 1024 * 1024);
    Storage::SecretStore secrets;
    Sync::Session session(hubUrl, agent, secrets, *console.hub);

    auto openWindow = [&](const QString &role) {
        Widgets::ConsoleContext ctx;
        ctx.cache = console.cache.get();
        ctx.engine = console.engine.get();
        ctx.media = console.media.get();
        ctx.clock = &clock;
        ctx.language = &language;
        ctx.agent = agent;
        ctx.role = role;
        ctx.hubDescription = hubDescription;
        ctx.settings = settings;
        ctx.settings.language = language.language();
        console.window = std::make_unique<Widgets::MainWindow>(ctx);
        QObject::connect(console.window.get(), &Widgets::MainWindow::settingsChanged, [&settingsStore](const Widgets::ConsoleSettings &s) {
            s.save(settingsStore);
        });
        console.engine->start();
        console.window->show();
        if (parser.isSet(screenshot)) {
            const QString file = parser.value(screenshot);
            // Once the window has painted and the inbox is in: grab it and leave.
            auto shoot = [&console, file] {
                console.window->tick();
                const bool ok = console.window->grab().save(file);
                std::printf("%s\n", ok ? qPrintable(QStringLiteral("screenshot: ") + file) : "screenshot failed");
                QCoreApplication::exit(ok ? 0 : 1);
            };
            auto ready = [&console] {
                return console.engine->state() == Sync::SyncState::Online && console.window->chatModel()->rowCount() > 0;
            };
            auto *poll = new QTimer(console.window.get());
            poll->setInterval(100);
            QObject::connect(poll, &QTimer::timeout, [poll, ready, shoot] {
                if (ready()) {
                    poll->stop();
                    QTimer::singleShot(2500, shoot); // the demo team's assignments land first
                }
            });
            poll->start();
            QTimer::singleShot(30000, [shoot] { shoot(); });
        }
    };

    if (!password.isEmpty()) {
        // An embedded hub: sign in with this run's password (nothing to remember).
        console.hub->login(agent, password, &app, [&](const Sync::HubClient::Answer &a) {
            if (!a.ok())
                fail(QStringLiteral("cannot sign in to the embedded hub: ") + a.transportError);
            console.hub->setToken(a.json.value(u"token").toString().toUtf8());
            openWindow(a.json.value(u"role").toString(QStringLiteral("agent")));
            if (isDemo) // the team at work: some chats already taken, the ad customer answered
                QTimer::singleShot(800, console.engine.get(), [&console] { App::startDemoTeam(*console.cache, *console.engine); });
        });
    } else {
        // A team hub: the token from the keyring, or the password once.
        session.resume([&](const Sync::Session::Result &r) {
            if (r.state == Sync::Session::State::SignedIn) {
                openWindow(QStringLiteral("agent"));
                return;
            }
            std::function<void(const QString &)> ask = [&](const QString &why) {
                bool ok = false;
                const QString pw = QInputDialog::getText(nullptr, QObject::tr("Sign in to Deskline"),
                                                         why + (why.isEmpty() ? QString() : QStringLiteral("\n\n"))
                                                             + QObject::tr("Password for %1 at %2:").arg(agent, hubUrl.host()),
                                                         QLineEdit::Password, QString(), &ok);
                if (!ok)
                    QCoreApplication::exit(1);
                session.signIn(pw, [&](const Sync::Session::Result &s) {
                    if (s.state == Sync::Session::State::SignedIn || s.state == Sync::Session::State::KeyringUnavailable) {
                        if (!s.explanation.isEmpty())
                            QMessageBox::information(nullptr, QObject::tr("Signed in"), s.explanation);
                        openWindow(QStringLiteral("agent"));
                    } else {
                        ask(s.explanation);
                    }
                });
            };
            ask(r.explanation);
        });
    }
    const int rc = app.exec();
    if (console.engine)
        console.engine->stop();
    if (!isDemo)
        settings.save(settingsStore);
    console.window.reset();
    return rc;
}
