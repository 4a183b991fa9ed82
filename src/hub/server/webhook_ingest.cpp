#include "hub/server/webhook_ingest.h"

#include "cloud/signature.h"
#include "cloud/webhook_parser.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcIngest, "deskline.hub.ingest")

namespace Deskline::Hub {

WebhookIngest::WebhookIngest(Storage::Database &db, EventLog &log, HubMetrics &metrics,
                             QByteArray appSecret, QByteArray verifyToken, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
    , m_metrics(metrics)
    , m_appSecret(std::move(appSecret))
    , m_verifyToken(std::move(verifyToken))
{
}

void WebhookIngest::handleVerify(const Net::ServerRequest &request, Net::Responder responder)
{
    if (const auto challenge = Cloud::verifyHandshake(request.query, m_verifyToken)) {
        responder.respond(200, *challenge, "text/plain");
        return;
    }
    qCWarning(lcIngest) << "verify handshake refused";
    responder.respondJson(403, Net::Responder::errorBody(QStringLiteral("verification failed")));
}

void WebhookIngest::handlePost(const Net::ServerRequest &request, Net::Responder responder)
{
    m_metrics.webhookReceived();
    QElapsedTimer received;
    received.start();
    const QByteArray signature = request.header("x-hub-signature-256");
    if (signature.isEmpty() || !Cloud::WebhookSignature::verify(request.body, signature, m_appSecret)) {
        m_metrics.webhookRejected(signature.isEmpty() ? QStringLiteral("missing_signature") : QStringLiteral("bad_signature"));
        qCWarning(lcIngest).noquote() << "webhook refused:" << (signature.isEmpty() ? "no signature" : "signature does not match")
                                      << "(" << request.body.size() << "bytes from" << request.remoteAddress.toString() << ")";
        responder.respondJson(401, Net::Responder::errorBody(QStringLiteral("invalid X-Hub-Signature-256")));
        return;
    }
    const Cloud::WebhookParseResult parsed = Cloud::WebhookParser::parse(request.body);
    if (!parsed.ok) {
        m_metrics.webhookRejected(QStringLiteral("malformed"));
        qCWarning(lcIngest).noquote() << "webhook refused:" << parsed.error;
        responder.respondJson(400, Net::Responder::errorBody(parsed.error));
        return;
    }
    for (const QString &w : parsed.warnings)
        qCWarning(lcIngest).noquote() << "webhook:" << w;
    Pending p;
    p.responder = responder;
    p.received = received;
    for (const Cloud::WebhookEvent &e : parsed.events)
        p.events.append(encodeEvent(e));
    m_pending.append(p);
    scheduleCommit();
}

void WebhookIngest::scheduleCommit()
{
    if (m_commitScheduled)
        return;
    m_commitScheduled = true;
    // Zero-delay: runs once the event loop has read every request that is already waiting.
    QTimer::singleShot(0, this, &WebhookIngest::commit);
}

void WebhookIngest::commit()
{
    m_commitScheduled = false;
    if (m_pending.isEmpty())
        return;
    const QList<Pending> batch = std::move(m_pending);
    m_pending.clear();
    QString error;
    qint64 appended = 0, duplicates = 0, unknown = 0;
    bool ok = m_db.begin();
    if (!ok)
        error = QStringLiteral("cannot begin a transaction");
    for (const Pending &p : batch) {
        for (const EncodedEvent &e : p.events) {
            if (!ok)
                break;
            const auto seq = m_log.append(e, &error);
            if (!seq) {
                ok = false;
                break;
            }
            if (*seq == 0)
                ++duplicates;
            else
                ++appended;
            if (e.kind == u"unknown" && *seq != 0)
                ++unknown;
        }
    }
    if (ok)
        ok = m_db.commit();
    if (!ok) {
        m_db.rollback();
        qCCritical(lcIngest).noquote() << "webhook batch not stored:" << error;
        for (Pending p : batch)
            p.responder.respondJson(500, Net::Responder::errorBody(QStringLiteral("not stored; please retry")));
        return;
    }
    m_metrics.eventsAppended(appended);
    m_metrics.duplicatesSkipped(duplicates);
    m_metrics.unknownStored(unknown);
    for (Pending p : batch) {
        p.responder.respond(200, "OK", "text/plain");
        m_metrics.observeIngestSeconds(double(p.received.nsecsElapsed()) / 1e9);
    }
    m_log.notifyCommitted();
}

bool WebhookIngest::appendNow(const QList<EncodedEvent> &events, QString *error)
{
    if (!m_db.begin()) {
        if (error)
            *error = QStringLiteral("cannot begin a transaction");
        return false;
    }
    for (const EncodedEvent &e : events) {
        if (!m_log.append(e, error)) {
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return false;
    }
    m_metrics.eventsAppended(events.size());
    m_log.notifyCommitted();
    return true;
}

} // namespace Deskline::Hub
