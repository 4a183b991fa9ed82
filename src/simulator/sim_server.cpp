#include "simulator/sim_server.h"

#include "cloud/graph_responses.h"
#include "cloud/signature.h"
#include "net/http_server.h"
#include "net/multipart.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcSim, "deskline.sim")

namespace Deskline::Sim {

namespace {

bool isGraphVersion(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^v\\d+\\.\\d+$"));
    return re.match(v).hasMatch();
}

QJsonObject bodyJson(const Net::ServerRequest &request, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

} // namespace

SimServer::SimServer(Business business, SimServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_engine(business, business.startsAt > 0 ? business.startsAt : QDateTime::currentSecsSinceEpoch())
    , m_http(std::make_unique<Net::HttpServer>())
    , m_dispatcher(new WebhookDispatcher(m_config.webhookUrl, m_config.appSecret, this))
{
    m_dispatcher->setFaults(m_config.faults);
    addRoutes();
    if (m_config.speed > 0) {
        // Whole simulated seconds per tick; fractional speeds accumulate.
        m_ticker.setInterval(200);
        connect(&m_ticker, &QTimer::timeout, this, [this, carry = 0.0]() mutable {
            carry += m_config.speed * 0.2;
            const qint64 whole = qint64(carry);
            carry -= double(whole);
            advance(whole);
        });
        m_ticker.start();
    }
}

SimServer::~SimServer() = default;

quint16 SimServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_http->listen(address, port);
    if (bound)
        QTimer::singleShot(0, this, &SimServer::flush); // the scenario's first steps
    return bound;
}

QUrl SimServer::baseUrl() const
{
    return m_http->baseUrl();
}

QString SimServer::graphBase() const
{
    return baseUrl().toString() + u'/' + m_config.graphVersion;
}

QJsonObject SimServer::announcement() const
{
    QJsonArray ids;
    for (const SimLine &l : m_engine.business().lines)
        ids.append(l.phoneNumberId);
    return QJsonObject{{QStringLiteral("listening"), baseUrl().toString()},
                       {QStringLiteral("waba_id"), m_engine.business().wabaId},
                       {QStringLiteral("phone_number_ids"), ids},
                       {QStringLiteral("graph_version"), m_config.graphVersion}};
}

void SimServer::advance(qint64 seconds)
{
    m_engine.advance(seconds);
    flush();
}

void SimServer::flush()
{
    const QList<PendingChange> due = m_engine.takeDue();
    if (!due.isEmpty())
        m_dispatcher->dispatch(m_engine.business().wabaId, due, m_engine.now());
}

bool SimServer::authorized(const Net::ServerRequest &request, Net::Responder &responder)
{
    const QByteArray header = request.header("authorization");
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (header.startsWith(prefix) && !m_config.accessToken.isEmpty()
        && Cloud::constantTimeEquals(header.mid(prefix.size()).trimmed(), m_config.accessToken))
        return true;
    Cloud::GraphError e;
    e.code = 190;
    e.message = QStringLiteral("Invalid OAuth access token - Cannot parse access token");
    e.fbtraceId = QStringLiteral("SimAuth");
    responder.respondJson(401, e.toJson());
    return false;
}

void SimServer::reply(Net::Responder &responder, const GraphReply &r)
{
    if (!r.bytes.isNull() || !r.contentType.isEmpty())
        responder.respond(r.status, r.bytes, r.contentType);
    else
        responder.respondJson(r.status, r.json);
    flush(); // statuses and inbound messages the request caused
}

void SimServer::addRoutes()
{
    using Net::Responder;
    using Net::ServerRequest;
    auto graph = [this](auto handler) {
        return [this, handler](const ServerRequest &request, Responder responder) {
            if (!isGraphVersion(request.pathParam(QStringLiteral("version")))) {
                responder.respondJson(404, Responder::errorBody(QStringLiteral("unknown Graph API version")));
                return;
            }
            if (!authorized(request, responder))
                return;
            handler(request, responder);
        };
    };

    m_http->route("POST", QStringLiteral("/{version}/{id}/messages"), graph([this](const ServerRequest &rq, Responder &rs) {
        bool ok = false;
        const QJsonObject body = bodyJson(rq, &ok);
        if (!ok) {
            reply(rs, m_engine.graphError(100, QStringLiteral("The request body must be a JSON object.")));
            return;
        }
        reply(rs, m_engine.postMessages(rq.pathParam(QStringLiteral("id")), body));
    }));
    m_http->route("POST", QStringLiteral("/{version}/{id}/media"), graph([this](const ServerRequest &rq, Responder &rs) {
        const QList<Net::FormPart> parts = Net::parseMultipart(rq.header("content-type"), rq.body);
        const auto file = std::find_if(parts.begin(), parts.end(), [](const Net::FormPart &p) { return p.name == "file"; });
        QString type;
        for (const Net::FormPart &p : parts) {
            if (p.name == "type")
                type = QString::fromUtf8(p.data);
        }
        if (file == parts.end()) {
            reply(rs, m_engine.graphError(100, QStringLiteral("The parameter file is required.")));
            return;
        }
        if (type.isEmpty())
            type = QString::fromLatin1(file->contentType);
        reply(rs, m_engine.uploadMedia(rq.pathParam(QStringLiteral("id")), file->data, type, file->fileName));
    }));
    m_http->route("GET", QStringLiteral("/{version}/{id}/phone_numbers"), graph([this](const ServerRequest &rq, Responder &rs) {
        reply(rs, m_engine.getPhoneNumbers(rq.pathParam(QStringLiteral("id")), rq.query, graphBase() + rq.path));
    }));
    m_http->route("GET", QStringLiteral("/{version}/{id}/message_templates"), graph([this](const ServerRequest &rq, Responder &rs) {
        reply(rs, m_engine.getTemplates(rq.pathParam(QStringLiteral("id")), rq.query,
                                        baseUrl().toString() + rq.path));
    }));
    m_http->route("GET", QStringLiteral("/{version}/{id}"), graph([this](const ServerRequest &rq, Responder &rs) {
        reply(rs, m_engine.getObject(rq.pathParam(QStringLiteral("id")), rq.query,
                                     baseUrl().toString() + QStringLiteral("/sim/v1/media/")));
    }));
    m_http->route("DELETE", QStringLiteral("/{version}/{id}"), graph([this](const ServerRequest &rq, Responder &rs) {
        reply(rs, m_engine.deleteMedia(rq.pathParam(QStringLiteral("id"))));
    }));
    // Media download: like lookaside.fbsbx.com, it needs the bearer token.
    m_http->route("GET", QStringLiteral("/sim/v1/media/{id}"), [this](const ServerRequest &rq, Responder rs) {
        if (authorized(rq, rs))
            reply(rs, m_engine.downloadMedia(rq.pathParam(QStringLiteral("id"))));
    });

    // Control API (docs/simulator.md). Loopback only, no token.
    auto control = [this](std::function<GraphReply(const QJsonObject &)> action) {
        return [this, action](const ServerRequest &rq, Responder rs) {
            bool ok = false;
            const QJsonObject body = bodyJson(rq, &ok);
            if (!ok) {
                rs.respondJson(400, Responder::errorBody(QStringLiteral("the body must be a JSON object")));
                return;
            }
            reply(rs, action(body));
        };
    };
    m_http->route("POST", QStringLiteral("/sim/v1/inbound"), control([this](const QJsonObject &b) { return m_engine.injectInbound(b); }));
    m_http->route("POST", QStringLiteral("/sim/v1/template-status"), control([this](const QJsonObject &b) { return m_engine.setTemplateStatus(b); }));
    m_http->route("POST", QStringLiteral("/sim/v1/template-quality"), control([this](const QJsonObject &b) { return m_engine.setTemplateQuality(b); }));
    m_http->route("POST", QStringLiteral("/sim/v1/line-quality"), control([this](const QJsonObject &b) { return m_engine.setLineQuality(b); }));
    m_http->route("POST", QStringLiteral("/sim/v1/number-change"), control([this](const QJsonObject &b) { return m_engine.changeNumber(b); }));
    m_http->route("POST", QStringLiteral("/sim/v1/clock"), control([this](const QJsonObject &b) {
        const qint64 seconds = b.value(QLatin1StringView("advance_s")).toInteger(-1);
        if (seconds < 0)
            return GraphReply{400, Net::Responder::errorBody(QStringLiteral("advance_s must be a whole number ≥ 0")), {}, {}};
        m_engine.advance(seconds);
        return GraphReply{200, QJsonObject{{QStringLiteral("now"), m_engine.now()},
                                           {QStringLiteral("now_iso"), formatIsoUtc(m_engine.now())}}, {}, {}};
    }));
    m_http->route("POST", QStringLiteral("/sim/v1/faults"), control([this](const QJsonObject &b) {
        WebhookFaults f = m_dispatcher->faults();
        f.duplicateRate = std::clamp(b.value(QLatin1StringView("duplicate_rate")).toDouble(f.duplicateRate), 0.0, 1.0);
        f.reorder = b.value(QLatin1StringView("reorder")).toBool(f.reorder);
        f.seed = quint32(b.value(QLatin1StringView("seed")).toInteger(f.seed));
        m_dispatcher->setFaults(f);
        return GraphReply{200, QJsonObject{{QStringLiteral("duplicate_rate"), f.duplicateRate},
                                           {QStringLiteral("reorder"), f.reorder},
                                           {QStringLiteral("seed"), qint64(f.seed)}}, {}, {}};
    }));
    m_http->route("POST", QStringLiteral("/sim/v1/limits"), control([this](const QJsonObject &b) {
        SimLimits &l = m_engine.limits();
        l.throughputPerSecond = b.value(QLatin1StringView("throughput_per_second")).toInt(l.throughputPerSecond);
        l.pairMessagesPerWindow = b.value(QLatin1StringView("pair_messages_per_window")).toInt(l.pairMessagesPerWindow);
        l.pairWindowSeconds = b.value(QLatin1StringView("pair_window_s")).toInteger(l.pairWindowSeconds);
        return GraphReply{200, QJsonObject{{QStringLiteral("throughput_per_second"), l.throughputPerSecond},
                                           {QStringLiteral("pair_messages_per_window"), l.pairMessagesPerWindow},
                                           {QStringLiteral("pair_window_s"), l.pairWindowSeconds}}, {}, {}};
    }));
    m_http->route("GET", QStringLiteral("/sim/v1/state"), [this](const ServerRequest &, Responder rs) {
        rs.respondJson(200, m_engine.stateJson());
    });
}

} // namespace Deskline::Sim
