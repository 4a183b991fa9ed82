#include "hub/server/send_forwarder.h"

#include "core/graph_error.h"
#include "core/service_window.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSend, "deskline.hub.send")

namespace Deskline::Hub {

using Net::Responder;
using Storage::Database;
using Storage::nonNull;

namespace {


QLatin1StringView L(const char *s)
{
    return QLatin1StringView(s);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject refusal(const QString &reason, const QString &message, std::initializer_list<QPair<QString, QJsonValue>> extra = {})
{
    QJsonObject e{{QStringLiteral("reason"), reason}, {QStringLiteral("message"), message}};
    for (const auto &[k, v] : extra)
        e.insert(k, v);
    return QJsonObject{{QStringLiteral("error"), e}};
}

QString retryName(RetryClass r)
{
    switch (r) {
    case RetryClass::RetrySoon:
        return QStringLiteral("soon");
    case RetryClass::RetryLater:
        return QStringLiteral("later");
    case RetryClass::AfterUserAction:
        return QStringLiteral("after_action");
    case RetryClass::Never:
        return QStringLiteral("never");
    }
    return QString();
}

} // namespace

QJsonObject graphErrorBody(const Cloud::GraphError &error)
{
    const GraphErrorInfo info = error.info();
    return QJsonObject{{QStringLiteral("error"), QJsonObject{
        {QStringLiteral("reason"), QStringLiteral("graph_error")},
        {QStringLiteral("code"), error.code},
        {QStringLiteral("title"), info.metaTitle},
        {QStringLiteral("message"), info.meaning()},
        {QStringLiteral("advice"), info.advice()},
        {QStringLiteral("retry"), retryName(info.retry)},
        {QStringLiteral("details"), error.details}}}};
}

SendForwarder::SendForwarder(Database &db, WebhookIngest &ingest, Cloud::GraphClient *graph,
                             const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_ingest(ingest)
    , m_graph(graph)
    , m_clock(clock)
{
}

void SendForwarder::answerStored(const QString &key, Responder &responder)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT state, wamid, http_status, response FROM sends WHERE idempotency_key = ?"));
    q.addBindValue(key);
    if (!Database::exec(q) || !q.next()) {
        responder.respondJson(500, Responder::errorBody(QStringLiteral("send record missing")));
        return;
    }
    const QString state = q.value(0).toString();
    const QJsonObject stored = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    if (state == u"accepted")
        responder.respondJson(200, QJsonObject{{QStringLiteral("state"), state}, {QStringLiteral("client_id"), key},
                                               {QStringLiteral("wamid"), q.value(1).toString()}, {QStringLiteral("replayed"), true}});
    else if (state == u"rejected")
        responder.respondJson(q.value(2).toInt(), stored);
    else // pending (in flight right now) or unconfirmed (cut short): never a second send
        responder.respondJson(202, QJsonObject{{QStringLiteral("state"), state}, {QStringLiteral("client_id"), key}});
}

void SendForwarder::handle(const AgentInfo &agent, const Net::ServerRequest &request, Responder responder)
{
    const QString lineId = request.pathParam(QStringLiteral("id"));
    const QString key = QString::fromUtf8(request.header("idempotency-key")).trimmed();
    if (key.isEmpty() || key.size() > 128) {
        responder.respondJson(400, refusal(QStringLiteral("idempotency_key"), QStringLiteral("an Idempotency-Key header (at most 128 characters) is required")));
        return;
    }
    if (!permits(agent, Action::SendOnLine, lineId)) {
        responder.respondJson(403, refusal(QStringLiteral("forbidden"), QStringLiteral("you may not send from this line")));
        return;
    }
    QSqlQuery &existing = m_db.prepare(QStringLiteral("SELECT agent FROM sends WHERE idempotency_key = ?"));
    existing.addBindValue(key);
    if (Database::exec(existing) && existing.next()) {
        answerStored(key, responder); // the same key never causes a second send
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString to = body.value(L("to")).toString();
    const QString type = body.value(L("type")).toString(QStringLiteral("text"));
    if (to.isEmpty()) {
        responder.respondJson(400, refusal(QStringLiteral("bad_request"), QStringLiteral("\"to\" (the customer) is required")));
        return;
    }
    const QString chatKey = lineId + u'|' + to;
    QSqlQuery &chat = m_db.prepare(QStringLiteral("SELECT last_inbound_at, wa_id, user_id FROM chats WHERE chat_key = ?"));
    chat.addBindValue(chatKey);
    std::optional<EpochSeconds> lastInbound;
    QString waId = to, userId;
    if (Database::exec(chat) && chat.next()) {
        if (!chat.value(0).isNull())
            lastInbound = chat.value(0).toLongLong();
        if (!chat.value(1).toString().isEmpty())
            waId = chat.value(1).toString();
        userId = chat.value(2).toString();
        if (chat.value(1).toString().isEmpty() && !userId.isEmpty())
            waId.clear();
    }
    // Rules, before any Graph call.
    if (type != u"template") {
        const WindowStatus window = ServiceWindow::fromLastCustomerMessage(lastInbound).statusAt(m_clock.now());
        if (!window.isOpen()) {
            responder.respondJson(409, refusal(QStringLiteral("outside_service_window"),
                QStringLiteral("the customer service window is closed: only an approved template can be sent"),
                {{QStringLiteral("last_customer_message_at"), lastInbound ? QJsonValue(qint64(*lastInbound)) : QJsonValue()}}));
            return;
        }
    } else {
        const QJsonObject t = body.value(L("template")).toObject();
        QSqlQuery &tmpl = m_db.prepare(QStringLiteral("SELECT status, reason FROM templates WHERE name = ? AND language = ?"));
        tmpl.addBindValue(nonNull(t.value(L("name")).toString()));
        tmpl.addBindValue(nonNull(t.value(L("language")).toObject().value(L("code")).toString()));
        if (Database::exec(tmpl) && tmpl.next() && tmpl.value(0).toString() != u"APPROVED") {
            responder.respondJson(409, refusal(QStringLiteral("template_not_approved"),
                QStringLiteral("this template cannot be sent: its status is %1").arg(tmpl.value(0).toString()),
                {{QStringLiteral("status"), tmpl.value(0).toString()}, {QStringLiteral("status_reason"), tmpl.value(1).toString()}}));
            return;
        }
    }
    if (!m_graph) {
        responder.respondJson(503, refusal(QStringLiteral("no_graph"), QStringLiteral("this hub has no Graph API configured")));
        return;
    }

    // Durable before the Graph call: a crash from here on leaves it "unconfirmed", never resent.
    const qint64 now = m_clock.now();
    QSqlQuery &insert = m_db.prepare(QStringLiteral(
        "INSERT INTO sends(idempotency_key, agent, phone_number_id, request, state, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, 'pending', ?, ?)"));
    insert.addBindValue(key);
    insert.addBindValue(agent.name);
    insert.addBindValue(lineId);
    insert.addBindValue(compact(body));
    insert.addBindValue(now);
    insert.addBindValue(now);
    QString error;
    if (!Database::exec(insert, &error)) {
        // A concurrent request with the same key won the insert.
        answerStored(key, responder);
        return;
    }

    QJsonObject graphBody = body;
    graphBody.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    graphBody.insert(QStringLiteral("recipient_type"), QStringLiteral("individual"));
    graphBody.remove(QStringLiteral("to"));
    if (!waId.isEmpty())
        graphBody.insert(QStringLiteral("to"), waId);
    if (!userId.isEmpty())
        graphBody.insert(QStringLiteral("recipient"), userId);
    graphBody.insert(QStringLiteral("biz_opaque_callback_data"), key);
    qCInfo(lcSend).noquote() << "forwarding" << type << "for" << agent.name << "on line" << lineId;
    m_graph->sendMessage(lineId, graphBody, this,
                         [this, key, agent, lineId, chatKey, body, responder](const Cloud::GraphResult<Cloud::SendResult> &r) {
                             finish(key, agent, lineId, chatKey, body, r, responder);
                         });
}

void SendForwarder::finish(const QString &key, const AgentInfo &agent, const QString &lineId, const QString &chatKey,
                           const QJsonObject &request, const Cloud::GraphResult<Cloud::SendResult> &result,
                           Responder responder)
{
    const qint64 now = m_clock.now();
    QString state;
    int status = 200;
    QJsonObject answer;
    EncodedEvent event;
    event.lineId = lineId;
    if (result.ok()) {
        state = QStringLiteral("accepted");
        answer = QJsonObject{{QStringLiteral("state"), state}, {QStringLiteral("client_id"), key},
                             {QStringLiteral("wamid"), result.value->messageId}};
        event.kind = QStringLiteral("message.out");
        event.naturalKey = QStringLiteral("send:") + key;
        event.payload = QJsonObject{{QStringLiteral("phone_number_id"), lineId},
                                    {QStringLiteral("chat_key"), chatKey},
                                    {QStringLiteral("client_id"), key},
                                    {QStringLiteral("wamid"), result.value->messageId},
                                    {QStringLiteral("agent"), agent.name},
                                    {QStringLiteral("type"), request.value(L("type")).toString(QStringLiteral("text"))},
                                    {QStringLiteral("text"), request.value(L("text")).toObject().value(L("body")).toString()},
                                    {QStringLiteral("timestamp"), now},
                                    {QStringLiteral("request"), request}};
    } else if (result.error) {
        const GraphErrorInfo info = result.error->info();
        state = QStringLiteral("rejected");
        status = 422;
        answer = graphErrorBody(*result.error);
        event.kind = QStringLiteral("send.failed");
        event.naturalKey = QStringLiteral("send:") + key;
        event.payload = QJsonObject{{QStringLiteral("phone_number_id"), lineId}, {QStringLiteral("chat_key"), chatKey},
                                    {QStringLiteral("client_id"), key}, {QStringLiteral("agent"), agent.name},
                                    {QStringLiteral("code"), result.error->code}, {QStringLiteral("retry"), retryName(info.retry)}};
    } else {
        // No answer: Meta may or may not have it. Status webhooks will tell.
        state = QStringLiteral("unconfirmed");
        status = 202;
        answer = QJsonObject{{QStringLiteral("state"), state}, {QStringLiteral("client_id"), key}};
    }
    QSqlQuery &update = m_db.prepare(QStringLiteral(
        "UPDATE sends SET state = CASE WHEN state = 'accepted' THEN state ELSE ? END, wamid = COALESCE(?, wamid),"
        " http_status = ?, response = ?, updated_at = ? WHERE idempotency_key = ?"));
    update.addBindValue(state);
    update.addBindValue(result.ok() ? QVariant(result.value->messageId) : QVariant(QMetaType(QMetaType::QString)));
    update.addBindValue(status);
    update.addBindValue(compact(answer));
    update.addBindValue(now);
    update.addBindValue(key);
    QString error;
    if (!Database::exec(update, &error))
        qCWarning(lcSend).noquote() << "send outcome not recorded:" << error;
    if (!event.kind.isEmpty() && !m_ingest.appendNow({event}, &error))
        qCWarning(lcSend).noquote() << "send event not stored:" << error;
    qCInfo(lcSend).noquote() << "send" << state << (result.error ? QStringLiteral("(%1)").arg(result.error->code) : QString());
    responder.respondJson(status, answer);
}

} // namespace Deskline::Hub
