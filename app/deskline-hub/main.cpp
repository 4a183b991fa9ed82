// deskline-hub: the team server (docs/hub.md).
#include "hub/server/agent_cli.h"
#include "hub/server/hub_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Deskline;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

// KEY=VALUE lines from a file only its owner can read.
bool readSecretsFile(const QString &path, Hub::HubConfig &config, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QFileDevice::Permissions p = file.permissions();
    if (p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)) {
        *error = QStringLiteral("%1 must be readable by its owner only (chmod 600)").arg(path);
        return false;
    }
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QByteArray line = raw.trimmed();
        const qsizetype eq = line.indexOf('=');
        if (line.isEmpty() || line.startsWith('#') || eq < 0)
            continue;
        const QByteArray key = line.left(eq).trimmed();
        const QByteArray value = line.mid(eq + 1).trimmed();
        if (key == "DESKLINE_APP_SECRET")
            config.appSecret = value;
        else if (key == "DESKLINE_VERIFY_TOKEN")
            config.verifyToken = value;
        else if (key == "DESKLINE_ACCESS_TOKEN")
            config.accessToken = value;
    }
    return true;
}

int serve(QCoreApplication &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "deskline-hub serve: receives Meta's webhooks, keeps the event log, streams it to consoles "
        "and forwards their sends. Secrets come from DESKLINE_APP_SECRET, DESKLINE_VERIFY_TOKEN and "
        "DESKLINE_ACCESS_TOKEN, or from --secrets-file."));
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to serve on; port 0 picks a free port."), QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("sqlite:PATH (default sqlite:deskline-hub.db) or postgresql://user@host:port/db"), QStringLiteral("URL"), QStringLiteral("sqlite:deskline-hub.db"));
    const QCommandLineOption graph(QStringLiteral("graph-url"), QStringLiteral("Graph API base: https://graph.facebook.com or deskline-sim's URL."), QStringLiteral("URL"), QStringLiteral("https://graph.facebook.com"));
    const QCommandLineOption version(QStringLiteral("graph-version"), QStringLiteral("Graph API version."), QStringLiteral("vNN.0"), QStringLiteral("v25.0"));
    const QCommandLineOption waba(QStringLiteral("waba-id"), QStringLiteral("WhatsApp Business Account whose lines and templates are refreshed from the Graph API."), QStringLiteral("ID"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain): serve HTTPS and WSS."), QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("PEM private key for --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption logRequests(QStringLiteral("log-requests"), QStringLiteral("Log one line per HTTP request (method, path, status, time)."));
    const QCommandLineOption secrets(QStringLiteral("secrets-file"), QStringLiteral("KEY=VALUE file (mode 0600) with the three secrets."), QStringLiteral("FILE"));
    parser.addOptions({listen, db, graph, version, waba, tlsCert, tlsKey, logRequests, secrets});
    parser.process(args);

    if (!parser.isSet(logRequests))
        QLoggingCategory::setFilterRules(QStringLiteral("deskline.net.info=false")); // refusals are still logged by the hub

    Hub::HubConfig config;
    config.databaseUrl = parser.value(db);
    config.graphUrl = QUrl(parser.value(graph));
    config.graphVersion = parser.value(version);
    config.wabaId = parser.value(waba);
    config.appSecret = qgetenv("DESKLINE_APP_SECRET");
    config.verifyToken = qgetenv("DESKLINE_VERIFY_TOKEN");
    config.accessToken = qgetenv("DESKLINE_ACCESS_TOKEN");
    QString error;
    if (parser.isSet(secrets) && !readSecretsFile(parser.value(secrets), config, &error)) {
        std::fprintf(stderr, "deskline-hub: %s\n", qPrintable(error));
        return 2;
    }
    if (config.appSecret.isEmpty() || config.verifyToken.isEmpty()) {
        std::fprintf(stderr, "deskline-hub: DESKLINE_APP_SECRET and DESKLINE_VERIFY_TOKEN are required\n");
        return 2;
    }
    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool portOk = false;
    const quint16 port = colon < 0 ? 0 : hostPort.mid(colon + 1).toUShort(&portOk);
    const QHostAddress host(colon < 0 ? QString() : hostPort.left(colon));
    if (colon < 0 || !portOk || host.isNull()) {
        std::fprintf(stderr, "deskline-hub: --listen wants HOST:PORT, e.g. 127.0.0.1:8080\n");
        return 2;
    }

    const SystemClock clock;
    Hub::HubServer hub(config, clock);
    if (!hub.open(&error)) {
        std::fprintf(stderr, "deskline-hub: %s\n", qPrintable(error));
        return 1;
    }
    quint16 bound = 0;
    if (parser.isSet(tlsCert) || parser.isSet(tlsKey)) {
        QFile certFile(parser.value(tlsCert)), keyFile(parser.value(tlsKey));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "deskline-hub: --tls-cert and --tls-key must both name readable PEM files\n");
            return 2;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            std::fprintf(stderr, "deskline-hub: the TLS certificate or key could not be read\n");
            return 2;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
        bound = hub.listenTls(tls, host, port);
    } else {
        bound = hub.listen(host, port);
    }
    if (!bound) {
        std::fprintf(stderr, "deskline-hub: cannot listen on %s\n", qPrintable(hostPort));
        return 1;
    }
    // SIGTERM/SIGINT: webhooks already read are committed and answered, then the hub exits.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
            char c;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
            // The commit already queued runs first; the grace lets its 200s reach the clients.
            QTimer::singleShot(std::chrono::milliseconds(250), &app, &QCoreApplication::quit);
        });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    const QJsonObject first{{QStringLiteral("listening"), hub.baseUrl().toString()}};
    std::printf("%s\n", QJsonDocument(first).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deskline-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESKLINE_VERSION));
    const QStringList args = app.arguments();
    const QString command = args.value(1);
    if (command == u"serve")
        return serve(app, QStringList{args.first()} + args.mid(2));
    if (command == u"agent") {
        QTextStream in(stdin), out(stdout), err(stderr);
        const SystemClock clock;
        return Hub::runAgentCommand(args.mid(1), in, out, err, clock);
    }
    std::fprintf(command == u"--help" || command == u"-h" ? stdout : stderr,
                 "usage: deskline-hub serve --listen HOST:PORT --db URL [--graph-url URL] [--secrets-file FILE]\n"
                 "       deskline-hub agent add NAME --role agent|supervisor|admin [--lines ID,...] --password-stdin --db URL\n"
                 "       deskline-hub agent passwd NAME --password-stdin --db URL\n"
                 "       deskline-hub agent list --db URL\n"
                 "       deskline-hub agent disable NAME --db URL\n");
    return command == u"--help" || command == u"-h" ? 0 : 2;
}
