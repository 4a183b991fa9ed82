#include "http_request.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace Deskline::Net {

QByteArray headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray methodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return QByteArrayLiteral("GET");
    case HttpMethod::Post:
        return QByteArrayLiteral("POST");
    case HttpMethod::Put:
        return QByteArrayLiteral("PUT");
    case HttpMethod::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return QByteArrayLiteral("GET");
}

HttpRequest HttpRequest::get(const QUrl &url)
{
    HttpRequest request;
    request.method = HttpMethod::Get;
    request.url = url;
    return request;
}

HttpRequest HttpRequest::post(
    const QUrl &url, const QByteArray &body, const QByteArray &contentType)
{
    HttpRequest request;
    request.method = HttpMethod::Post;
    request.url = url;
    request.body = body;
    if (!contentType.isEmpty())
        request.setHeader(QByteArrayLiteral("Content-Type"), contentType);
    return request;
}

HttpRequest &HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&name](const QPair<QByteArray, QByteArray> &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    headers.append({name, value});
    return *this;
}

QString errorName(NetError error)
{
    switch (error) {
    case NetError::None:
        return QStringLiteral("no error");
    case NetError::Timeout:
        return QStringLiteral("timeout");
    case NetError::ConnectionRefused:
        return QStringLiteral("connection refused");
    case NetError::HostNotFound:
        return QStringLiteral("host not found");
    case NetError::ConnectionClosed:
        return QStringLiteral("connection closed");
    case NetError::Tls:
        return QStringLiteral("TLS error");
    case NetError::Network:
        return QStringLiteral("network error");
    case NetError::Aborted:
        return QStringLiteral("aborted");
    case NetError::InvalidRequest:
        return QStringLiteral("invalid request");
    }
    return QStringLiteral("unknown error");
}

std::optional<qint64> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.toByteArray().simplified();
    if (text.isEmpty())
        return std::nullopt;

    // delta-seconds: 1*DIGIT. Guard the length so "99999999999999999999" is not a wrap-around.
    if (std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (text.size() > 12)
            return std::nullopt;
        return text.toLongLong();
    }

    // HTTP-date (RFC 9110 §5.6.7): IMF-fixdate, then the obsolete RFC 850 and asctime forms.
    // Read field by field, in UTC: the day name is redundant and ignored.
    static const QRegularExpression imf(QStringLiteral(
        "^[A-Za-z]{3}, (\\d{2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression rfc850(QStringLiteral(
        "^[A-Za-z]+, (\\d{2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression asctime(QStringLiteral(
        "^[A-Za-z]{3} ([A-Za-z]{3}) (\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"));
    static const QStringList months = {
        QStringLiteral("Jan"),
        QStringLiteral("Feb"),
        QStringLiteral("Mar"),
        QStringLiteral("Apr"),
        QStringLiteral("May"),
        QStringLiteral("Jun"),
        QStringLiteral("Jul"),
        QStringLiteral("Aug"),
        QStringLiteral("Sep"),
        QStringLiteral("Oct"),
        QStringLiteral("Nov"),
        QStringLiteral("Dec"),
    };

    const QString date = QString::fromLatin1(text); // simplified(): single spaces
    int day = 0, year = 0;
    QString month;
    QRegularExpressionMatch m;
    QStringList hms;
    if ((m = imf.match(date)).hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2);
        year = m.captured(3).toInt();
        hms = {m.captured(4), m.captured(5), m.captured(6)};
    } else if ((m = rfc850.match(date)).hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2);
        year = 2000 + m.captured(3).toInt(); // a Retry-After is never in the last century
        hms = {m.captured(4), m.captured(5), m.captured(6)};
    } else if ((m = asctime.match(date)).hasMatch()) {
        month = m.captured(1);
        day = m.captured(2).toInt();
        hms = {m.captured(3), m.captured(4), m.captured(5)};
        year = m.captured(6).toInt();
    } else {
        return std::nullopt;
    }
    const qsizetype monthIndex = months.indexOf(month);
    const QDate calendarDate(year, int(monthIndex) + 1, day);
    const QTime time(hms.at(0).toInt(), hms.at(1).toInt(), hms.at(2).toInt());
    if (monthIndex < 0 || !calendarDate.isValid() || !time.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.secsTo(QDateTime(calendarDate, time, QTimeZone::utc())));
}

} // namespace Deskline::Net
