#pragma once

#include "core/template_json.h"

#include "core/account_health.h"
#include "core/clock.h"
#include "core/graph_error.h"
#include "core/message_template.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Deskline::Cloud {

// Typed Graph API responses (facts §2–§5). Parsers never fail on an unknown or missing field:
// they fill what is there and keep the object in `raw` where a caller may need more.

// {"error":{"message","type","code","error_subcode","error_data":{"details"},"fbtrace_id",…}}
struct GraphError
{
    int httpStatus = 0;
    int code = 0;
    std::optional<int> subcode;
    QString type;
    QString message;
    QString details;
    QString fbtraceId;
    QString userTitle;
    QString userMessage;
    bool isTransient = false;

    // Meaning, advice and retry class from core's catalogue.
    [[nodiscard]] GraphErrorInfo info() const { return GraphErrorCatalogue::lookup(code, subcode); }
    // nullopt when `body` carries no Graph error envelope.
    static std::optional<GraphError> fromJson(const QByteArray &body, int httpStatus);
    // The envelope, as the simulator answers with it.
    [[nodiscard]] QJsonObject toJson() const;
};

struct SendResult
{
    QString messageId;     // wamid
    QString messageStatus; // accepted, held_for_quality_assessment, paused (paced templates)
    QString input;
    QString waId;
    QString userId;
    QString groupId;
    static std::optional<SendResult> fromJson(const QJsonObject &o);
};

struct MediaInfo
{
    QString id;
    QUrl url; // valid 5 minutes; needs the bearer token
    QString mimeType;
    QString sha256;
    qint64 fileSize = -1;
    static MediaInfo fromJson(const QJsonObject &o);
};

struct PhoneNumberInfo
{
    QString id;
    QString displayPhoneNumber;
    QString verifiedName;
    std::optional<Quality> quality;
    std::optional<MessagingLimit> messagingLimit; // whatsapp_business_manager_messaging_limit
    std::optional<PhoneNumberStatus> status;
    QString nameStatus;
    QString codeVerificationStatus;
    QString platformType;
    QString throughputLevel;
    QJsonObject raw;
    static PhoneNumberInfo fromJson(const QJsonObject &o);
};

struct Paging
{
    QString before;
    QString after;
    QUrl next; // absent on the last page
    static Paging fromJson(const QJsonObject &root);
};

struct TemplatePage
{
    QList<MessageTemplate> templates;
    Paging paging;
    static TemplatePage fromJson(const QJsonObject &root);
};

struct PhoneNumberPage
{
    QList<PhoneNumberInfo> numbers;
    Paging paging;
    static PhoneNumberPage fromJson(const QJsonObject &root);
};

// One template as GET /<WABA_ID>/message_templates returns it ⇄ core's model (core/template_json.h).
using Deskline::templateFromJson;
using Deskline::templateToJson;

struct TemplateQualityScore
{
    Quality score;
    std::optional<EpochSeconds> date;
    static TemplateQualityScore fromJson(const QJsonObject &root);
};

// pricing_analytics (per-message) and conversation_analytics (conversation-based) data points.
struct AnalyticsPoint
{
    EpochSeconds start = 0;
    EpochSeconds end = 0;
    QString country;
    QString phoneNumber;
    QString tier;     // pricing: "lo:hi" or "0:MAX"; omitted for free messages
    QString type;     // pricing_type / conversation_type (REGULAR, FREE_CUSTOMER_SERVICE, FREE_ENTRY[_POINT], …)
    QString category; // pricing_category / conversation_category
    QString direction;
    qint64 volume = 0; // messages, or conversations
    double cost = 0;
};

struct Analytics
{
    enum class Kind { Pricing, Conversation };
    Kind kind = Kind::Pricing;
    QList<AnalyticsPoint> points;
    static std::optional<Analytics> fromJson(const QJsonObject &root);
};

struct HealthEntity
{
    QString type; // PHONE_NUMBER, MESSAGE_TEMPLATE, WABA, BUSINESS, APP
    QString id;
    QString canSendMessage; // AVAILABLE, LIMITED, BLOCKED
    QStringList additionalInfo;
    struct Error
    {
        int code = 0;
        QString description;
        QString possibleSolution;
    };
    QList<Error> errors;
};

struct HealthStatus
{
    QString canSendMessage;
    QList<HealthEntity> entities;
    static HealthStatus fromJson(const QJsonObject &root);
};

} // namespace Deskline::Cloud
