#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Deskline::Net {

// Header name/value pairs in the order they were set or received. Names compare
// case-insensitively (headerValue()); a name may appear more than once.
using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// The first value of `name` in `headers`, case-insensitively; a null QByteArray when absent.
[[nodiscard]] QByteArray headerValue(const HeaderList &headers, QByteArrayView name);

enum class HttpMethod { Get, Post, Put, Delete };

[[nodiscard]] QByteArray methodName(HttpMethod method); // "GET", "POST", …

// One part of a multipart/form-data body (Graph media upload: messaging_product, type, file).
// A part without a fileName is a plain form field.
struct MultipartPart
{
    QByteArray name;
    QString fileName;
    QByteArray contentType;
    QByteArray data;
};

// One HTTP request as the caller describes it. Plain value: copy it, keep it, send it again.
struct HttpRequest
{
    static constexpr std::chrono::milliseconds kDefaultTimeout {30'000};
    static constexpr int kDefaultMaxAttempts = 4;

    HttpMethod method = HttpMethod::Get;
    QUrl url;
    HeaderList headers;
    QByteArray body; // ignored when parts is not empty
    QList<MultipartPart> parts; // non-empty: sent as multipart/form-data, built per attempt
    std::chrono::milliseconds timeout = kDefaultTimeout; // per attempt, until the whole reply
    bool mergeable = false; // GET only: identical in-flight requests share one reply
    int maxAttempts = kDefaultMaxAttempts; // hard cap, first attempt included; the retry policy
                                           // decides within it
    // Redirects are followed only within the same origin (scheme, host, port), so a header
    // such as Authorization is never carried to another host.

    static HttpRequest get(const QUrl &url);
    static HttpRequest post(const QUrl &url, const QByteArray &body,
        const QByteArray &contentType = QByteArrayLiteral("application/json"));

    // Replaces every header called `name` (case-insensitively) with one `name: value`.
    HttpRequest &setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(QByteArrayView name) const
    {
        return headerValue(headers, name);
    }
};

// Why an attempt got no usable HTTP response. An HTTP error status (4xx, 5xx) is not a NetError:
// the server answered, and HttpResult::status says what.
enum class NetError {
    None,
    Timeout, // no complete reply within HttpRequest::timeout
    ConnectionRefused,
    HostNotFound,
    ConnectionClosed, // the server closed the connection before a complete reply
    Tls, // handshake or certificate failure
    Network, // any other transport failure
    Aborted, // cancelled locally (abandon, shutdown)
    InvalidRequest, // never sent: invalid URL, scheme other than http/https
};

[[nodiscard]] QString errorName(NetError error); // "timeout", "connection refused", … (for logs)

// What came back from the last attempt of a request.
struct HttpResult
{
    int attempts = 0; // attempts made, first included
    int status = 0; // HTTP status code; 0 when no response arrived
    HeaderList headers; // response headers as received
    QByteArray body; // response body, raw bytes
    NetError error = NetError::None;
    QString errorString; // technical, English, free of secrets (see logging.h)
    std::optional<qint64> retryAfterSeconds; // from a Retry-After response header

    [[nodiscard]] bool hasResponse() const { return error == NetError::None && status > 0; }
    [[nodiscard]] bool isSuccess() const { return hasResponse() && status >= 200 && status < 300; }
    [[nodiscard]] QByteArray header(QByteArrayView name) const
    {
        return headerValue(headers, name);
    }
};

// Retry-After is either delta-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT",
// also the obsolete RFC 850 and asctime forms). Returns whole seconds from `now` (never negative),
// or nullopt for anything unparsable.
[[nodiscard]] std::optional<qint64> parseRetryAfter(QByteArrayView value, const QDateTime &now);

} // namespace Deskline::Net

Q_DECLARE_METATYPE(Deskline::Net::HttpResult)
