#pragma once

#include "cloud/graph_responses.h"
#include "net/http_request.h"
#include "net/retry_policy.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

namespace Deskline::Net {
class Requester;
}

namespace Deskline::Cloud {

// The outcome of one Graph call: a typed value, or a Graph error, or a transport failure.
template<typename T>
struct GraphResult
{
    std::optional<T> value;
    std::optional<GraphError> error; // Meta answered with an error envelope
    Net::HttpResult http;            // what came back (status, transport error)

    [[nodiscard]] bool ok() const { return value.has_value(); }
};

struct MediaBytes
{
    QByteArray data;
    QByteArray contentType;
};

// Typed calls to the Cloud API (Meta's or deskline-sim) over a Net::Requester. Holds the access
// token: only the hub and the simulator's tests use it. Retries follow core's error catalogue:
// a Graph error is retried only when its retry class says so (130429, 131056, 80007, 4, …),
// after its minimum delay; a send is never retried after a timeout or a dropped connection,
// because Meta may have accepted it (the hub settles those from status webhooks).
class GraphClient : public QObject
{
    Q_OBJECT

public:
    GraphClient(QUrl baseUrl, QString version, QByteArray accessToken, QObject *parent = nullptr);
    ~GraphClient() override;

    // What one second of a Graph retry delay lasts (1 s; tests shrink it).
    void setRetryTimeUnit(std::chrono::milliseconds unit) { m_unit = unit; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] QUrl baseUrl() const { return m_base; }
    [[nodiscard]] QString version() const { return m_version; }

    template<typename T>
    using Callback = std::function<void(const GraphResult<T> &)>;

    // POST /{phone_number_id}/messages with a body from MessageBuilder.
    void sendMessage(const QString &phoneNumberId, const QJsonObject &body, QObject *context,
                     Callback<SendResult> done);
    // Mark read / typing indicator: {"success":true}.
    void markRead(const QString &phoneNumberId, const QJsonObject &body, QObject *context,
                  Callback<bool> done);
    void uploadMedia(const QString &phoneNumberId, const QByteArray &data, const QByteArray &mimeType,
                     const QString &fileName, QObject *context, Callback<QString> done);
    void mediaInfo(const QString &mediaId, QObject *context, Callback<MediaInfo> done);
    // Downloads the bytes behind a media URL (valid 5 minutes) with the bearer token.
    void downloadMedia(const QUrl &url, QObject *context, Callback<MediaBytes> done);
    void phoneNumber(const QString &phoneNumberId, const QStringList &fields, QObject *context,
                     Callback<PhoneNumberInfo> done);
    void phoneNumbers(const QString &wabaId, const QStringList &fields, QObject *context,
                      Callback<PhoneNumberPage> done);
    // One page; pass the previous page's `paging.after` to continue.
    void templates(const QString &wabaId, int limit, const QString &after, QObject *context,
                   Callback<TemplatePage> done);
    // Every page, following `paging.next` until it is absent.
    void allTemplates(const QString &wabaId, QObject *context, Callback<QList<MessageTemplate>> done);
    void templateQuality(const QString &templateId, QObject *context, Callback<TemplateQualityScore> done);
    void healthStatus(const QString &nodeId, QObject *context, Callback<HealthStatus> done);
    // pricing_analytics / conversation_analytics on the WABA for [start, end).
    void analytics(const QString &wabaId, bool pricing, EpochSeconds start, EpochSeconds end,
                   const QString &granularity, QObject *context, Callback<Analytics> done);

    // The retry policy for a Graph call (exposed for tests). `isSend`: never retry transport
    // failures, which may hide an accepted message.
    [[nodiscard]] Net::RetryPolicy graphPolicy(bool isSend) const;

private:
    QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const;
    Net::HttpRequest authorized(Net::HttpRequest request) const;
    template<typename T>
    void call(Net::HttpRequest request, bool isSend, QObject *context,
              std::function<std::optional<T>(const QByteArray &body)> parse, Callback<T> done);

    QUrl m_base;
    QString m_version;
    QByteArray m_token;
    std::chrono::milliseconds m_unit{1000};
    std::chrono::milliseconds m_timeout{30'000};
    Net::Requester *m_requester = nullptr;
};

} // namespace Deskline::Cloud
