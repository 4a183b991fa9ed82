#include "cloud/signature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace Deskline::Cloud {

QByteArray WebhookSignature::sign(const QByteArray &body, const QByteArray &appSecret)
{
    return QByteArrayLiteral("sha256=")
        + QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256).toHex();
}

bool WebhookSignature::verify(const QByteArray &body, const QByteArray &header,
                              const QByteArray &appSecret)
{
    const QByteArray prefix = QByteArrayLiteral("sha256=");
    const QByteArray trimmed = header.trimmed();
    if (appSecret.isEmpty() || !trimmed.startsWith(prefix))
        return false;
    const QByteArray given = trimmed.mid(prefix.size()).toLower();
    const QByteArray expected =
        QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256).toHex();
    return constantTimeEquals(given, expected);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

std::optional<QByteArray> verifyHandshake(const QUrlQuery &query, const QByteArray &verifyToken)
{
    const QString mode = query.queryItemValue(QStringLiteral("hub.mode"), QUrl::FullyDecoded);
    const QByteArray token =
        query.queryItemValue(QStringLiteral("hub.verify_token"), QUrl::FullyDecoded).toUtf8();
    const QString challenge = query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded);
    if (mode != u"subscribe" || verifyToken.isEmpty() || challenge.isEmpty()
        || !constantTimeEquals(token, verifyToken))
        return std::nullopt;
    return challenge.toUtf8();
}

QByteArray metaEscapedJson(const QByteArray &compactJson)
{
    // Walk the UTF-8 text; escape outside and inside strings alike is safe because JSON
    // structure characters are ASCII and '/' may be escaped anywhere inside a string only —
    // outside strings it never appears in compact JSON.
    const QString text = QString::fromUtf8(compactJson);
    QByteArray out;
    out.reserve(compactJson.size() + compactJson.size() / 4);
    static const char hex[] = "0123456789abcdef";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'/') {
            out += "\\/";
        } else if (u < 0x80) {
            out += static_cast<char>(u);
        } else {
            out += "\\u";
            out += hex[(u >> 12) & 0xF];
            out += hex[(u >> 8) & 0xF];
            out += hex[(u >> 4) & 0xF];
            out += hex[u & 0xF];
        }
    }
    return out;
}

} // namespace Deskline::Cloud
