#include "http_job.h"

#include "logging.h"

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Deskline::Net {

namespace {

// A name or file name inside a Content-Disposition quoted string (WHATWG form encoding).
QByteArray quotedFormValue(const QByteArray &raw)
{
    QByteArray out = raw;
    out.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return out;
}

QHttpMultiPart *buildMultipart(const QList<MultipartPart> &parts)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const MultipartPart &part : parts) {
        QByteArray disposition = "form-data; name=\"" + quotedFormValue(part.name) + '"';
        if (!part.fileName.isEmpty())
            disposition += "; filename=\"" + quotedFormValue(part.fileName.toUtf8()) + '"';
        QHttpPart httpPart;
        httpPart.setRawHeader("Content-Disposition", disposition);
        if (!part.contentType.isEmpty())
            httpPart.setRawHeader("Content-Type", part.contentType);
        httpPart.setBody(part.data);
        multipart->append(httpPart);
    }
    return multipart;
}

NetError netErrorFor(QNetworkReply::NetworkError error, int status)
{
    using E = QNetworkReply::NetworkError;
    switch (error) {
    case E::NoError:
        return NetError::None;
    case E::ConnectionRefusedError:
        return NetError::ConnectionRefused;
    case E::HostNotFoundError:
        return NetError::HostNotFound;
    case E::RemoteHostClosedError:
        return NetError::ConnectionClosed;
    case E::TimeoutError:
        return NetError::Timeout;
    case E::OperationCanceledError:
        return NetError::Aborted;
    case E::SslHandshakeFailedError:
        return NetError::Tls;
    case E::ProtocolUnknownError:
        return NetError::InvalidRequest;
    default:
        break;
    }
    // Content, server and "invalid operation" (400) errors are HTTP statuses: when a status line
    // arrived, the server answered and HttpResult::status says what.
    const int code = int(error);
    const bool httpLevel = (code >= 201 && code <= 299) || (code >= 401 && code <= 499)
        || error == E::ProtocolInvalidOperationError;
    if (httpLevel && status > 0)
        return NetError::None;
    return NetError::Network;
}

} // namespace

HttpJob::HttpJob(
    QNetworkAccessManager *network, HttpRequest request, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_policy(policy ? std::move(policy) : defaultRetryPolicy())
{
    m_timeoutTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    // Coarse timers may fire a little early; a Retry-After is a minimum.
    m_timeoutTimer.setTimerType(Qt::PreciseTimer);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &HttpJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpJob::startAttempt);
    if (network) {
        connect(network, &QObject::destroyed, this, [this] {
            if (m_state == State::Finished || m_state == State::Abandoned)
                return;
            qCWarning(lcNet).noquote()
                << describe() << u"abandoned: its network access manager was destroyed";
            abandon();
        });
    }
}

HttpJob::~HttpJob()
{
    detachReply();
}

void HttpJob::start()
{
    if (m_state != State::Idle)
        return;
    m_sinceStart.start();
    startAttempt();
}

void HttpJob::abandon()
{
    if (m_state == State::Finished || m_state == State::Abandoned)
        return;
    const bool wasActive = isActive();
    m_state = State::Abandoned;
    m_timeoutTimer.stop();
    m_retryTimer.stop();
    detachReply();
    if (wasActive)
        qCDebug(lcNet).noquote() << describe() << u"abandoned after" << m_attempts << u"attempt(s)";
    deleteLater();
}

void HttpJob::detachReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

QString HttpJob::describe() const
{
    return QString::fromLatin1(methodName(m_request.method)) + u' ' + redactedUrl(m_request.url);
}

void HttpJob::startAttempt()
{
    if (m_state != State::Idle && m_state != State::Waiting)
        return;
    ++m_attempts;
    m_state = State::Running;

    if (!m_network) {
        HttpResult result;
        result.error = NetError::Aborted;
        result.errorString = QStringLiteral("no network access manager");
        concludeAttempt(std::move(result));
        return;
    }

    const QString scheme = m_request.url.scheme();
    if (!m_request.url.isValid() || m_request.url.host().isEmpty()
        || (scheme != u"http" && scheme != u"https")) {
        HttpResult result;
        result.error = NetError::InvalidRequest;
        result.errorString = u"invalid URL: " + redactedUrl(m_request.url);
        // Finish from the event loop, like every other outcome: never inside start().
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                if (m_state == State::Running)
                    concludeAttempt(result);
            },
            Qt::QueuedConnection);
        return;
    }

    QNetworkRequest request(m_request.url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    const bool multipart = !m_request.parts.isEmpty();
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            continue; // computed by Qt from the body
        if (multipart && name.compare("content-type", Qt::CaseInsensitive) == 0)
            continue; // QHttpMultiPart sets its own, with the boundary
        request.setRawHeader(name, value);
    }

    if (lcNet().isDebugEnabled()) {
        QStringList shown;
        for (const auto &[name, value] : std::as_const(m_request.headers))
            shown << QString::fromUtf8(name) + u": "
                    + QString::fromUtf8(redactedHeaderValue(name, value));
        qCDebug(lcNet).noquote() << describe() << u"attempt" << m_attempts << u"of"
                                 << m_request.maxAttempts
                                 << u"headers [" + shown.join(u", ") + u']';
    }

    const QByteArray verb = methodName(m_request.method);
    QNetworkReply *reply = nullptr;
    if (multipart) {
        QHttpMultiPart *body = buildMultipart(m_request.parts);
        reply = m_network->sendCustomRequest(request, verb, body);
        body->setParent(reply);
    } else if (m_request.method == HttpMethod::Get) {
        reply = m_network->get(request);
    } else if (m_request.method == HttpMethod::Delete && m_request.body.isEmpty()) {
        reply = m_network->deleteResource(request);
    } else {
        reply = m_network->sendCustomRequest(request, verb, m_request.body);
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
    m_timeoutTimer.start(m_request.timeout);
}

void HttpJob::onTimeout()
{
    if (m_state != State::Running || !m_reply)
        return;
    detachReply();
    HttpResult result;
    result.error = NetError::Timeout;
    result.errorString = QStringLiteral("no complete response within %1 ms")
                             .arg(qint64(m_request.timeout.count()));
    concludeAttempt(std::move(result));
}

void HttpJob::onReplyFinished()
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply)
        return;
    m_timeoutTimer.stop();
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    HttpResult result = resultFrom(reply);
    reply->deleteLater();
    concludeAttempt(std::move(result));
}

HttpResult HttpJob::resultFrom(QNetworkReply *reply) const
{
    HttpResult result;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.status = status.isValid() ? status.toInt() : 0;
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    result.error = netErrorFor(reply->error(), result.status);
    if (result.error != NetError::None) {
        result.errorString = errorName(result.error) + u": " + scrubbed(reply->errorString());
    } else if (result.status >= 400) {
        const QString reason
            = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        result.errorString = QStringLiteral("HTTP %1 %2").arg(result.status).arg(reason).trimmed();
    }
    const QByteArray retryAfter = result.header("retry-after");
    if (!retryAfter.isNull())
        result.retryAfterSeconds = parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());
    return result;
}

QString HttpJob::scrubbed(QString text) const
{
    // Qt's messages may quote the URL ("Error transferring <url> - server replied: …"), and the
    // URL may carry access_token=…. Secret header values should never get there, but a message is
    // cheap to check and a leaked token is not.
    const QString safeUrl = redactedUrl(m_request.url);
    for (const QString &form : {m_request.url.toString(),
             m_request.url.toString(QUrl::FullyEncoded), m_request.url.toDisplayString()}) {
        if (!form.isEmpty())
            text.replace(form, safeUrl);
    }
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        if (!isSecretHeader(name) || value.trimmed().isEmpty())
            continue;
        const QByteArray trimmed = value.trimmed();
        const qsizetype space = trimmed.indexOf(' ');
        const QByteArray credential = space > 0 ? trimmed.mid(space + 1).trimmed() : trimmed;
        if (!credential.isEmpty())
            text.replace(QString::fromLatin1(credential), QStringLiteral("\u2026"));
    }
    return text;
}

void HttpJob::concludeAttempt(HttpResult result)
{
    result.attempts = m_attempts;
    if (result.error != NetError::Aborted && m_attempts < m_request.maxAttempts) {
        if (const auto delay = m_policy(result, m_attempts)) {
            m_state = State::Waiting;
            const qint64 delayMs = std::max<qint64>(delay->count(), 0);
            qCInfo(lcNet).noquote()
                << describe() << u"->"
                << (result.hasResponse() ? QString::number(result.status) : errorName(result.error))
                << u"- attempt" << m_attempts + 1 << u"of" << m_request.maxAttempts << u"in"
                << delayMs << u"ms";
            const QPointer<HttpJob> self(this);
            emit retrying(m_attempts + 1, delayMs, result);
            if (!self || m_state != State::Waiting)
                return; // abandoned or deleted from a slot
            m_retryTimer.start(std::chrono::milliseconds(delayMs));
            return;
        }
    }
    finish(std::move(result));
}

void HttpJob::finish(HttpResult result)
{
    m_state = State::Finished;
    m_timeoutTimer.stop();
    m_retryTimer.stop();
    const QString outcome = result.hasResponse() ? QString::number(result.status)
                                                 : u"failed (" + result.errorString + u')';
    qCInfo(lcNet).noquote() << describe() << u"->" << outcome << u"in" << m_sinceStart.elapsed()
                            << u"ms," << m_attempts << (m_attempts == 1 ? u"attempt" : u"attempts");
    const QPointer<HttpJob> self(this);
    emit finished(result);
    if (self) // a slot may have deleted the job (or its owner) outright
        deleteLater();
}

} // namespace Deskline::Net
