#include "hub/server/hub_server.h"

#include "hub/server/agent_store.h"
#include "hub/server/hub_schema.h"
#include "hub/server/roles.h"
#include "hub/server/send_forwarder.h"

#include "cloud/graph_client.h"
#include "cloud/message_builder.h"
#include "net/multipart.h"
#include "net/http_server.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcHub, "deskline.hub")

namespace Deskline::Hub {

using Net::Responder;
using Net::ServerRequest;

namespace {

QLatin1StringView L(const char *s)
{
    return QLatin1StringView(s);
}

constexpr int kChunk = 500;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray bearerOf(const QByteArray &header)
{
    return header.startsWith("Bearer ") ? header.mid(7).trimmed() : QByteArray();
}

} // namespace

HubServer::HubServer(HubConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_http(std::make_unique<Net::HttpServer>())
{
    m_heartbeat.setInterval(m_config.heartbeatSeconds * 1000);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        const QByteArray beat = compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("heartbeat")},
                                                    {QStringLiteral("last_seq"), m_log->lastSeq()},
                                                    {QStringLiteral("time"), m_clock.now()}});
        for (const Client &c : std::as_const(m_clients))
            c.socket->sendTextMessage(QString::fromUtf8(beat));
    });
}

HubServer::~HubServer()
{
    for (const Client &c : std::as_const(m_clients))
        c.socket->abort();
    m_clients.clear();
}

bool HubServer::open(QString *error)
{
    const auto url = Storage::DatabaseUrl::parse(m_config.databaseUrl, error);
    if (!url)
        return false;
    m_db = Storage::Database::open(*url, QStringLiteral("hub-%1").arg(quintptr(this), 0, 16), error);
    if (!m_db || !m_db->migrate(hubMigrations(), error))
        return false;
    // A send interrupted by a crash is never resent blindly: its status webhooks settle it.
    m_db->execute(QStringLiteral("UPDATE sends SET state = 'unconfirmed' WHERE state = 'pending'"), error);
    m_log = std::make_unique<EventLog>(*m_db, m_clock);
    m_agents = std::make_unique<AgentStore>(*m_db, m_clock);
    m_ingest = std::make_unique<WebhookIngest>(*m_db, *m_log, m_metrics, m_config.appSecret, m_config.verifyToken);
    if (m_config.graphUrl.isValid() && !m_config.graphUrl.isEmpty()) {
        m_graph = std::make_unique<Cloud::GraphClient>(m_config.graphUrl, m_config.graphVersion, m_config.accessToken);
        if (!m_config.wabaId.isEmpty()) {
            m_refresh.setInterval(std::max(1, m_config.refreshMinutes) * 60 * 1000);
            connect(&m_refresh, &QTimer::timeout, this, &HubServer::refreshFromGraph);
            connect(&m_refresh, &QTimer::timeout, this, &HubServer::refreshAnalytics);
            m_refresh.start();
            QTimer::singleShot(0, this, &HubServer::refreshFromGraph);
            QTimer::singleShot(0, this, &HubServer::refreshAnalytics);
        }
    }
    m_sends = std::make_unique<SendForwarder>(*m_db, *m_ingest, m_graph.get(), m_clock);
    connect(m_log.get(), &EventLog::appended, this, &HubServer::broadcast);
    connect(m_http.get(), &Net::HttpServer::newWebSocketConnection, this, &HubServer::acceptStream);
    addRoutes();
    qCInfo(lcHub).noquote() << "store" << url->redacted() << "at schema version" << m_db->schemaVersion()
                            << ", last event" << m_log->lastSeq();
    return true;
}

quint16 HubServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_http->listen(address, port);
    if (bound)
        m_heartbeat.start();
    return bound;
}

quint16 HubServer::listenTls(const QSslConfiguration &tls, const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_http->listenTls(tls, address, port);
    if (bound)
        m_heartbeat.start();
    return bound;
}

QUrl HubServer::baseUrl() const
{
    return m_http->baseUrl();
}

std::optional<AgentInfo> HubServer::authenticate(const ServerRequest &request, Responder &responder)
{
    const QByteArray token = bearerOf(request.header("authorization"));
    if (!token.isEmpty()) {
        if (auto agent = m_agents->authenticate(token))
            return agent;
    }
    responder.respondJson(401, Responder::errorBody(QStringLiteral("sign in first: a valid bearer token is required")));
    return std::nullopt;
}

void HubServer::addRoutes()
{
    m_http->route("GET", QStringLiteral("/webhook"), [this](const ServerRequest &rq, Responder rs) {
        m_ingest->handleVerify(rq, rs);
    });
    m_http->route("POST", QStringLiteral("/webhook"), [this](const ServerRequest &rq, Responder rs) {
        m_ingest->handlePost(rq, rs);
    });
    m_http->route("GET", QStringLiteral("/healthz"), [this](const ServerRequest &, Responder rs) {
        rs.respondJson(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                        {QStringLiteral("last_seq"), m_log->lastSeq()}});
    });
    m_http->route("GET", QStringLiteral("/metrics"), [this](const ServerRequest &, Responder rs) {
        m_metrics.setStreamClients(int(m_clients.size()));
        rs.respond(200, m_metrics.render(), "text/plain; version=0.0.4");
    });

    m_http->route("POST", QStringLiteral("/api/v1/login"), [this](const ServerRequest &rq, Responder rs) {
        const QJsonObject body = QJsonDocument::fromJson(rq.body).object();
        QString error;
        const auto session = m_agents->login(body.value(L("name")).toString(), body.value(L("password")).toString(), &error);
        if (!session) {
            rs.respondJson(401, Responder::errorBody(error));
            return;
        }
        rs.respondJson(200, QJsonObject{{QStringLiteral("token"), QString::fromLatin1(session->token)},
                                        {QStringLiteral("expires_at"), session->expiresAt},
                                        {QStringLiteral("agent"), session->agent.name},
                                        {QStringLiteral("role"), toString(session->agent.role)}});
    });
    m_http->route("GET", QStringLiteral("/api/v1/events"), [this](const ServerRequest &rq, Responder rs) {
        const auto agent = authenticate(rq, rs);
        if (!agent)
            return;
        bool ok = true;
        const qint64 after = rq.query.hasQueryItem(QStringLiteral("after"))
            ? rq.query.queryItemValue(QStringLiteral("after")).toLongLong(&ok) : 0;
        int limit = rq.query.hasQueryItem(QStringLiteral("limit")) ? rq.query.queryItemValue(QStringLiteral("limit")).toInt() : 500;
        if (!ok || after < 0) {
            rs.respondJson(400, Responder::errorBody(QStringLiteral("after must be a sequence number ≥ 0")));
            return;
        }
        limit = std::clamp(limit, 1, 5000);
        QJsonArray events;
        for (const StoredEvent &e : m_log->after(after, limit)) {
            if (!e.lineId.isEmpty() && !permits(*agent, Action::ReadLine, e.lineId))
                events.append(QJsonObject{{QStringLiteral("seq"), e.seq}, {QStringLiteral("kind"), QStringLiteral("redacted")}});
            else
                events.append(e.toJson());
        }
        rs.respondJson(200, QJsonObject{{QStringLiteral("events"), events},
                                        {QStringLiteral("last_seq"), m_log->lastSeq()}});
    });
    m_http->route("GET", QStringLiteral("/api/v1/snapshot"), [this](const ServerRequest &rq, Responder rs) {
        if (const auto agent = authenticate(rq, rs))
            rs.respondJson(200, snapshot(*agent));
    });
    m_http->route("POST", QStringLiteral("/api/v1/lines/{id}/messages"), [this](const ServerRequest &rq, Responder rs) {
        if (const auto agent = authenticate(rq, rs))
            m_sends->handle(*agent, rq, rs);
    });
    // Read receipts and the typing indicator, forwarded.
    m_http->route("POST", QStringLiteral("/api/v1/lines/{id}/read"), [this](const ServerRequest &rq, Responder rs) {
        const auto agent = authenticate(rq, rs);
        if (!agent)
            return;
        const QString line = rq.pathParam(QStringLiteral("id"));
        const QJsonObject body = QJsonDocument::fromJson(rq.body).object();
        const QString messageId = body.value(L("message_id")).toString();
        if (!permits(*agent, Action::SendOnLine, line)) {
            rs.respondJson(403, Responder::errorBody(QStringLiteral("you may not use this line")));
            return;
        }
        if (messageId.isEmpty() || !m_graph) {
            rs.respondJson(messageId.isEmpty() ? 400 : 503, Responder::errorBody(messageId.isEmpty()
                ? QStringLiteral("message_id is required") : QStringLiteral("this hub has no Graph API configured")));
            return;
        }
        m_graph->markRead(line, Cloud::MessageBuilder::markRead(messageId, body.value(L("typing")).toBool()), this,
                          [this, rs](const Cloud::GraphResult<bool> &r) mutable {
                              m_metrics.graphCall(r.ok() ? QStringLiteral("ok") : QStringLiteral("error"));
                              if (r.ok())
                                  rs.respondJson(200, QJsonObject{{QStringLiteral("success"), *r.value}});
                              else if (r.error)
                                  rs.respondJson(422, graphErrorBody(*r.error));
                              else
                                  rs.respondJson(502, Responder::errorBody(QStringLiteral("WhatsApp did not answer")));
                          });
    });
    // Media through the hub, so consoles never need the token.
    m_http->route("POST", QStringLiteral("/api/v1/lines/{id}/media"), [this](const ServerRequest &rq, Responder rs) {
        const auto agent = authenticate(rq, rs);
        if (!agent)
            return;
        const QString line = rq.pathParam(QStringLiteral("id"));
        if (!permits(*agent, Action::SendOnLine, line)) {
            rs.respondJson(403, Responder::errorBody(QStringLiteral("you may not use this line")));
            return;
        }
        const QList<Net::FormPart> parts = Net::parseMultipart(rq.header("content-type"), rq.body);
        const auto file = std::find_if(parts.begin(), parts.end(), [](const Net::FormPart &p) { return p.name == "file"; });
        if (file == parts.end() || file->contentType.isEmpty() || !m_graph) {
            rs.respondJson(400, Responder::errorBody(QStringLiteral("send the file as multipart/form-data field \"file\" with its type")));
            return;
        }
        m_graph->uploadMedia(line, file->data, file->contentType, file->fileName, this,
                             [this, rs](const Cloud::GraphResult<QString> &r) mutable {
                                 m_metrics.graphCall(r.ok() ? QStringLiteral("ok") : QStringLiteral("error"));
                                 if (r.ok())
                                     rs.respondJson(200, QJsonObject{{QStringLiteral("id"), *r.value}});
                                 else if (r.error)
                                     rs.respondJson(422, graphErrorBody(*r.error));
                                 else
                                     rs.respondJson(502, Responder::errorBody(QStringLiteral("WhatsApp did not answer")));
                             });
    });
    m_http->route("GET", QStringLiteral("/api/v1/media/{id}"), [this](const ServerRequest &rq, Responder rs) {
        if (!authenticate(rq, rs))
            return;
        if (!m_graph) {
            rs.respondJson(503, Responder::errorBody(QStringLiteral("this hub has no Graph API configured")));
            return;
        }
        m_graph->mediaInfo(rq.pathParam(QStringLiteral("id")), this, [this, rs](const Cloud::GraphResult<Cloud::MediaInfo> &info) mutable {
            if (!info.ok()) {
                rs.respondJson(info.error ? 422 : 502, info.error ? graphErrorBody(*info.error)
                                                                  : Responder::errorBody(QStringLiteral("WhatsApp did not answer")));
                return;
            }
            m_graph->downloadMedia(info.value->url, this, [rs](const Cloud::GraphResult<Cloud::MediaBytes> &bytes) mutable {
                if (bytes.ok())
                    rs.respond(200, bytes.value->data, bytes.value->contentType);
                else
                    rs.respondJson(502, Responder::errorBody(QStringLiteral("the file could not be downloaded")));
            });
        });
    });
    // Internal notes: seen by the team, never sent to the customer.
    m_http->route("POST", QStringLiteral("/api/v1/chats/note"), [this](const ServerRequest &rq, Responder rs) {
        const auto agent = authenticate(rq, rs);
        if (!agent)
            return;
        const QJsonObject body = QJsonDocument::fromJson(rq.body).object();
        const QString key = body.value(L("chat_key")).toString();
        const QString text = body.value(L("text")).toString().trimmed();
        QSqlQuery &q = m_db->prepare(QStringLiteral("SELECT phone_number_id FROM chats WHERE chat_key = ?"));
        q.addBindValue(key);
        if (!Storage::Database::exec(q) || !q.next()) {
            rs.respondJson(404, Responder::errorBody(QStringLiteral("no such chat")));
            return;
        }
        const QString line = q.value(0).toString();
        q.finish();
        if (!permits(*agent, Action::WriteNote, line)) {
            rs.respondJson(403, Responder::errorBody(QStringLiteral("you may not work on this line")));
            return;
        }
        if (text.isEmpty() || text.size() > 4096) {
            rs.respondJson(400, Responder::errorBody(QStringLiteral("a note needs text (at most 4,096 characters)")));
            return;
        }
        EncodedEvent e;
        e.kind = QStringLiteral("note.added");
        e.lineId = line;
        e.payload = QJsonObject{{QStringLiteral("chat_key"), key}, {QStringLiteral("author"), agent->name},
                                {QStringLiteral("text"), text}, {QStringLiteral("created_at"), m_clock.now()}};
        QString error;
        if (!m_ingest->appendNow({e}, &error)) {
            rs.respondJson(500, Responder::errorBody(QStringLiteral("not stored; please retry")));
            return;
        }
        rs.respondJson(200, QJsonObject{{QStringLiteral("seq"), m_log->lastSeq()}});
    });
    m_http->route("POST", QStringLiteral("/api/v1/chats/claim"), [this](const ServerRequest &rq, Responder rs) {
        changeAssignment(rq, rs, QStringLiteral("claim"));
    });
    m_http->route("POST", QStringLiteral("/api/v1/chats/release"), [this](const ServerRequest &rq, Responder rs) {
        changeAssignment(rq, rs, QStringLiteral("release"));
    });
    m_http->route("POST", QStringLiteral("/api/v1/chats/assign"), [this](const ServerRequest &rq, Responder rs) {
        changeAssignment(rq, rs, QStringLiteral("assign"));
    });
}

void HubServer::changeAssignment(const ServerRequest &request, Responder responder, const QString &action)
{
    const auto agent = authenticate(request, responder);
    if (!agent)
        return;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString key = body.value(L("chat_key")).toString();
    QSqlQuery &q = m_db->prepare(QStringLiteral("SELECT phone_number_id, assignee FROM chats WHERE chat_key = ?"));
    q.addBindValue(key);
    if (!Storage::Database::exec(q) || !q.next()) {
        responder.respondJson(404, Responder::errorBody(QStringLiteral("no such chat")));
        return;
    }
    const QString line = q.value(0).toString();
    const QString current = q.value(1).toString();
    QString target;
    if (action == u"claim") {
        if (!permits(*agent, Action::ClaimChat, line)) {
            responder.respondJson(403, Responder::errorBody(QStringLiteral("you may not work on this line")));
            return;
        }
        if (!current.isEmpty() && current != agent->name) {
            // Whoever's claim was committed first keeps the chat.
            responder.respondJson(409, QJsonObject{{QStringLiteral("error"), QJsonObject{
                {QStringLiteral("message"), QStringLiteral("%1 is already working on this chat").arg(current)},
                {QStringLiteral("reason"), QStringLiteral("already_assigned")},
                {QStringLiteral("assignee"), current}}}});
            return;
        }
        target = agent->name;
    } else if (action == u"release") {
        const bool own = current == agent->name;
        if (!(own ? permits(*agent, Action::ReleaseOwnChat, line) : permits(*agent, Action::AssignChat, line))) {
            responder.respondJson(403, Responder::errorBody(QStringLiteral("only its assignee or a supervisor may release this chat")));
            return;
        }
    } else {
        if (!permits(*agent, Action::AssignChat, line)) {
            responder.respondJson(403, Responder::errorBody(QStringLiteral("only supervisors and admins assign chats")));
            return;
        }
        target = body.value(L("agent")).toString();
        const auto other = m_agents->find(target);
        if (!other || other->disabled || !other->mayUseLine(line)) {
            responder.respondJson(422, Responder::errorBody(QStringLiteral("%1 cannot work on this line").arg(target)));
            return;
        }
    }
    EncodedEvent e;
    e.kind = QStringLiteral("chat.assigned");
    e.lineId = line;
    e.payload = QJsonObject{{QStringLiteral("chat_key"), key},
                            {QStringLiteral("assignee"), target},
                            {QStringLiteral("previous"), current},
                            {QStringLiteral("by"), agent->name},
                            {QStringLiteral("action"), action}};
    QString error;
    if (!m_ingest->appendNow({e}, &error)) {
        responder.respondJson(500, Responder::errorBody(QStringLiteral("not stored; please retry")));
        return;
    }
    responder.respondJson(200, QJsonObject{{QStringLiteral("chat_key"), key},
                                           {QStringLiteral("assignee"), target},
                                           {QStringLiteral("last_seq"), m_log->lastSeq()}});
}

QJsonObject HubServer::snapshot(const AgentInfo &agent)
{
    // One connection, one thread: nothing commits between these reads, so the snapshot is
    // consistent with `seq`.
    const qint64 seq = m_log->lastSeq();
    auto rows = [this](const QString &sql) {
        QJsonArray out;
        QSqlQuery q(m_db->sql());
        if (!q.exec(sql))
            return out;
        const QSqlRecord r = q.record();
        while (q.next()) {
            QJsonObject o;
            for (int i = 0; i < r.count(); ++i)
                o.insert(r.fieldName(i), QJsonValue::fromVariant(q.value(i)));
            out.append(o);
        }
        return out;
    };
    auto allowed = [&](const QJsonArray &in, const char *lineField) {
        QJsonArray out;
        for (const QJsonValue &v : in) {
            if (agent.mayUseLine(v.toObject().value(QLatin1StringView(lineField)).toString()))
                out.append(v);
        }
        return out;
    };
    const QJsonArray chats = allowed(rows(QStringLiteral(
        "SELECT chat_key, phone_number_id, customer_key, wa_id, user_id, name, username, last_inbound_at,"
        " referral_at, fep_opened_at, fep_for_referral_at, last_message_at, assignee FROM chats"
        " ORDER BY last_message_at DESC LIMIT 500")), "phone_number_id");
    QJsonArray messages;
    for (const QJsonValue &c : chats) {
        QSqlQuery &q = m_db->prepare(QStringLiteral(
            "SELECT message_key, wamid, client_id, chat_key, direction, kind, body, sent_by, created_at, status,"
            " sent_at, delivered_at, read_at, played_at, failed_at, errors FROM messages WHERE chat_key = ?"
            " ORDER BY created_at DESC LIMIT 50"));
        q.addBindValue(c.toObject().value(L("chat_key")).toString());
        if (!Storage::Database::exec(q))
            continue;
        const QSqlRecord r = q.record();
        while (q.next()) {
            QJsonObject o;
            for (int i = 0; i < r.count(); ++i)
                o.insert(r.fieldName(i), QJsonValue::fromVariant(q.value(i)));
            messages.append(o);
        }
    }
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("lines"), allowed(rows(QStringLiteral("SELECT * FROM lines ORDER BY phone_number_id")), "phone_number_id")},
                       {QStringLiteral("templates"), rows(QStringLiteral(
                            "SELECT id, name, language, category, status, reason, quality, definition FROM templates ORDER BY name, language"))},
                       {QStringLiteral("chats"), chats},
                       {QStringLiteral("messages"), messages},
                       {QStringLiteral("billing"), allowed(rows(QStringLiteral("SELECT * FROM billing ORDER BY day")), "phone_number_id")}};
}

void HubServer::refreshFromGraph()
{
    if (!m_graph)
        return;
    // Unchanged data gives the same natural key, so a refresh appends only what changed.
    auto keyOf = [](const QString &prefix, const QJsonObject &o) {
        return prefix + QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                                                     QCryptographicHash::Sha256).toHex().left(32));
    };
    const QStringList fields{QStringLiteral("display_phone_number"), QStringLiteral("verified_name"), QStringLiteral("quality_rating"),
                             QStringLiteral("whatsapp_business_manager_messaging_limit"), QStringLiteral("status")};
    m_graph->phoneNumbers(m_config.wabaId, fields, this, [this, keyOf](const Cloud::GraphResult<Cloud::PhoneNumberPage> &r) {
        m_metrics.graphCall(r.ok() ? QStringLiteral("ok") : QStringLiteral("error"));
        if (!r.ok())
            return;
        QList<EncodedEvent> events;
        for (const Cloud::PhoneNumberInfo &n : r.value->numbers) {
            EncodedEvent e;
            e.kind = QStringLiteral("line.refreshed");
            e.lineId = n.id;
            e.payload = QJsonObject{{QStringLiteral("phone_number_id"), n.id},
                                    {QStringLiteral("waba_id"), m_config.wabaId},
                                    {QStringLiteral("display_phone_number"), n.displayPhoneNumber},
                                    {QStringLiteral("verified_name"), n.verifiedName},
                                    {QStringLiteral("quality_rating"), n.quality ? n.quality->raw : QString()},
                                    {QStringLiteral("messaging_limit"), n.messagingLimit ? n.messagingLimit->raw : QString()},
                                    {QStringLiteral("status"), n.status ? n.status->raw : QString()}};
            e.naturalKey = keyOf(QStringLiteral("line.refreshed:"), e.payload);
            events.append(e);
        }
        QString error;
        if (!events.isEmpty() && !m_ingest->appendNow(events, &error))
            qCWarning(lcHub).noquote() << "line refresh not stored:" << error;
    });
    m_graph->allTemplates(m_config.wabaId, this, [this, keyOf](const Cloud::GraphResult<QList<MessageTemplate>> &r) {
        m_metrics.graphCall(r.ok() ? QStringLiteral("ok") : QStringLiteral("error"));
        if (!r.ok())
            return;
        QList<EncodedEvent> events;
        for (const MessageTemplate &t : *r.value) {
            EncodedEvent e;
            e.kind = QStringLiteral("template.refreshed");
            e.payload = QJsonObject{{QStringLiteral("template"), Cloud::templateToJson(t)}};
            e.naturalKey = keyOf(QStringLiteral("template.refreshed:"), e.payload);
            events.append(e);
        }
        QString error;
        if (!events.isEmpty() && !m_ingest->appendNow(events, &error))
            qCWarning(lcHub).noquote() << "template refresh not stored:" << error;
    });
}

void HubServer::refreshAnalytics()
{
    if (!m_graph || m_config.wabaId.isEmpty())
        return;
    // What Meta counted, to reconcile with the billing counted from status webhooks. Refused
    // where the business is billed through a partner (no COST visibility): then nothing is stored.
    const EpochSeconds now = m_clock.now();
    const EpochSeconds start = now - now % kSecondsPerDay - 2 * kSecondsPerDay;
    m_graph->analytics(m_config.wabaId, true, start, now, QStringLiteral("DAILY"), this,
                       [this](const Cloud::GraphResult<Cloud::Analytics> &r) {
        m_metrics.graphCall(r.ok() ? QStringLiteral("ok") : QStringLiteral("error"));
        if (!r.ok())
            return;
        QJsonArray points;
        for (const Cloud::AnalyticsPoint &p : r.value->points)
            points.append(QJsonObject{{QStringLiteral("start"), p.start}, {QStringLiteral("end"), p.end},
                                      {QStringLiteral("phone_number"), p.phoneNumber}, {QStringLiteral("country"), p.country},
                                      {QStringLiteral("pricing_type"), p.type}, {QStringLiteral("pricing_category"), p.category},
                                      {QStringLiteral("tier"), p.tier}, {QStringLiteral("volume"), p.volume},
                                      {QStringLiteral("cost"), p.cost}});
        EncodedEvent e;
        e.kind = QStringLiteral("billing.analytics");
        e.payload = QJsonObject{{QStringLiteral("waba_id"), m_config.wabaId}, {QStringLiteral("points"), points}};
        e.naturalKey = QStringLiteral("billing.analytics:") + QString::fromLatin1(
            QCryptographicHash::hash(QJsonDocument(e.payload).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex().left(32));
        QString error;
        if (!m_ingest->appendNow({e}, &error))
            qCWarning(lcHub).noquote() << "analytics not stored:" << error;
    });
}

// ---- the event stream (WebSocket /api/v1/stream?after=SEQ) -----------------------------------

void HubServer::acceptStream()
{
    while (m_http->hasPendingWebSocketConnections()) {
        QWebSocket *socket = m_http->nextPendingWebSocketConnection().release();
        socket->setParent(this);
        const QUrl url = socket->requestUrl();
        const QUrlQuery query(url);
        QByteArray token = bearerOf(socket->request().rawHeader("Authorization"));
        if (token.isEmpty())
            token = query.queryItemValue(QStringLiteral("token")).toUtf8();
        const auto agent = url.path() == u"/api/v1/stream" ? m_agents->authenticate(token) : std::nullopt;
        if (!agent) {
            socket->close(QWebSocketProtocol::CloseCode(4401), QStringLiteral("sign in first"));
            socket->deleteLater();
            continue;
        }
        Client c;
        c.socket = socket;
        c.agent = std::make_shared<AgentInfo>(*agent);
        c.cursor = std::max<qint64>(0, query.queryItemValue(QStringLiteral("after")).toLongLong());
        m_clients.append(c);
        m_metrics.setStreamClients(int(m_clients.size()));
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.removeIf([socket](const Client &c) { return c.socket == socket; });
            m_metrics.setStreamClients(int(m_clients.size()));
            socket->deleteLater();
        });
        qCInfo(lcHub).noquote() << "stream opened for" << agent->name << "after" << c.cursor;
        pump(socket);
    }
}

// Sends the next chunk a client has not seen; large catch-ups go out chunk by chunk so the
// hub keeps serving others in between.
void HubServer::pump(QWebSocket *socket)
{
    const auto it = std::find_if(m_clients.begin(), m_clients.end(), [socket](const Client &c) { return c.socket == socket; });
    if (it == m_clients.end())
        return;
    const QList<StoredEvent> events = m_log->after(it->cursor, kChunk);
    if (events.isEmpty()) {
        it->live = true;
        return;
    }
    QJsonArray out;
    for (const StoredEvent &e : events) {
        if (!e.lineId.isEmpty() && !permits(*it->agent, Action::ReadLine, e.lineId))
            out.append(QJsonObject{{QStringLiteral("seq"), e.seq}, {QStringLiteral("kind"), QStringLiteral("redacted")}});
        else
            out.append(e.toJson());
    }
    it->cursor = events.last().seq;
    socket->sendTextMessage(QString::fromUtf8(compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("events")},
                                                                  {QStringLiteral("events"), out}})));
    if (events.size() == kChunk) {
        it->live = false;
        QTimer::singleShot(0, this, [this, socket] { pump(socket); });
    } else {
        it->live = true;
    }
}

void HubServer::broadcast()
{
    for (const Client &c : std::as_const(m_clients)) {
        if (c.live)
            pump(c.socket);
    }
}

} // namespace Deskline::Hub
