#include "cloud/graph_client.h"

#include "net/requester.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace Deskline::Cloud {

namespace {

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

GraphClient::GraphClient(QUrl baseUrl, QString version, QByteArray accessToken, QObject *parent)
    : QObject(parent)
    , m_base(std::move(baseUrl))
    , m_version(std::move(version))
    , m_token(std::move(accessToken))
    , m_requester(new Net::Requester(this))
{
}

GraphClient::~GraphClient() = default;

QUrl GraphClient::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_base;
    url.setPath(url.path() + u'/' + m_version + u'/' + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

Net::HttpRequest GraphClient::authorized(Net::HttpRequest request) const
{
    request.setHeader("Authorization", "Bearer " + m_token);
    request.timeout = m_timeout;
    return request;
}

Net::RetryPolicy GraphClient::graphPolicy(bool isSend) const
{
    const auto unit = m_unit;
    const Net::RetryPolicy transient = Net::transientRetryPolicy();
    return [unit, transient, isSend](const Net::HttpResult &last, int attempt)
               -> std::optional<std::chrono::milliseconds> {
        if (const auto error = GraphError::fromJson(last.body, last.status)) {
            const auto seconds = GraphErrorCatalogue::retryDelaySeconds(error->code, attempt);
            if (!seconds)
                return std::nullopt;
            // Up to 25 % jitter on top of the catalogue's delay, never below it.
            const auto base = unit * *seconds;
            const auto jitter = std::chrono::milliseconds(
                QRandomGenerator::global()->bounded(qint64(base.count() / 4 + 1)));
            return base + jitter;
        }
        if (isSend && !last.hasResponse())
            return std::nullopt; // Meta may have accepted it: let the caller settle it
        return transient(last, attempt);
    };
}

template<typename T>
void GraphClient::call(Net::HttpRequest request, bool isSend, QObject *context,
                       std::function<std::optional<T>(const QByteArray &)> parse, Callback<T> done)
{
    request.maxAttempts = 8;
    m_requester->send(authorized(std::move(request)), context,
                      [parse, done](const Net::HttpResult &http) {
                          GraphResult<T> result;
                          result.http = http;
                          if (http.isSuccess())
                              result.value = parse(http.body);
                          else if (http.hasResponse())
                              result.error = GraphError::fromJson(http.body, http.status);
                          done(result);
                      },
                      graphPolicy(isSend));
}

void GraphClient::sendMessage(const QString &phoneNumberId, const QJsonObject &body, QObject *context,
                              Callback<SendResult> done)
{
    call<SendResult>(Net::HttpRequest::post(endpoint(phoneNumberId + u"/messages"_qs),
                                            QJsonDocument(body).toJson(QJsonDocument::Compact)),
                     true, context, [](const QByteArray &b) { return SendResult::fromJson(objectOf(b)); },
                     std::move(done));
}

void GraphClient::markRead(const QString &phoneNumberId, const QJsonObject &body, QObject *context,
                           Callback<bool> done)
{
    call<bool>(Net::HttpRequest::post(endpoint(phoneNumberId + u"/messages"_qs),
                                      QJsonDocument(body).toJson(QJsonDocument::Compact)),
               false, context,
               [](const QByteArray &b) -> std::optional<bool> {
                   const QJsonObject o = objectOf(b);
                   return o.contains(u"success") ? std::optional(o.value(u"success").toBool()) : std::nullopt;
               },
               std::move(done));
}

void GraphClient::uploadMedia(const QString &phoneNumberId, const QByteArray &data,
                              const QByteArray &mimeType, const QString &fileName, QObject *context,
                              Callback<QString> done)
{
    Net::HttpRequest request;
    request.method = Net::HttpMethod::Post;
    request.url = endpoint(phoneNumberId + u"/media"_qs);
    request.parts = {{"messaging_product", {}, {}, "whatsapp"},
                     {"type", {}, {}, mimeType},
                     {"file", fileName, mimeType, data}};
    call<QString>(request, false, context,
                  [](const QByteArray &b) -> std::optional<QString> {
                      const QString id = objectOf(b).value(u"id").toString();
                      return id.isEmpty() ? std::nullopt : std::optional(id);
                  },
                  std::move(done));
}

void GraphClient::mediaInfo(const QString &mediaId, QObject *context, Callback<MediaInfo> done)
{
    Net::HttpRequest request = Net::HttpRequest::get(endpoint(mediaId));
    request.mergeable = true;
    call<MediaInfo>(request, false, context,
                    [](const QByteArray &b) { return std::optional(MediaInfo::fromJson(objectOf(b))); },
                    std::move(done));
}

void GraphClient::downloadMedia(const QUrl &url, QObject *context, Callback<MediaBytes> done)
{
    Net::HttpRequest request = Net::HttpRequest::get(url);
    request.mergeable = true;
    request.maxAttempts = 3;
    m_requester->send(authorized(request), context,
                      [done](const Net::HttpResult &http) {
                          GraphResult<MediaBytes> result;
                          result.http = http;
                          if (http.isSuccess())
                              result.value = MediaBytes{http.body, http.header("content-type")};
                          else if (http.hasResponse())
                              result.error = GraphError::fromJson(http.body, http.status);
                          done(result);
                      },
                      graphPolicy(false));
}

void GraphClient::phoneNumber(const QString &phoneNumberId, const QStringList &fields, QObject *context,
                              Callback<PhoneNumberInfo> done)
{
    QUrlQuery query;
    if (!fields.isEmpty())
        query.addQueryItem(QStringLiteral("fields"), fields.join(u','));
    call<PhoneNumberInfo>(Net::HttpRequest::get(endpoint(phoneNumberId, query)), false, context,
                          [](const QByteArray &b) { return std::optional(PhoneNumberInfo::fromJson(objectOf(b))); },
                          std::move(done));
}

void GraphClient::phoneNumbers(const QString &wabaId, const QStringList &fields, QObject *context,
                               Callback<PhoneNumberPage> done)
{
    QUrlQuery query;
    if (!fields.isEmpty())
        query.addQueryItem(QStringLiteral("fields"), fields.join(u','));
    call<PhoneNumberPage>(Net::HttpRequest::get(endpoint(wabaId + u"/phone_numbers"_qs, query)), false, context,
                          [](const QByteArray &b) { return std::optional(PhoneNumberPage::fromJson(objectOf(b))); },
                          std::move(done));
}

void GraphClient::templates(const QString &wabaId, int limit, const QString &after, QObject *context,
                            Callback<TemplatePage> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), QString::fromLatin1(QUrl::toPercentEncoding(after)));
    call<TemplatePage>(Net::HttpRequest::get(endpoint(wabaId + u"/message_templates"_qs, query)), false, context,
                       [](const QByteArray &b) { return std::optional(TemplatePage::fromJson(objectOf(b))); },
                       std::move(done));
}

void GraphClient::allTemplates(const QString &wabaId, QObject *context, Callback<QList<MessageTemplate>> done)
{
    auto collected = std::make_shared<QList<MessageTemplate>>();
    auto fetch = std::make_shared<std::function<void(const QString &)>>();
    *fetch = [this, wabaId, context, done, collected, fetch](const QString &after) {
        templates(wabaId, 50, after, context, [done, collected, fetch](const GraphResult<TemplatePage> &page) {
            if (!page.ok()) {
                GraphResult<QList<MessageTemplate>> failed;
                failed.error = page.error;
                failed.http = page.http;
                done(failed);
                *fetch = nullptr; // break the cycle
                return;
            }
            *collected += page.value->templates;
            if (page.value->paging.next.isValid() && !page.value->paging.after.isEmpty()) {
                (*fetch)(page.value->paging.after);
                return;
            }
            GraphResult<QList<MessageTemplate>> result;
            result.value = *collected;
            result.http = page.http;
            done(result);
            *fetch = nullptr;
        });
    };
    (*fetch)(QString());
}

void GraphClient::templateQuality(const QString &templateId, QObject *context, Callback<TemplateQualityScore> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), QStringLiteral("quality_score"));
    call<TemplateQualityScore>(Net::HttpRequest::get(endpoint(templateId, query)), false, context,
                               [](const QByteArray &b) { return std::optional(TemplateQualityScore::fromJson(objectOf(b))); },
                               std::move(done));
}

void GraphClient::healthStatus(const QString &nodeId, QObject *context, Callback<HealthStatus> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), QStringLiteral("health_status"));
    call<HealthStatus>(Net::HttpRequest::get(endpoint(nodeId, query)), false, context,
                       [](const QByteArray &b) { return std::optional(HealthStatus::fromJson(objectOf(b))); },
                       std::move(done));
}

void GraphClient::analytics(const QString &wabaId, bool pricing, EpochSeconds start, EpochSeconds end,
                            const QString &granularity, QObject *context, Callback<Analytics> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"),
                       QStringLiteral("%1.start(%2).end(%3).granularity(%4)")
                           .arg(pricing ? QStringLiteral("pricing_analytics") : QStringLiteral("conversation_analytics"))
                           .arg(start)
                           .arg(end)
                           .arg(granularity));
    call<Analytics>(Net::HttpRequest::get(endpoint(wabaId, query)), false, context,
                    [](const QByteArray &b) { return Analytics::fromJson(objectOf(b)); }, std::move(done));
}

} // namespace Deskline::Cloud
