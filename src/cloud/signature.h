#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace Deskline::Cloud {

// X-Hub-Signature-256 (facts §1.2): HMAC-SHA256 keyed with the app secret over the raw body
// bytes exactly as received, sent as "sha256=<64 lowercase hex>".
class WebhookSignature
{
public:
    // The header value for `body`: "sha256=…".
    static QByteArray sign(const QByteArray &body, const QByteArray &appSecret);
    // Constant-time check of a header value against the body; false for a missing, malformed
    // or wrong signature. Hex case is not significant.
    static bool verify(const QByteArray &body, const QByteArray &header, const QByteArray &appSecret);
};

// Byte comparison whose time depends only on the lengths, never on where the inputs differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// The GET verification handshake (facts §1.1): the challenge to echo back with HTTP 200 when
// hub.mode is "subscribe" and hub.verify_token matches; nullopt otherwise (answer 403).
std::optional<QByteArray> verifyHandshake(const QUrlQuery &query, const QByteArray &verifyToken);

// Meta's webhook body encoding: compact JSON with '/' written as "\/" and every non-ASCII
// character as a lowercase \uXXXX escape (surrogate pairs for characters beyond U+FFFF).
// The simulator signs exactly these bytes.
QByteArray metaEscapedJson(const QByteArray &compactJson);

} // namespace Deskline::Cloud
