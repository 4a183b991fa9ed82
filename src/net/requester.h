#pragma once

#include "http_job.h"
#include "http_request.h"
#include "retry_policy.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Deskline::Net {

// Owns one QNetworkAccessManager and every job sent through it.
//
// - A callback runs only while its context object is alive; a null context means "as long as the
//   Requester lives". Contexts live in the Requester's thread.
// - Destroying the Requester abandons every job in flight: no callback runs afterwards.
// - Two send()s of the same mergeable GET (same URL, same headers) while the first is in flight
//   share one network request, and every callback gets the same result. The first request's
//   timeout, attempt cap and policy apply. When every context of a job has been destroyed, the job
//   is abandoned.
class Requester : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const HttpResult &)>;

    explicit Requester(QObject *parent = nullptr);
    ~Requester() override;

    // Starts (or joins) a request. The returned job may be shared with earlier callers of a merged
    // GET: connect to its signals freely, but to withdraw only your own interest destroy your
    // context rather than abandon the job. An empty policy means the Requester's default policy.
    HttpJob *send(
        HttpRequest request, QObject *context, Callback onFinished, RetryPolicy policy = {});

    // Jobs in flight (a merged job counts once).
    [[nodiscard]] int inFlightCount() const;

    // Used when send() is given no policy; defaultRetryPolicy() unless set.
    void setDefaultPolicy(RetryPolicy policy);

    // Abandons every job in flight; no callback runs for them.
    void abandonAll();

    [[nodiscard]] QNetworkAccessManager *networkAccessManager() const { return m_network; }

private:
    struct Subscriber
    {
        QPointer<QObject> context;
        const QObject *contextIdentity = nullptr; // null: no context, lives with the Requester
        Callback callback;
        QMetaObject::Connection watch;
    };
    struct Flight
    {
        QByteArray mergeKey; // empty: not mergeable
        QList<Subscriber> subscribers;
    };

    static QByteArray mergeKeyFor(const HttpRequest &request);
    void subscribe(HttpJob *job, QObject *context, Callback callback);
    void onContextDestroyed(HttpJob *job, const QObject *context);
    void onJobFinished(HttpJob *job, const HttpResult &result);
    Flight forget(HttpJob *job); // drops the job's bookkeeping and returns it
    static QString describeJob(const HttpJob *job);

    QNetworkAccessManager *m_network = nullptr;
    RetryPolicy m_defaultPolicy;
    QHash<HttpJob *, Flight> m_flights;
    QHash<QByteArray, HttpJob *> m_mergeable;
};

} // namespace Deskline::Net
