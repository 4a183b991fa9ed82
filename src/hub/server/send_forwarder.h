#pragma once

#include "hub/server/webhook_ingest.h"
#include "hub/server/roles.h"

#include "cloud/graph_client.h"
#include "core/clock.h"

#include <QObject>

namespace Deskline::Hub {

// POST /api/v1/lines/{phone_number_id}/messages: a console's send, forwarded to the Graph API
// exactly once per Idempotency-Key (docs/hub-api.md).
//
// 1. The rules are checked before a Graph call is spent: free-form outside the customer service
//    window → 409; a template that is not APPROVED → 409; an agent not allowed on the line → 403.
// 2. The send is recorded as `pending` and committed, then forwarded with the key in
//    `biz_opaque_callback_data`, so status webhooks reconcile it.
// 3. The outcome is recorded (accepted with its wamid, or rejected with Meta's error mapped by
//    core's catalogue) and appended as an event. A send cut short by a crash or a timeout is
//    `unconfirmed`: it is never resent blindly, its status webhooks settle it.
// The same key always gets the same answer, across restarts too.
// {"error":{"reason":"graph_error","code","title","message","advice","retry","details"}}: a Graph
// error in the agent's words (core's catalogue), as every hub endpoint answers it.
QJsonObject graphErrorBody(const Cloud::GraphError &error);

class SendForwarder : public QObject
{
    Q_OBJECT

public:
    SendForwarder(Storage::Database &db, WebhookIngest &ingest, Cloud::GraphClient *graph,
                  const Clock &clock, QObject *parent = nullptr);

    void handle(const AgentInfo &agent, const Net::ServerRequest &request, Net::Responder responder);

private:
    void answerStored(const QString &key, Net::Responder &responder);
    void finish(const QString &key, const AgentInfo &agent, const QString &lineId, const QString &chatKey,
                const QJsonObject &request, const Cloud::GraphResult<Cloud::SendResult> &result,
                Net::Responder responder);

    Storage::Database &m_db;
    WebhookIngest &m_ingest;
    Cloud::GraphClient *m_graph;
    const Clock &m_clock;
};

} // namespace Deskline::Hub
