#include "cloud/graph_responses.h"

#include "cloud/webhook_parser.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Deskline::Cloud {

namespace {

QString str(const QJsonObject &o, QLatin1StringView key)
{
    return jsonString(o.value(key));
}

QLatin1StringView L(const char *s)
{
    return QLatin1StringView(s);
}

} // namespace

std::optional<GraphError> GraphError::fromJson(const QByteArray &body, int httpStatus)
{
    const QJsonObject e = QJsonDocument::fromJson(body).object().value(L("error")).toObject();
    if (e.isEmpty())
        return std::nullopt;
    GraphError g;
    g.httpStatus = httpStatus;
    g.code = e.value(L("code")).toInt();
    if (e.contains(L("error_subcode")))
        g.subcode = e.value(L("error_subcode")).toInt();
    g.type = str(e, L("type"));
    g.message = str(e, L("message"));
    g.details = str(e.value(L("error_data")).toObject(), L("details"));
    g.fbtraceId = str(e, L("fbtrace_id"));
    g.userTitle = str(e, L("error_user_title"));
    g.userMessage = str(e, L("error_user_msg"));
    g.isTransient = e.value(L("is_transient")).toBool();
    return g;
}

QJsonObject GraphError::toJson() const
{
    QJsonObject e{{QStringLiteral("message"), message},
                  {QStringLiteral("type"), type.isEmpty() ? QStringLiteral("OAuthException") : type},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("fbtrace_id"), fbtraceId}};
    if (!details.isEmpty())
        e.insert(QStringLiteral("error_data"),
                 QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                             {QStringLiteral("details"), details}});
    if (subcode)
        e.insert(QStringLiteral("error_subcode"), *subcode);
    return QJsonObject{{QStringLiteral("error"), e}};
}

std::optional<SendResult> SendResult::fromJson(const QJsonObject &o)
{
    const QJsonObject message = o.value(L("messages")).toArray().first().toObject();
    if (message.isEmpty())
        return std::nullopt;
    SendResult r;
    r.messageId = str(message, L("id"));
    r.messageStatus = str(message, L("message_status"));
    r.groupId = str(message, L("group_id"));
    const QJsonObject contact = o.value(L("contacts")).toArray().first().toObject();
    r.input = str(contact, L("input"));
    r.waId = str(contact, L("wa_id"));
    r.userId = str(contact, L("user_id"));
    if (r.messageId.isEmpty())
        return std::nullopt;
    return r;
}

MediaInfo MediaInfo::fromJson(const QJsonObject &o)
{
    MediaInfo m;
    m.id = str(o, L("id"));
    m.url = QUrl(str(o, L("url")));
    m.mimeType = str(o, L("mime_type"));
    m.sha256 = str(o, L("sha256"));
    bool ok = false;
    const qint64 size = str(o, L("file_size")).toLongLong(&ok);
    m.fileSize = ok ? size : -1;
    return m;
}

PhoneNumberInfo PhoneNumberInfo::fromJson(const QJsonObject &o)
{
    PhoneNumberInfo p;
    p.raw = o;
    p.id = str(o, L("id"));
    p.displayPhoneNumber = str(o, L("display_phone_number"));
    p.verifiedName = str(o, L("verified_name"));
    if (o.contains(L("quality_rating")))
        p.quality = Quality::fromWire(str(o, L("quality_rating")));
    if (o.contains(L("whatsapp_business_manager_messaging_limit")))
        p.messagingLimit = MessagingLimit::fromVariant(o.value(L("whatsapp_business_manager_messaging_limit")).toVariant());
    else if (o.contains(L("messaging_limit_tier"))) // deprecated, still seen
        p.messagingLimit = MessagingLimit::fromVariant(o.value(L("messaging_limit_tier")).toVariant());
    if (o.contains(L("status")))
        p.status = PhoneNumberStatus::fromWire(str(o, L("status")));
    p.nameStatus = str(o, L("name_status"));
    p.codeVerificationStatus = str(o, L("code_verification_status"));
    p.platformType = str(o, L("platform_type"));
    p.throughputLevel = str(o.value(L("throughput")).toObject(), L("level"));
    return p;
}

Paging Paging::fromJson(const QJsonObject &root)
{
    const QJsonObject paging = root.value(L("paging")).toObject();
    const QJsonObject cursors = paging.value(L("cursors")).toObject();
    Paging p;
    p.before = str(cursors, L("before"));
    p.after = str(cursors, L("after"));
    const QString next = str(paging, L("next"));
    if (!next.isEmpty())
        p.next = QUrl(next);
    return p;
}

TemplatePage TemplatePage::fromJson(const QJsonObject &root)
{
    TemplatePage p;
    for (const QJsonValue &v : root.value(L("data")).toArray())
        p.templates.append(templateFromJson(v.toObject()));
    p.paging = Paging::fromJson(root);
    return p;
}

PhoneNumberPage PhoneNumberPage::fromJson(const QJsonObject &root)
{
    PhoneNumberPage p;
    for (const QJsonValue &v : root.value(L("data")).toArray())
        p.numbers.append(PhoneNumberInfo::fromJson(v.toObject()));
    p.paging = Paging::fromJson(root);
    return p;
}

TemplateQualityScore TemplateQualityScore::fromJson(const QJsonObject &root)
{
    const QJsonObject q = root.value(L("quality_score")).toObject();
    return {Quality::fromWire(str(q, L("score"))), jsonEpoch(q.value(L("date")))};
}

std::optional<Analytics> Analytics::fromJson(const QJsonObject &root)
{
    Analytics a;
    QJsonObject section;
    if (root.contains(L("pricing_analytics"))) {
        a.kind = Kind::Pricing;
        section = root.value(L("pricing_analytics")).toObject();
    } else if (root.contains(L("conversation_analytics"))) {
        a.kind = Kind::Conversation;
        section = root.value(L("conversation_analytics")).toObject();
    } else {
        return std::nullopt;
    }
    for (const QJsonValue &dv : section.value(L("data")).toArray()) {
        for (const QJsonValue &pv : dv.toObject().value(L("data_points")).toArray()) {
            const QJsonObject p = pv.toObject();
            AnalyticsPoint point;
            point.start = jsonEpoch(p.value(L("start"))).value_or(0);
            point.end = jsonEpoch(p.value(L("end"))).value_or(0);
            point.country = str(p, L("country"));
            point.phoneNumber = str(p, L("phone_number"));
            point.tier = str(p, L("tier"));
            const bool pricing = a.kind == Kind::Pricing;
            point.type = str(p, pricing ? L("pricing_type") : L("conversation_type"));
            point.category = str(p, pricing ? L("pricing_category") : L("conversation_category"));
            point.direction = str(p, L("conversation_direction"));
            point.volume = p.value(pricing ? L("volume") : L("conversation")).toInteger();
            point.cost = p.value(L("cost")).toDouble();
            a.points.append(point);
        }
    }
    return a;
}

HealthStatus HealthStatus::fromJson(const QJsonObject &root)
{
    const QJsonObject h = root.value(L("health_status")).toObject();
    HealthStatus s;
    s.canSendMessage = str(h, L("can_send_message"));
    for (const QJsonValue &ev : h.value(L("entities")).toArray()) {
        const QJsonObject e = ev.toObject();
        HealthEntity entity;
        entity.type = str(e, L("entity_type"));
        entity.id = str(e, L("id"));
        entity.canSendMessage = str(e, L("can_send_message"));
        for (const QJsonValue &i : e.value(L("additional_info")).toArray())
            entity.additionalInfo.append(i.toString());
        for (const QJsonValue &errv : e.value(L("errors")).toArray()) {
            const QJsonObject err = errv.toObject();
            entity.errors.append({err.value(L("error_code")).toInt(), str(err, L("error_description")),
                                  str(err, L("possible_solution"))});
        }
        s.entities.append(entity);
    }
    return s;
}

} // namespace Deskline::Cloud
