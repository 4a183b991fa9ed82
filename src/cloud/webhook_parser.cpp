#include "cloud/webhook_parser.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace Deskline::Cloud {

namespace {

QString str(const QJsonObject &o, QLatin1StringView key)
{
    return jsonString(o.value(key));
}

QJsonObject obj(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toObject();
}

QList<WebhookError> errorsOf(const QJsonObject &o)
{
    QList<WebhookError> errors;
    for (const QJsonValue &e : o.value(QLatin1StringView("errors")).toArray())
        errors.append(WebhookParser::parseError(e.toObject()));
    return errors;
}

std::optional<MessagingLimit> limitOf(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return MessagingLimit::fromVariant(v.toVariant());
}

std::optional<qint64> integerOf(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toInteger();
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    return ok ? std::optional(n) : std::nullopt;
}

void warn(QStringList *warnings, const QString &text)
{
    if (warnings)
        warnings->append(text);
}

MediaRef mediaOf(const QJsonObject &m)
{
    MediaRef r;
    r.id = str(m, QLatin1StringView("id"));
    r.mimeType = str(m, QLatin1StringView("mime_type"));
    r.sha256 = str(m, QLatin1StringView("sha256"));
    r.url = str(m, QLatin1StringView("url"));
    r.caption = str(m, QLatin1StringView("caption"));
    r.filename = str(m, QLatin1StringView("filename"));
    r.voice = m.value(QLatin1StringView("voice")).toBool();
    r.animated = m.value(QLatin1StringView("animated")).toBool();
    return r;
}

MessageContext contextOf(const QJsonObject &c)
{
    MessageContext r;
    r.from = str(c, QLatin1StringView("from"));
    r.id = str(c, QLatin1StringView("id"));
    r.forwarded = c.value(QLatin1StringView("forwarded")).toBool();
    r.frequentlyForwarded = c.value(QLatin1StringView("frequently_forwarded")).toBool();
    const QJsonObject p = obj(c, QLatin1StringView("referred_product"));
    r.referredCatalogId = str(p, QLatin1StringView("catalog_id"));
    r.referredProductRetailerId = str(p, QLatin1StringView("product_retailer_id"));
    return r;
}

Referral referralOf(const QJsonObject &r)
{
    Referral x;
    x.sourceUrl = str(r, QLatin1StringView("source_url"));
    x.sourceId = str(r, QLatin1StringView("source_id"));
    x.sourceType = str(r, QLatin1StringView("source_type"));
    x.body = str(r, QLatin1StringView("body"));
    x.headline = str(r, QLatin1StringView("headline"));
    x.mediaType = str(r, QLatin1StringView("media_type"));
    x.imageUrl = str(r, QLatin1StringView("image_url"));
    x.videoUrl = str(r, QLatin1StringView("video_url"));
    x.thumbnailUrl = str(r, QLatin1StringView("thumbnail_url"));
    x.ctwaClid = str(r, QLatin1StringView("ctwa_clid"));
    x.welcomeText = str(obj(r, QLatin1StringView("welcome_message")), QLatin1StringView("text"));
    return x;
}

InteractiveReply interactiveOf(const QJsonObject &i)
{
    InteractiveReply r;
    r.rawType = str(i, QLatin1StringView("type"));
    if (r.rawType == u"button_reply") {
        r.type = InteractiveReply::Type::ButtonReply;
        const QJsonObject b = obj(i, QLatin1StringView("button_reply"));
        r.id = str(b, QLatin1StringView("id"));
        r.title = str(b, QLatin1StringView("title"));
    } else if (r.rawType == u"list_reply") {
        r.type = InteractiveReply::Type::ListReply;
        const QJsonObject l = obj(i, QLatin1StringView("list_reply"));
        r.id = str(l, QLatin1StringView("id"));
        r.title = str(l, QLatin1StringView("title"));
        r.description = str(l, QLatin1StringView("description"));
    } else if (r.rawType == u"nfm_reply") {
        r.type = InteractiveReply::Type::FlowReply;
        const QJsonObject n = obj(i, QLatin1StringView("nfm_reply"));
        r.flowName = str(n, QLatin1StringView("name"));
        r.flowBody = str(n, QLatin1StringView("body"));
        r.flowResponseJson = str(n, QLatin1StringView("response_json"));
    }
    return r;
}

QList<SharedContact> sharedContactsOf(const QJsonArray &cards)
{
    QList<SharedContact> list;
    for (const QJsonValue &v : cards) {
        const QJsonObject c = v.toObject();
        SharedContact s;
        s.raw = c;
        s.formattedName = str(obj(c, QLatin1StringView("name")), QLatin1StringView("formatted_name"));
        s.vcard = str(c, QLatin1StringView("vcard"));
        for (const QJsonValue &p : c.value(QLatin1StringView("phones")).toArray())
            s.phones.append(str(p.toObject(), QLatin1StringView("phone")));
        list.append(s);
    }
    return list;
}

LineRef lineOf(const QJsonObject &value, const QString &wabaId)
{
    const QJsonObject m = obj(value, QLatin1StringView("metadata"));
    return {wabaId, str(m, QLatin1StringView("phone_number_id")),
            str(m, QLatin1StringView("display_phone_number"))};
}

void parseMessagesValue(const QJsonObject &value, const QString &wabaId, WebhookParseResult &out)
{
    const LineRef line = lineOf(value, wabaId);
    const QJsonArray contacts = value.value(QLatin1StringView("contacts")).toArray();
    bool understood = false;
    for (const QJsonValue &m : value.value(QLatin1StringView("messages")).toArray()) {
        out.events.append(WebhookParser::parseMessage(m.toObject(), contacts, line, &out.warnings));
        understood = true;
    }
    for (const QJsonValue &s : value.value(QLatin1StringView("statuses")).toArray()) {
        out.events.append(WebhookParser::parseStatus(s.toObject(), contacts, line, &out.warnings));
        understood = true;
    }
    if (value.contains(QLatin1StringView("errors"))) {
        out.events.append(LineErrors{line, errorsOf(value), value});
        understood = true;
    }
    if (!understood) {
        out.events.append(UnknownChange{wabaId, QStringLiteral("messages"),
                                        QStringLiteral("no messages, statuses or errors"), value});
        out.warnings.append(QStringLiteral("messages change without messages, statuses or errors"));
    }
}

template<typename T>
T accountBase(const QString &wabaId, std::optional<EpochSeconds> time, const QJsonObject &value)
{
    T e;
    e.wabaId = wabaId;
    e.time = time;
    e.raw = value;
    return e;
}

} // namespace

QString jsonString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return QString::number(value.toInteger());
        return QString::number(d, 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString();
}

std::optional<EpochSeconds> jsonEpoch(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= 0 && std::floor(d) == d)
            return value.toInteger();
        return std::nullopt;
    }
    return parseEpochSeconds(value.toString());
}

QString InboundMessage::customerKey() const
{
    if (!contact.key().isEmpty())
        return contact.key();
    return !fromUserId.isEmpty() ? fromUserId : from;
}

WebhookError WebhookParser::parseError(const QJsonObject &e)
{
    WebhookError r;
    r.code = e.value(QLatin1StringView("code")).toInt();
    r.title = str(e, QLatin1StringView("title"));
    r.message = str(e, QLatin1StringView("message"));
    r.details = str(obj(e, QLatin1StringView("error_data")), QLatin1StringView("details"));
    r.href = str(e, QLatin1StringView("href"));
    return r;
}

ContactInfo WebhookParser::parseContact(const QJsonObject &c)
{
    ContactInfo r;
    r.waId = str(c, QLatin1StringView("wa_id"));
    r.userId = str(c, QLatin1StringView("user_id"));
    r.parentUserId = str(c, QLatin1StringView("parent_user_id"));
    r.identityKeyHash = str(c, QLatin1StringView("identity_key_hash"));
    const QJsonObject p = obj(c, QLatin1StringView("profile"));
    r.name = str(p, QLatin1StringView("name"));
    r.username = str(p, QLatin1StringView("username"));
    return r;
}

ReportedPricing WebhookParser::parsePricing(const QJsonObject &p)
{
    return ReportedPricing::fromJson(p);
}

InboundMessage WebhookParser::parseMessage(const QJsonObject &item, const QJsonArray &contacts,
                                           const LineRef &line, QStringList *warnings)
{
    InboundMessage m;
    m.raw = item;
    m.line = line;
    m.id = str(item, QLatin1StringView("id"));
    m.from = str(item, QLatin1StringView("from"));
    m.fromUserId = str(item, QLatin1StringView("from_user_id"));
    m.fromParentUserId = str(item, QLatin1StringView("from_parent_user_id"));
    m.groupId = str(item, QLatin1StringView("group_id"));
    m.timestamp = jsonEpoch(item.value(QLatin1StringView("timestamp")));
    if (!m.timestamp)
        warn(warnings, QStringLiteral("message %1: timestamp is not a number").arg(m.id));
    m.type = str(item, QLatin1StringView("type"));
    m.kind = messageKindFromWire(m.type);
    m.errors = errorsOf(item);

    // contacts[] lists the senders of this change; match by wa_id or BSUID, else take the only one.
    for (const QJsonValue &c : contacts) {
        const ContactInfo info = parseContact(c.toObject());
        const bool matches = (!m.from.isEmpty() && info.waId == m.from)
            || (!m.fromUserId.isEmpty() && info.userId == m.fromUserId);
        if (matches || contacts.size() == 1) {
            m.contact = info;
            if (matches)
                break;
        }
    }
    if (m.contact.waId.isEmpty())
        m.contact.waId = m.from;
    if (m.contact.userId.isEmpty())
        m.contact.userId = m.fromUserId;
    if (m.contact.parentUserId.isEmpty())
        m.contact.parentUserId = m.fromParentUserId;

    if (item.contains(QLatin1StringView("context")))
        m.context = contextOf(obj(item, QLatin1StringView("context")));
    if (item.contains(QLatin1StringView("referral")))
        m.referral = referralOf(obj(item, QLatin1StringView("referral")));

    const QJsonObject body = item.value(m.type).toObject();
    switch (m.kind) {
    case MessageKind::Text:
        m.text = str(body, QLatin1StringView("body"));
        break;
    case MessageKind::Image:
    case MessageKind::Video:
    case MessageKind::Audio:
    case MessageKind::Document:
    case MessageKind::Sticker:
        m.media = mediaOf(body);
        break;
    case MessageKind::Location: {
        LocationInfo l;
        l.latitude = body.value(QLatin1StringView("latitude")).toDouble();
        l.longitude = body.value(QLatin1StringView("longitude")).toDouble();
        l.name = str(body, QLatin1StringView("name"));
        l.address = str(body, QLatin1StringView("address"));
        l.url = str(body, QLatin1StringView("url"));
        m.location = l;
        break;
    }
    case MessageKind::Contacts:
        m.sharedContacts = sharedContactsOf(item.value(QLatin1StringView("contacts")).toArray());
        break;
    case MessageKind::Interactive:
        if (body.isEmpty())
            warn(warnings, QStringLiteral("message %1: interactive without a body").arg(m.id));
        else
            m.interactive = interactiveOf(body);
        break;
    case MessageKind::Button:
        m.button = ButtonTap{str(body, QLatin1StringView("payload")), str(body, QLatin1StringView("text"))};
        break;
    case MessageKind::Reaction: {
        ReactionInfo r;
        r.messageId = str(body, QLatin1StringView("message_id"));
        r.emoji = str(body, QLatin1StringView("emoji"));
        r.removed = r.emoji.isEmpty();
        m.reaction = r;
        break;
    }
    case MessageKind::Order: {
        OrderInfo o;
        o.catalogId = str(body, QLatin1StringView("catalog_id"));
        o.text = str(body, QLatin1StringView("text"));
        for (const QJsonValue &v : body.value(QLatin1StringView("product_items")).toArray()) {
            const QJsonObject p = v.toObject();
            o.items.append({str(p, QLatin1StringView("product_retailer_id")),
                            p.value(QLatin1StringView("quantity")).toVariant().toDouble(),
                            p.value(QLatin1StringView("item_price")).toVariant().toDouble(),
                            str(p, QLatin1StringView("currency"))});
        }
        m.order = o;
        break;
    }
    case MessageKind::System: {
        SystemNotice s;
        s.type = str(body, QLatin1StringView("type"));
        s.body = str(body, QLatin1StringView("body"));
        s.newWaId = str(body, QLatin1StringView("wa_id"));
        s.userId = str(body, QLatin1StringView("user_id"));
        s.previousUserId = str(body, QLatin1StringView("previous_user_id"));
        s.previousParentUserId = str(body, QLatin1StringView("previous_parent_user_id"));
        m.system = s;
        break;
    }
    case MessageKind::Edit:
        m.originalMessageId = str(body, QLatin1StringView("original_message_id"));
        m.editedMessage = obj(body, QLatin1StringView("message"));
        m.text = str(obj(m.editedMessage, QLatin1StringView("text")), QLatin1StringView("body"));
        break;
    case MessageKind::Revoke:
        m.originalMessageId = str(body, QLatin1StringView("original_message_id"));
        break;
    case MessageKind::Unsupported:
        m.unsupportedType = str(body, QLatin1StringView("type"));
        break;
    case MessageKind::RequestWelcome:
    case MessageKind::Call:
        break;
    case MessageKind::Unrecognized:
        warn(warnings, QStringLiteral("message %1: unknown type \"%2\" kept raw").arg(m.id, m.type));
        break;
    }
    return m;
}

StatusUpdate WebhookParser::parseStatus(const QJsonObject &item, const QJsonArray &contacts,
                                        const LineRef &line, QStringList *warnings)
{
    StatusUpdate s;
    s.raw = item;
    s.line = line;
    s.messageId = str(item, QLatin1StringView("id"));
    s.rawStatus = str(item, QLatin1StringView("status"));
    s.status = deliveryStatusFromWire(s.rawStatus);
    if (!s.status)
        warn(warnings, QStringLiteral("status %1: unknown status \"%2\" kept raw").arg(s.messageId, s.rawStatus));
    s.timestamp = jsonEpoch(item.value(QLatin1StringView("timestamp")));
    s.recipientId = str(item, QLatin1StringView("recipient_id"));
    s.recipientUserId = str(item, QLatin1StringView("recipient_user_id"));
    s.parentRecipientUserId = str(item, QLatin1StringView("parent_recipient_user_id"));
    if (s.parentRecipientUserId.isEmpty())
        s.parentRecipientUserId = str(item, QLatin1StringView("parent_user_id"));
    s.recipientType = str(item, QLatin1StringView("recipient_type"));
    s.recipientParticipantId = str(item, QLatin1StringView("recipient_participant_id"));
    s.bizOpaqueCallbackData = str(item, QLatin1StringView("biz_opaque_callback_data"));
    if (item.contains(QLatin1StringView("conversation"))) {
        const QJsonObject c = obj(item, QLatin1StringView("conversation"));
        s.conversation = ConversationInfo{str(c, QLatin1StringView("id")),
                                          str(obj(c, QLatin1StringView("origin")), QLatin1StringView("type")),
                                          jsonEpoch(c.value(QLatin1StringView("expiration_timestamp")))};
    }
    if (item.contains(QLatin1StringView("pricing")))
        s.pricing = parsePricing(obj(item, QLatin1StringView("pricing")));
    s.errors = errorsOf(item);
    for (const QJsonValue &c : contacts)
        s.contacts.append(parseContact(c.toObject()));
    return s;
}

WebhookParseResult WebhookParser::parseChange(const QString &field, const QJsonObject &value,
                                              const QString &wabaId,
                                              std::optional<EpochSeconds> time)
{
    WebhookParseResult out;
    out.ok = true;
    auto templateIds = [&](auto &e) {
        e.templateId = str(value, QLatin1StringView("message_template_id"));
        e.name = str(value, QLatin1StringView("message_template_name"));
        e.language = str(value, QLatin1StringView("message_template_language"));
    };
    const bool looksLikeQuality = value.contains(QLatin1StringView("new_quality_score"));

    if (field == u"messages") {
        parseMessagesValue(value, wabaId, out);
    } else if (field == u"message_template_quality_update"
               || (field == u"message_template_status_update" && looksLikeQuality
                   && !value.contains(QLatin1StringView("event")))) {
        // Meta's own example of a quality update is filed under the status field.
        auto e = accountBase<TemplateQualityChanged>(wabaId, time, value);
        templateIds(e);
        e.previous = Quality::fromWire(str(value, QLatin1StringView("previous_quality_score")));
        e.current = Quality::fromWire(str(value, QLatin1StringView("new_quality_score")));
        out.events.append(e);
    } else if (field == u"message_template_status_update") {
        auto e = accountBase<TemplateStatusChanged>(wabaId, time, value);
        templateIds(e);
        e.category = str(value, QLatin1StringView("message_template_category"));
        e.status = TemplateStatusInfo::fromWire(str(value, QLatin1StringView("event")),
                                                str(value, QLatin1StringView("reason")));
        const QJsonObject other = obj(value, QLatin1StringView("other_info"));
        e.otherInfoTitle = str(other, QLatin1StringView("title"));
        e.otherInfoDescription = str(other, QLatin1StringView("description"));
        const QJsonObject rejection = obj(value, QLatin1StringView("rejection_info"));
        e.rejectionReason = str(rejection, QLatin1StringView("reason"));
        e.recommendation = str(rejection, QLatin1StringView("recommendation"));
        e.disableDate = str(obj(value, QLatin1StringView("disable_info")), QLatin1StringView("disable_date"));
        if (e.status.status == TemplateStatus::Unrecognized)
            out.warnings.append(QStringLiteral("template %1: unknown event \"%2\"").arg(e.templateId, e.status.raw));
        out.events.append(e);
    } else if (field == u"template_category_update") {
        auto e = accountBase<TemplateCategoryChanged>(wabaId, time, value);
        templateIds(e);
        e.previousCategory = str(value, QLatin1StringView("previous_category"));
        e.newCategory = str(value, QLatin1StringView("new_category"));
        e.correctCategory = str(value, QLatin1StringView("correct_category"));
        e.effectiveAt = jsonEpoch(value.value(QLatin1StringView("category_update_timestamp")));
        out.events.append(e);
    } else if (field == u"phone_number_quality_update") {
        auto e = accountBase<PhoneQualityChanged>(wabaId, time, value);
        e.displayPhoneNumber = str(value, QLatin1StringView("display_phone_number"));
        e.event = str(value, QLatin1StringView("event"));
        e.currentLimit = limitOf(value, QLatin1StringView("current_limit"));
        e.oldLimit = limitOf(value, QLatin1StringView("old_limit"));
        e.maxDailyConversationsPerBusiness = limitOf(value, QLatin1StringView("max_daily_conversations_per_business"));
        out.events.append(e);
    } else if (field == u"phone_number_name_update") {
        auto e = accountBase<PhoneNameChanged>(wabaId, time, value);
        e.displayPhoneNumber = str(value, QLatin1StringView("display_phone_number"));
        e.decision = str(value, QLatin1StringView("decision"));
        e.requestedVerifiedName = str(value, QLatin1StringView("requested_verified_name"));
        e.rejectionReason = str(value, QLatin1StringView("rejection_reason"));
        out.events.append(e);
    } else if (field == u"account_update") {
        auto e = accountBase<AccountUpdated>(wabaId, time, value);
        e.event = str(value, QLatin1StringView("event"));
        e.phoneNumber = str(value, QLatin1StringView("phone_number"));
        e.country = str(value, QLatin1StringView("country"));
        e.violationType = str(obj(value, QLatin1StringView("violation_info")), QLatin1StringView("violation_type"));
        const QJsonObject ban = obj(value, QLatin1StringView("ban_info"));
        e.banState = str(ban, QLatin1StringView("waba_ban_state"));
        e.banDate = str(ban, QLatin1StringView("waba_ban_date"));
        for (const QJsonValue &r : value.value(QLatin1StringView("restriction_info")).toArray()) {
            const QJsonObject ro = r.toObject();
            e.restrictions.append({str(ro, QLatin1StringView("restriction_type")),
                                   jsonEpoch(ro.value(QLatin1StringView("expiration")))});
        }
        const QJsonObject tier = obj(value, QLatin1StringView("volume_tier_info"));
        e.volumeTier = str(tier, QLatin1StringView("tier"));
        e.volumeTierCategory = str(tier, QLatin1StringView("pricing_category"));
        e.volumeTierMonth = str(tier, QLatin1StringView("effective_month"));
        e.disconnectionReason = str(obj(value, QLatin1StringView("disconnection_info")), QLatin1StringView("reason"));
        out.events.append(e);
    } else if (field == u"account_alerts") {
        auto e = accountBase<AccountAlert>(wabaId, time, value);
        e.entityType = str(value, QLatin1StringView("entity_type"));
        e.entityId = str(value, QLatin1StringView("entity_id"));
        const QJsonObject info = obj(value, QLatin1StringView("alert_info"));
        e.severity = str(info, QLatin1StringView("alert_severity"));
        e.status = str(info, QLatin1StringView("alert_status"));
        e.alertType = str(info, QLatin1StringView("alert_type"));
        e.description = str(info, QLatin1StringView("alert_description"));
        out.events.append(e);
    } else if (field == u"business_capability_update") {
        auto e = accountBase<CapabilityUpdated>(wabaId, time, value);
        e.maxDailyConversationsPerBusiness = limitOf(value, QLatin1StringView("max_daily_conversations_per_business"));
        e.legacyMaxDailyConversationsPerPhone = limitOf(value, QLatin1StringView("max_daily_conversation_per_phone"));
        e.maxPhoneNumbersPerWaba = integerOf(value, QLatin1StringView("max_phone_numbers_per_waba"));
        e.maxPhoneNumbersPerBusiness = integerOf(value, QLatin1StringView("max_phone_numbers_per_business"));
        out.events.append(e);
    } else if (field == u"user_preferences") {
        auto e = accountBase<UserPreferencesChanged>(wabaId, time, value);
        for (const QJsonValue &v : value.value(QLatin1StringView("user_preferences")).toArray()) {
            const QJsonObject p = v.toObject();
            e.preferences.append({str(p, QLatin1StringView("wa_id")), str(p, QLatin1StringView("user_id")),
                                  str(p, QLatin1StringView("detail")), str(p, QLatin1StringView("category")),
                                  str(p, QLatin1StringView("value")), jsonEpoch(p.value(QLatin1StringView("timestamp")))});
        }
        out.events.append(e);
    } else {
        out.events.append(UnknownChange{wabaId, field, QStringLiteral("field not handled"),
                                        QJsonObject{{QStringLiteral("field"), field},
                                                    {QStringLiteral("value"), value}}});
        out.warnings.append(QStringLiteral("unknown webhook field \"%1\" kept raw").arg(field));
    }
    return out;
}

WebhookParseResult WebhookParser::parse(const QByteArray &body)
{
    WebhookParseResult out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        out.error = QStringLiteral("malformed JSON at offset %1: %2").arg(error.offset).arg(error.errorString());
        return out;
    }
    if (!doc.isObject()) {
        out.error = QStringLiteral("the body is not a JSON object");
        return out;
    }
    const QJsonObject root = doc.object();
    // Meta always sends "object"; one of its published examples leaves it out, so a missing
    // one is accepted with a warning, and any other value is refused.
    const QJsonValue object = root.value(QLatin1StringView("object"));
    if (object.isUndefined()) {
        out.warnings.append(QStringLiteral("notification without \"object\"; read as whatsapp_business_account"));
    } else if (object.toString() != u"whatsapp_business_account") {
        out.error = QStringLiteral("not a whatsapp_business_account notification");
        return out;
    }
    if (!root.value(QLatin1StringView("entry")).isArray()) {
        out.error = QStringLiteral("no entry array");
        return out;
    }
    out.ok = true;
    for (const QJsonValue &entryValue : root.value(QLatin1StringView("entry")).toArray()) {
        const QJsonObject entry = entryValue.toObject();
        const QString wabaId = str(entry, QLatin1StringView("id"));
        const auto time = jsonEpoch(entry.value(QLatin1StringView("time")));
        for (const QJsonValue &changeValue : entry.value(QLatin1StringView("changes")).toArray()) {
            const QJsonObject change = changeValue.toObject();
            const QString field = str(change, QLatin1StringView("field"));
            const QJsonValue value = change.value(QLatin1StringView("value"));
            if (!value.isObject()) {
                out.events.append(UnknownChange{wabaId, field, QStringLiteral("value is not an object"), change});
                out.warnings.append(QStringLiteral("change \"%1\" without an object value kept raw").arg(field));
                continue;
            }
            const WebhookParseResult part = parseChange(field, value.toObject(), wabaId, time);
            out.events += part.events;
            out.warnings += part.warnings;
        }
    }
    return out;
}

} // namespace Deskline::Cloud
