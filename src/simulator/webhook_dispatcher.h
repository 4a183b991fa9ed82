#pragma once

#include "simulator/sim_engine.h"

#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <deque>

namespace Deskline::Net {
class Requester;
}

namespace Deskline::Sim {

// At-least-once faults, all off by default.
struct WebhookFaults
{
    double duplicateRate = 0;  // chance that a POST is delivered a second time
    bool reorder = false;      // shuffle the changes of each batch
    quint32 seed = 1;          // the faults are reproducible
};

// Posts due changes to the webhook URL the way Meta does: one POST per flush holding every due
// change, compact JSON with "\/" and lowercase \uXXXX escapes, signed with the app secret over
// exactly those bytes (X-Hub-Signature-256). A POST that is not answered 200 is retried with
// backoff, in order: later batches wait behind it.
class WebhookDispatcher : public QObject
{
    Q_OBJECT

public:
    WebhookDispatcher(QUrl url, QByteArray appSecret, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    void setFaults(const WebhookFaults &faults);
    [[nodiscard]] const WebhookFaults &faults() const { return m_faults; }
    // The base delay of the retry backoff (1 s; tests shrink it).
    void setRetryBase(std::chrono::milliseconds base) { m_retryBase = base; }

    // Queues the changes as one POST (several when duplicates are on).
    void dispatch(const QString &wabaId, const QList<PendingChange> &changes, EpochSeconds now);
    // The body Meta would send for these changes (also what the tests sign and verify).
    static QByteArray encode(const QString &wabaId, const QList<PendingChange> &changes, EpochSeconds now);

    [[nodiscard]] int queued() const { return int(m_queue.size()); }
    [[nodiscard]] QUrl url() const { return m_url; }
    void setUrl(const QUrl &url) { m_url = url; }

signals:
    void delivered(const QByteArray &body, int attempts);
    void attemptFailed(const QByteArray &body, int status, int attempt);

private:
    void sendNext();

    QUrl m_url;
    QByteArray m_secret;
    WebhookFaults m_faults;
    QRandomGenerator m_random;
    std::chrono::milliseconds m_retryBase{1000};
    std::deque<QByteArray> m_queue;
    bool m_busy = false;
    int m_attempt = 0;
    Net::Requester *m_requester = nullptr;
};

} // namespace Deskline::Sim
