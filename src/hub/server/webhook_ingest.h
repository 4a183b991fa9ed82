#pragma once

#include "hub/server/event_log.h"
#include "hub/server/hub_metrics.h"
#include "net/http_server.h"

#include <QElapsedTimer>
#include <QObject>

namespace Deskline::Hub {

// GET /webhook (Meta's verify handshake) and POST /webhook (durable ingest).
//
// A POST is checked (signature over the raw bytes → 401, JSON → 400; 413 comes from the HTTP
// layer) and parsed, then waits for the next group commit: every webhook that arrived while the
// previous commit ran is appended in ONE transaction, and each gets its 200 only after that
// commit succeeded (500 if it failed, so Meta retries). Durability never caps throughput.
class WebhookIngest : public QObject
{
    Q_OBJECT

public:
    WebhookIngest(Storage::Database &db, EventLog &log, HubMetrics &metrics, QByteArray appSecret,
                  QByteArray verifyToken, QObject *parent = nullptr);

    void handleVerify(const Net::ServerRequest &request, Net::Responder responder);
    void handlePost(const Net::ServerRequest &request, Net::Responder responder);

    // Appends events in one transaction right away (hub-originated events: sends, refreshes).
    bool appendNow(const QList<EncodedEvent> &events, QString *error);

    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }

private:
    struct Pending
    {
        QList<EncodedEvent> events;
        Net::Responder responder;
        QElapsedTimer received;
    };
    void scheduleCommit();
    void commit();

    Storage::Database &m_db;
    EventLog &m_log;
    HubMetrics &m_metrics;
    QByteArray m_appSecret;
    QByteArray m_verifyToken;
    QList<Pending> m_pending;
    bool m_commitScheduled = false;
};

} // namespace Deskline::Hub
