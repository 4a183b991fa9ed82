#pragma once

#include "http_request.h"
#include "retry_policy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace Deskline::Net {

// One HTTP request carried to its end: one or more attempts, each bounded by the request's
// timeout, with a retry policy deciding after each attempt whether and when to go again.
//
// Lifecycle: start() once. The job then emits finished() exactly once and deletes itself
// (deleteLater) — unless abandon() is called first, after which it emits nothing more, aborts its
// reply and deletes itself. A job whose QNetworkAccessManager is destroyed abandons itself.
// Requester is the usual way to make jobs; a job can also run on its own.
class HttpJob : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle, // not started
        Running, // an attempt is on the wire
        Waiting, // between attempts, waiting out the backoff
        Finished, // finished() has been emitted
        Abandoned, // abandon() was called
    };
    Q_ENUM(State)

    // An empty policy means defaultRetryPolicy().
    HttpJob(QNetworkAccessManager *network, HttpRequest request, RetryPolicy policy = {},
        QObject *parent = nullptr);
    ~HttpJob() override;

    void start();
    void abandon();

    [[nodiscard]] const HttpRequest &request() const { return m_request; }
    [[nodiscard]] State state() const { return m_state; }
    // Started and not yet finished or abandoned.
    [[nodiscard]] bool isActive() const
    {
        return m_state == State::Running || m_state == State::Waiting;
    }
    [[nodiscard]] int attempts() const { return m_attempts; }

signals:
    // Attempt `attempt` (2 for the first retry) will start in `delayMs`; `last` is why.
    void retrying(int attempt, qint64 delayMs, const Deskline::Net::HttpResult &last);
    void finished(const Deskline::Net::HttpResult &result);

private:
    void startAttempt();
    void onReplyFinished();
    void onTimeout();
    void concludeAttempt(HttpResult result);
    void finish(HttpResult result);
    void detachReply();
    [[nodiscard]] HttpResult resultFrom(QNetworkReply *reply) const;
    [[nodiscard]] QString scrubbed(QString text) const;
    [[nodiscard]] QString describe() const; // "GET http://host/path" for log lines

    QPointer<QNetworkAccessManager> m_network;
    HttpRequest m_request;
    RetryPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_sinceStart;
    State m_state = State::Idle;
    int m_attempts = 0;
};

} // namespace Deskline::Net
