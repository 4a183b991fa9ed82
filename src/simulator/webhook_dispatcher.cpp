#include "simulator/webhook_dispatcher.h"

#include "cloud/signature.h"
#include "net/requester.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSimWebhooks, "deskline.sim.webhooks")

namespace Deskline::Sim {

WebhookDispatcher::WebhookDispatcher(QUrl url, QByteArray appSecret, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_secret(std::move(appSecret))
    , m_random(1)
    , m_requester(new Net::Requester(this))
{
}

WebhookDispatcher::~WebhookDispatcher() = default;

void WebhookDispatcher::setFaults(const WebhookFaults &faults)
{
    m_faults = faults;
    m_random.seed(faults.seed);
}

QByteArray WebhookDispatcher::encode(const QString &wabaId, const QList<PendingChange> &changes, EpochSeconds now)
{
    QJsonArray list;
    bool account = false;
    for (const PendingChange &c : changes) {
        list.append(QJsonObject{{QStringLiteral("value"), c.value}, {QStringLiteral("field"), c.field}});
        account = account || c.accountField;
    }
    QJsonObject entry{{QStringLiteral("id"), wabaId}, {QStringLiteral("changes"), list}};
    if (account)
        entry.insert(QStringLiteral("time"), now);
    const QJsonObject root{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                           {QStringLiteral("entry"), QJsonArray{entry}}};
    return Cloud::metaEscapedJson(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

void WebhookDispatcher::dispatch(const QString &wabaId, const QList<PendingChange> &changes, EpochSeconds now)
{
    if (changes.isEmpty() || !m_url.isValid() || m_url.isEmpty())
        return;
    QList<PendingChange> batch = changes;
    if (m_faults.reorder && batch.size() > 1) {
        for (qsizetype i = batch.size() - 1; i > 0; --i)
            batch.swapItemsAt(i, qsizetype(m_random.bounded(quint32(i + 1))));
    }
    const QByteArray body = encode(wabaId, batch, now);
    m_queue.push_back(body);
    if (m_faults.duplicateRate > 0 && m_random.generateDouble() < m_faults.duplicateRate)
        m_queue.push_back(body); // at-least-once: the same bytes again
    sendNext();
}

void WebhookDispatcher::sendNext()
{
    if (m_busy || m_queue.empty())
        return;
    m_busy = true;
    ++m_attempt;
    const QByteArray body = m_queue.front();
    Net::HttpRequest request = Net::HttpRequest::post(m_url, body);
    request.setHeader("X-Hub-Signature-256", Cloud::WebhookSignature::sign(body, m_secret));
    request.setHeader("User-Agent", "deskline-sim");
    request.maxAttempts = 1; // this dispatcher retries itself, keeping the order
    m_requester->send(request, this, [this, body](const Net::HttpResult &result) {
        m_busy = false;
        if (result.status == 200) {
            qCInfo(lcSimWebhooks).noquote() << "webhook delivered:" << body.size() << "bytes, attempt" << m_attempt;
            emit delivered(body, m_attempt);
            m_attempt = 0;
            m_queue.pop_front();
            sendNext();
            return;
        }
        qCWarning(lcSimWebhooks).noquote() << "webhook attempt" << m_attempt << "failed:"
                                           << (result.status ? QString::number(result.status) : result.errorString);
        emit attemptFailed(body, result.status, m_attempt);
        // Meta retries with decreasing frequency for days; the simulator doubles up to a minute.
        const auto delay = std::min<std::chrono::milliseconds>(m_retryBase * (1 << std::min(m_attempt - 1, 6)),
                                                               std::chrono::minutes(1));
        m_busy = true; // hold the queue: later batches wait behind this one
        QTimer::singleShot(delay, this, [this] {
            m_busy = false;
            sendNext();
        });
    }, Net::noRetryPolicy());
}

} // namespace Deskline::Sim
