// deskline-sim: a local stand-in for the WhatsApp Cloud API (docs/simulator.md).
#include "simulator/sim_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace Deskline;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deskline-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESKLINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local WhatsApp Cloud API for Deskline: Graph paths under /{version}/, signed webhooks, "
        "scripted customers on a simulated clock, and a control API under /sim/v1/."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to serve on; port 0 picks a free port."), QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption webhook(QStringLiteral("webhook"), QStringLiteral("URL that receives the signed webhooks (e.g. the hub's /webhook)."), QStringLiteral("URL"));
    const QCommandLineOption secret(QStringLiteral("app-secret"), QStringLiteral("App secret that signs X-Hub-Signature-256. Default: $DESKLINE_APP_SECRET."), QStringLiteral("SECRET"));
    const QCommandLineOption token(QStringLiteral("access-token"), QStringLiteral("Bearer token Graph requests must carry. Default: $DESKLINE_ACCESS_TOKEN."), QStringLiteral("TOKEN"));
    const QCommandLineOption scenario(QStringLiteral("scenario"), QStringLiteral("Scenario file: lines, templates, customers and a timeline (resources/simulator/*.json)."), QStringLiteral("FILE"));
    const QCommandLineOption version(QStringLiteral("graph-version"), QStringLiteral("Graph API version reported and expected in paths."), QStringLiteral("vNN.0"), QStringLiteral("v25.0"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Simulated seconds per real second; 0 moves time only through POST /sim/v1/clock."), QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption duplicates(QStringLiteral("duplicate-rate"), QStringLiteral("Chance (0–1) that a webhook POST is delivered twice."), QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption reorder(QStringLiteral("reorder"), QStringLiteral("Shuffle the changes inside each webhook POST."));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed for the faults."), QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({listen, webhook, secret, token, scenario, version, speed, duplicates, reorder, seed});
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "deskline-sim: %s\n", qPrintable(message));
        return 2;
    };

    Sim::Business business = Sim::defaultBusiness();
    if (parser.isSet(scenario)) {
        QFile file(parser.value(scenario));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read the scenario %1: %2").arg(file.fileName(), file.errorString()));
        QString error;
        const auto parsed = Sim::businessFromScenario(file.readAll(), &error);
        if (!parsed)
            return fail(QStringLiteral("%1: %2").arg(file.fileName(), error));
        business = *parsed;
    }

    Sim::SimServerConfig config;
    config.webhookUrl = QUrl(parser.value(webhook));
    config.appSecret = (parser.isSet(secret) ? parser.value(secret) : qEnvironmentVariable("DESKLINE_APP_SECRET")).toUtf8();
    config.accessToken = (parser.isSet(token) ? parser.value(token) : qEnvironmentVariable("DESKLINE_ACCESS_TOKEN")).toUtf8();
    config.graphVersion = parser.value(version);
    config.speed = parser.value(speed).toDouble();
    config.faults.duplicateRate = parser.value(duplicates).toDouble();
    config.faults.reorder = parser.isSet(reorder);
    config.faults.seed = parser.value(seed).toUInt();
    if (config.accessToken.isEmpty())
        return fail(QStringLiteral("an access token is required (--access-token or DESKLINE_ACCESS_TOKEN)"));
    if (!config.webhookUrl.isEmpty() && config.appSecret.isEmpty())
        return fail(QStringLiteral("webhooks need an app secret (--app-secret or DESKLINE_APP_SECRET)"));

    const QString hostPort = parser.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool portOk = false;
    const quint16 port = colon < 0 ? 0 : hostPort.mid(colon + 1).toUShort(&portOk);
    const QHostAddress host(colon < 0 ? hostPort : hostPort.left(colon));
    if (colon < 0 || !portOk || host.isNull())
        return fail(QStringLiteral("--listen wants HOST:PORT, e.g. 127.0.0.1:0"));

    Sim::SimServer server(business, config);
    if (!server.listen(host, port))
        return fail(QStringLiteral("cannot listen on %1").arg(hostPort));
    // The first stdout line is the contract with the programs that start the simulator.
    std::printf("%s\n", QJsonDocument(server.announcement()).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return app.exec();
}
