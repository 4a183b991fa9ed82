#pragma once

#include "hub/server/event_log.h"
#include "hub/server/hub_metrics.h"
#include "hub/server/webhook_ingest.h"

#include "core/clock.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace Deskline::Net {
class HttpServer;
}
namespace Deskline::Cloud {
class GraphClient;
}

namespace Deskline::Hub {

class AgentStore;
class SendForwarder;
struct AgentInfo;

struct HubConfig
{
    QString databaseUrl = QStringLiteral("sqlite:deskline-hub.db");
    QByteArray appSecret;   // DESKLINE_APP_SECRET: checks X-Hub-Signature-256
    QByteArray verifyToken; // DESKLINE_VERIFY_TOKEN: the GET handshake
    QByteArray accessToken; // DESKLINE_ACCESS_TOKEN: Graph calls (never sent to consoles)
    QUrl graphUrl;          // Meta or deskline-sim
    QString graphVersion = QStringLiteral("v25.0");
    QString wabaId;         // lines and templates are refreshed from it at start and on a timer
    int refreshMinutes = 10;
    int heartbeatSeconds = 15;
};

// deskline-hub as an embeddable object (docs/hub.md): webhook ingest, the event log and its
// stream, the console API under /api/v1, health and metrics.
class HubServer : public QObject
{
    Q_OBJECT

public:
    explicit HubServer(HubConfig config, const Clock &clock, QObject *parent = nullptr);
    ~HubServer() override;

    // Opens and migrates the store. False (and why) when it cannot.
    bool open(QString *error);
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 listenTls(const QSslConfiguration &tls, const QHostAddress &address, quint16 port);
    [[nodiscard]] QUrl baseUrl() const;

    EventLog &eventLog() { return *m_log; }
    AgentStore &agents() { return *m_agents; }
    // Reads lines and templates from the Graph API and appends what changed as events.
    void refreshFromGraph();
    // Reads pricing_analytics for the last days and stores it as a `billing.analytics` event.
    void refreshAnalytics();
    WebhookIngest &ingest() { return *m_ingest; }
    Storage::Database &database() { return *m_db; }
    HubMetrics &metrics() { return m_metrics; }
    [[nodiscard]] int streamClientCount() const { return int(m_clients.size()); }

private:
    struct Client
    {
        QWebSocket *socket = nullptr;
        std::shared_ptr<AgentInfo> agent;
        qint64 cursor = 0;
        bool live = false;
    };

    void addRoutes();
    std::optional<AgentInfo> authenticate(const Net::ServerRequest &request, Net::Responder &responder);
    void acceptStream();
    void pump(QWebSocket *socket);
    void broadcast();
    QJsonObject snapshot(const AgentInfo &agent);
    void changeAssignment(const Net::ServerRequest &request, Net::Responder responder, const QString &action);

    HubConfig m_config;
    const Clock &m_clock;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<AgentStore> m_agents;
    std::unique_ptr<WebhookIngest> m_ingest;
    std::unique_ptr<Net::HttpServer> m_http;
    std::unique_ptr<Cloud::GraphClient> m_graph;
    std::unique_ptr<SendForwarder> m_sends;
    QTimer m_refresh;
    HubMetrics m_metrics;
    QList<Client> m_clients;
    QTimer m_heartbeat;
};

} // namespace Deskline::Hub
