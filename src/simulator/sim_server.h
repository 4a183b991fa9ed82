#pragma once

#include "simulator/sim_engine.h"
#include "simulator/webhook_dispatcher.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace Deskline::Net {
class HttpServer;
struct ServerRequest;
class Responder;
}

namespace Deskline::Sim {

struct SimServerConfig
{
    QUrl webhookUrl;           // where signed webhooks go; empty: nowhere
    QByteArray appSecret;
    QByteArray accessToken;    // the bearer token Graph requests must carry
    QString graphVersion = QStringLiteral("v25.0");
    double speed = 1.0;        // simulated seconds per real second; 0: only /sim/v1/clock moves time
    WebhookFaults faults;
};

// deskline-sim as an embeddable object: the Graph paths under /{version}/…, the control API
// under /sim/v1/…, and signed webhooks to the configured URL (docs/simulator.md).
class SimServer : public QObject
{
    Q_OBJECT

public:
    SimServer(Business business, SimServerConfig config, QObject *parent = nullptr);
    ~SimServer() override;

    // Port 0 picks a free port. Returns the bound port, 0 on failure.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    [[nodiscard]] QUrl baseUrl() const;
    // {"listening":…,"waba_id":…,"phone_number_ids":[…],"graph_version":…}
    [[nodiscard]] QJsonObject announcement() const;

    SimEngine &engine() { return m_engine; }
    WebhookDispatcher &dispatcher() { return *m_dispatcher; }
    Net::HttpServer &http() { return *m_http; }

    // Moves the simulated clock and sends whatever fell due.
    void advance(qint64 seconds);
    // Sends every change that is due now.
    void flush();

private:
    void addRoutes();
    bool authorized(const Net::ServerRequest &request, Net::Responder &responder);
    void reply(Net::Responder &responder, const GraphReply &reply);
    QString graphBase() const;

    SimServerConfig m_config;
    SimEngine m_engine;
    std::unique_ptr<Net::HttpServer> m_http;
    WebhookDispatcher *m_dispatcher = nullptr;
    QTimer m_ticker;
};

} // namespace Deskline::Sim
