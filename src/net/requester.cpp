#include "requester.h"

#include "logging.h"

#include <QNetworkAccessManager>

#include <algorithm>

namespace Deskline::Net {

Requester::Requester(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_defaultPolicy(defaultRetryPolicy())
{
}

Requester::~Requester()
{
    abandonAll();
}

QByteArray Requester::mergeKeyFor(const HttpRequest &request)
{
    if (!request.mergeable || request.method != HttpMethod::Get)
        return {};
    HeaderList headers = request.headers;
    for (auto &header : headers)
        header.first = header.first.toLower();
    std::sort(headers.begin(), headers.end());
    QByteArray key = "GET " + request.url.toEncoded() + '\n';
    for (const auto &[name, value] : std::as_const(headers))
        key += name + ": " + value + '\n';
    return key;
}

HttpJob *Requester::send(
    HttpRequest request, QObject *context, Callback onFinished, RetryPolicy policy)
{
    const QByteArray key = mergeKeyFor(request);
    if (!key.isEmpty()) {
        HttpJob *existing = m_mergeable.value(key);
        if (existing && existing->isActive()) {
            qCDebug(lcNet).noquote()
                << u"GET" << redactedUrl(request.url) << u"joins the identical request in flight";
            subscribe(existing, context, std::move(onFinished));
            return existing;
        }
    }

    auto *job = new HttpJob(
        m_network, std::move(request), policy ? std::move(policy) : m_defaultPolicy, this);
    m_flights.insert(job, Flight {key, {}});
    if (!key.isEmpty())
        m_mergeable.insert(key, job);
    subscribe(job, context, std::move(onFinished));
    connect(job, &HttpJob::finished, this,
        [this, job](const HttpResult &result) { onJobFinished(job, result); });
    // A job abandoned by someone holding the pointer leaves without a word: forget it then.
    connect(job, &QObject::destroyed, this, [this, job] { forget(job); });
    job->start();
    return job;
}

void Requester::subscribe(HttpJob *job, QObject *context, Callback callback)
{
    Subscriber subscriber;
    subscriber.context = context;
    subscriber.contextIdentity = context;
    subscriber.callback = std::move(callback);
    if (context) {
        subscriber.watch = connect(context, &QObject::destroyed, this,
            [this, job, context] { onContextDestroyed(job, context); });
    }
    m_flights[job].subscribers.append(std::move(subscriber));
}

void Requester::onContextDestroyed(HttpJob *job, const QObject *context)
{
    const auto it = m_flights.find(job);
    if (it == m_flights.end())
        return;
    it->subscribers.removeIf(
        [context](const Subscriber &subscriber) { return subscriber.contextIdentity == context; });
    if (!it->subscribers.isEmpty())
        return;
    qCDebug(lcNet).noquote() << describeJob(job) << u"abandoned: nobody waits for it any more";
    forget(job);
    job->abandon();
}

QString Requester::describeJob(const HttpJob *job)
{
    return QString::fromLatin1(methodName(job->request().method)) + u' '
        + redactedUrl(job->request().url);
}

void Requester::onJobFinished(HttpJob *job, const HttpResult &result)
{
    const Flight flight = forget(job);
    const QPointer<Requester> self(this);
    for (const Subscriber &subscriber : flight.subscribers) {
        if (subscriber.contextIdentity && !subscriber.context)
            continue; // its context died while the job was finishing
        if (subscriber.callback)
            subscriber.callback(result);
        if (!self)
            return; // a callback destroyed the Requester: nothing may run any more
    }
}

Requester::Flight Requester::forget(HttpJob *job)
{
    const auto it = m_flights.find(job);
    if (it == m_flights.end())
        return {};
    Flight flight = std::move(it.value());
    m_flights.erase(it);
    if (!flight.mergeKey.isEmpty() && m_mergeable.value(flight.mergeKey) == job)
        m_mergeable.remove(flight.mergeKey);
    for (const Subscriber &subscriber : std::as_const(flight.subscribers))
        disconnect(subscriber.watch);
    return flight;
}

int Requester::inFlightCount() const
{
    return int(std::count_if(m_flights.keyBegin(), m_flights.keyEnd(),
        [](const HttpJob *job) { return job->isActive(); }));
}

void Requester::setDefaultPolicy(RetryPolicy policy)
{
    m_defaultPolicy = policy ? std::move(policy) : defaultRetryPolicy();
}

void Requester::abandonAll()
{
    const QList<HttpJob *> jobs = m_flights.keys();
    for (HttpJob *job : jobs) {
        forget(job);
        disconnect(job, nullptr, this, nullptr);
        job->abandon();
    }
}

} // namespace Deskline::Net
