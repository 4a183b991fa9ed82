#include "logging.h"

namespace Deskline::Net {

Q_LOGGING_CATEGORY(lcNet, "deskline.net", QtInfoMsg)

bool isSecretHeader(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
        || lower == "set-cookie" || lower.startsWith("x-hub-signature") || lower.contains("token")
        || lower.contains("secret") || lower.contains("api-key") || lower.contains("apikey");
}

QByteArray redactedHeaderValue(QByteArrayView name, QByteArrayView value)
{
    if (!isSecretHeader(name))
        return value.toByteArray();
    // "Bearer EAAG…" → "Bearer …": the scheme helps when reading logs, the credential never.
    const QByteArray trimmed = value.toByteArray().trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    static const QByteArray ellipsis = QStringLiteral("\u2026").toUtf8();
    if (space > 0)
        return trimmed.left(space) + ' ' + ellipsis;
    return ellipsis;
}

QString redactedUrl(const QUrl &url)
{
    return url.toString(
        QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::FullyEncoded);
}

} // namespace Deskline::Net
