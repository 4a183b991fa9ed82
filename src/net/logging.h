#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLoggingCategory>
#include <QString>
#include <QUrl>

namespace Deskline::Net {

// Everything src/net logs goes to "deskline.net". Info and above are on by default; per-attempt
// details are debug lines (QT_LOGGING_RULES="deskline.net.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcNet)

// True for headers whose values are credentials or signatures: Authorization,
// Proxy-Authorization, Cookie, Set-Cookie, X-Hub-Signature(-256) and any header whose name
// contains "token", "secret" or "api-key". Names compare case-insensitively.
[[nodiscard]] bool isSecretHeader(QByteArrayView name);

// A header value as it may appear in a log line: secret values keep only their scheme
// ("Bearer …", "Basic …"), or become "…" when they have none. Other values are returned as is.
[[nodiscard]] QByteArray redactedHeaderValue(QByteArrayView name, QByteArrayView value);

// A URL as it may appear in a log line or an error string: no user info, no query (Graph accepts
// access_token=… there; the hub's webhook handshake carries hub.verify_token=…), no fragment.
[[nodiscard]] QString redactedUrl(const QUrl &url);

} // namespace Deskline::Net
