#pragma once

#include "core/account_health.h"
#include "core/clock.h"
#include "core/message_kind.h"
#include "core/message_status.h"
#include "core/message_template.h"
#include "core/pricing.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace Deskline::Cloud {

// Typed events from Meta's webhooks (shared/reference/cloud-api-facts.md §1). Every event keeps
// the JSON item it came from in `raw`, so nothing Meta sent is ever lost, typed or not.

// An error object as it appears in webhooks (`messages[].errors`, `statuses[].errors`,
// `value.errors`).
struct WebhookError
{
    int code = 0;
    QString title;
    QString message;
    QString details; // error_data.details
    QString href;
};

// Who a message is from or to. `userId` is the business-scoped user id (BSUID); `waId` may be
// missing since 2026 when the customer has a username and withheld the number.
struct ContactInfo
{
    QString waId;
    QString userId;
    QString parentUserId;
    QString name;
    QString username;
    QString identityKeyHash;

    // The key a chat is filed under: the BSUID when present, else the WhatsApp id.
    [[nodiscard]] QString key() const { return !userId.isEmpty() ? userId : waId; }
};

struct MediaRef
{
    QString id;
    QString mimeType;
    QString sha256;
    QString url;
    QString caption;
    QString filename;
    bool voice = false;    // audio
    bool animated = false; // sticker
};

struct LocationInfo
{
    double latitude = 0;
    double longitude = 0;
    QString name;
    QString address;
    QString url;
};

// One contact card the customer shared (`type: contacts`); the whole card stays in `raw`.
struct SharedContact
{
    QString formattedName;
    QStringList phones;
    QString vcard;
    QJsonObject raw;
};

struct InteractiveReply
{
    enum class Type { ButtonReply, ListReply, FlowReply, Unrecognized };
    Type type = Type::Unrecognized;
    QString rawType;
    QString id;
    QString title;
    QString description;      // list rows
    QString flowName;         // nfm_reply
    QString flowBody;
    QString flowResponseJson; // a JSON string, as Meta sends it
};

struct ButtonTap
{
    QString payload;
    QString text;
};

struct ReactionInfo
{
    QString messageId;
    QString emoji;   // empty when removed
    bool removed = false;
};

struct OrderItem
{
    QString productRetailerId;
    double quantity = 0;
    double itemPrice = 0;
    QString currency;
};

struct OrderInfo
{
    QString catalogId;
    QString text;
    QList<OrderItem> items;
};

struct SystemNotice
{
    QString type; // user_changed_number, user_changed_user_id, customer_identity_changed, …
    QString body;
    QString newWaId;
    QString userId;
    QString previousUserId;
    QString previousParentUserId;
};

struct MessageContext
{
    QString from;
    QString id; // the quoted message
    bool forwarded = false;
    bool frequentlyForwarded = false;
    QString referredCatalogId;
    QString referredProductRetailerId;
};

struct Referral
{
    QString sourceUrl;
    QString sourceId;
    QString sourceType; // ad, post
    QString body;
    QString headline;
    QString mediaType;
    QString imageUrl;
    QString videoUrl;
    QString thumbnailUrl;
    QString ctwaClid;
    QString welcomeText;
};

// Where a `messages` change came from.
struct LineRef
{
    QString wabaId;
    QString phoneNumberId;
    QString displayPhoneNumber;
};

struct InboundMessage
{
    LineRef line;
    QString id; // wamid
    QString from;
    QString fromUserId;
    QString fromParentUserId;
    QString groupId;
    std::optional<EpochSeconds> timestamp; // absent when Meta's value is not a number
    QString type;                          // as sent
    MessageKind kind = MessageKind::Unrecognized;
    ContactInfo contact;

    std::optional<MessageContext> context;
    std::optional<Referral> referral;
    QString text; // text.body
    std::optional<MediaRef> media;
    std::optional<LocationInfo> location;
    QList<SharedContact> sharedContacts;
    std::optional<InteractiveReply> interactive;
    std::optional<ButtonTap> button;
    std::optional<ReactionInfo> reaction;
    std::optional<OrderInfo> order;
    std::optional<SystemNotice> system;
    QString originalMessageId;    // edit, revoke
    QJsonObject editedMessage;    // edit: the new message object
    QString unsupportedType;      // unsupported.type (e.g. "edit", "poll")
    QList<WebhookError> errors;
    QJsonObject raw;

    // The customer's key, even when `contacts[]` was left out.
    [[nodiscard]] QString customerKey() const;
};

struct ConversationInfo
{
    QString id;
    QString originType; // service, marketing, utility, authentication, referral_conversion, …
    std::optional<EpochSeconds> expiresAt;
};

struct StatusUpdate
{
    LineRef line;
    QString messageId; // wamid
    QString rawStatus;
    std::optional<DeliveryStatus> status; // nullopt for a status word this build does not know
    std::optional<EpochSeconds> timestamp;
    QString recipientId;
    QString recipientUserId;
    QString parentRecipientUserId;
    QString recipientType; // "group" for group sends
    QString recipientParticipantId;
    QString bizOpaqueCallbackData;
    std::optional<ConversationInfo> conversation;
    std::optional<ReportedPricing> pricing;
    QList<WebhookError> errors;
    QList<ContactInfo> contacts;
    QJsonObject raw;
};

// `value.errors`: errors about the app, the account or the line, not about one message.
struct LineErrors
{
    LineRef line;
    QList<WebhookError> errors;
    QJsonObject raw;
};

// Account-level fields carry `entry[].time` and route by WABA id.
struct AccountEventBase
{
    QString wabaId;
    std::optional<EpochSeconds> time;
    QJsonObject raw; // the change's `value`
};

struct TemplateStatusChanged : AccountEventBase
{
    QString templateId;
    QString name;
    QString language;
    QString category; // message_template_category, as sent
    TemplateStatusInfo status; // event + reason
    QString otherInfoTitle;    // FIRST_PAUSE, SECOND_PAUSE, …
    QString otherInfoDescription;
    QString rejectionReason;   // rejection_info.reason (a sentence)
    QString recommendation;
    QString disableDate;
};

struct TemplateQualityChanged : AccountEventBase
{
    QString templateId;
    QString name;
    QString language;
    Quality previous;
    Quality current;
};

struct TemplateCategoryChanged : AccountEventBase
{
    QString templateId;
    QString name;
    QString language;
    QString previousCategory;
    QString newCategory;
    QString correctCategory;                      // impending: the category it will move to
    std::optional<EpochSeconds> effectiveAt;      // impending: category_update_timestamp
    [[nodiscard]] bool isImpending() const { return !correctCategory.isEmpty(); }
};

struct PhoneQualityChanged : AccountEventBase
{
    QString displayPhoneNumber;
    QString event; // ONBOARDING, THROUGHPUT_UPGRADE; legacy FLAGGED, UNFLAGGED, UPGRADE, DOWNGRADE
    std::optional<MessagingLimit> currentLimit;
    std::optional<MessagingLimit> oldLimit;
    std::optional<MessagingLimit> maxDailyConversationsPerBusiness;
};

struct PhoneNameChanged : AccountEventBase
{
    QString displayPhoneNumber;
    QString decision; // APPROVED, DEFERRED, PENDING, REJECTED
    QString requestedVerifiedName;
    QString rejectionReason;
};

struct AccountUpdated : AccountEventBase
{
    QString event; // ACCOUNT_RESTRICTION, DISABLED_UPDATE, VOLUME_BASED_PRICING_TIER_UPDATE, …
    QString phoneNumber;
    QString country;             // BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE
    QString violationType;       // ACCOUNT_VIOLATION
    QString banState;            // DISABLED_UPDATE
    QString banDate;
    struct Restriction
    {
        QString type;
        std::optional<EpochSeconds> expiresAt;
    };
    QList<Restriction> restrictions; // ACCOUNT_RESTRICTION
    QString volumeTier;              // VOLUME_BASED_PRICING_TIER_UPDATE: "lo:hi"
    QString volumeTierCategory;
    QString volumeTierMonth;
    QString disconnectionReason;     // PARTNER_REMOVED
};

struct AccountAlert : AccountEventBase
{
    QString entityType; // BUSINESS, PHONE_NUMBER, …
    QString entityId;
    QString severity;   // CRITICAL, WARNING, INFORMATIONAL
    QString status;     // ACTIVE, NONE
    QString alertType;
    QString description;
};

struct CapabilityUpdated : AccountEventBase
{
    std::optional<MessagingLimit> maxDailyConversationsPerBusiness;
    std::optional<MessagingLimit> legacyMaxDailyConversationsPerPhone;
    std::optional<qint64> maxPhoneNumbersPerWaba;
    std::optional<qint64> maxPhoneNumbersPerBusiness;
};

struct UserPreference
{
    QString waId;
    QString userId;
    QString detail;
    QString category; // marketing_messages
    QString value;    // stop, resume
    std::optional<EpochSeconds> timestamp;
};

struct UserPreferencesChanged : AccountEventBase
{
    QList<UserPreference> preferences;
};

// A field or shape this build does not know: kept whole and reported, never dropped.
struct UnknownChange
{
    QString wabaId;
    QString field;
    QString reason;
    QJsonObject raw; // the change object
};

using WebhookEvent = std::variant<InboundMessage, StatusUpdate, LineErrors, TemplateStatusChanged,
                                  TemplateQualityChanged, TemplateCategoryChanged,
                                  PhoneQualityChanged, PhoneNameChanged, AccountUpdated,
                                  AccountAlert, CapabilityUpdated, UserPreferencesChanged,
                                  UnknownChange>;

// A short name for logs and event-log kinds: "message", "status", "template_status", …
QString eventKind(const WebhookEvent &event);

// The key that makes a redelivered webhook item the same event (facts §1.3): the wamid for
// messages, wamid + status for statuses, id + event + time for account fields. Empty when the
// item carries nothing stable enough to deduplicate on.
QString naturalKey(const WebhookEvent &event);

} // namespace Deskline::Cloud
