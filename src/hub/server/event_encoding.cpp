#include "hub/server/event_encoding.h"

#include <QJsonArray>

namespace Deskline::Hub {

using namespace Cloud;

namespace {

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

QJsonValue epoch(const std::optional<EpochSeconds> &t)
{
    return t ? QJsonValue(qint64(*t)) : QJsonValue();
}

QJsonArray errorsJson(const QList<WebhookError> &errors)
{
    QJsonArray out;
    for (const WebhookError &e : errors)
        out.append(QJsonObject{{QStringLiteral("code"), e.code},
                               {QStringLiteral("title"), e.title},
                               {QStringLiteral("details"), e.details}});
    return out;
}

QJsonObject account(const AccountEventBase &e)
{
    return QJsonObject{{QStringLiteral("waba_id"), e.wabaId},
                       {QStringLiteral("time"), epoch(e.time)},
                       {QStringLiteral("raw"), e.raw}};
}

QJsonObject with(QJsonObject o, std::initializer_list<QPair<QString, QJsonValue>> extra)
{
    for (const auto &[k, v] : extra)
        o.insert(k, v);
    return o;
}

} // namespace

QString chatKey(const QString &phoneNumberId, const QString &customerKey)
{
    return phoneNumberId + u'|' + customerKey;
}

EncodedEvent encodeEvent(const WebhookEvent &event)
{
    EncodedEvent out;
    out.naturalKey = naturalKey(event);
    std::visit(
        Overloaded{
            [&](const InboundMessage &m) {
                out.kind = QStringLiteral("message.in");
                out.lineId = m.line.phoneNumberId;
                QJsonObject customer{{QStringLiteral("key"), m.customerKey()},
                                     {QStringLiteral("wa_id"), m.contact.waId},
                                     {QStringLiteral("user_id"), m.contact.userId},
                                     {QStringLiteral("name"), m.contact.name},
                                     {QStringLiteral("username"), m.contact.username}};
                QJsonObject p{{QStringLiteral("phone_number_id"), m.line.phoneNumberId},
                              {QStringLiteral("chat_key"), chatKey(m.line.phoneNumberId, m.customerKey())},
                              {QStringLiteral("wamid"), m.id},
                              {QStringLiteral("type"), m.type},
                              {QStringLiteral("supported"), m.kind != MessageKind::Unrecognized && m.kind != MessageKind::Unsupported},
                              {QStringLiteral("opens_window"), reopensServiceWindow(m.kind)},
                              {QStringLiteral("timestamp"), epoch(m.timestamp)},
                              {QStringLiteral("customer"), customer},
                              {QStringLiteral("text"), m.text},
                              {QStringLiteral("referral"), m.referral.has_value()},
                              {QStringLiteral("errors"), errorsJson(m.errors)},
                              {QStringLiteral("raw"), m.raw}};
                if (m.media)
                    p.insert(QStringLiteral("media"), QJsonObject{{QStringLiteral("id"), m.media->id},
                                                                 {QStringLiteral("mime_type"), m.media->mimeType},
                                                                 {QStringLiteral("caption"), m.media->caption},
                                                                 {QStringLiteral("filename"), m.media->filename},
                                                                 {QStringLiteral("voice"), m.media->voice}});
                if (m.context)
                    p.insert(QStringLiteral("reply_to"), m.context->id);
                if (m.reaction)
                    p.insert(QStringLiteral("reaction"), QJsonObject{{QStringLiteral("message_id"), m.reaction->messageId},
                                                                    {QStringLiteral("emoji"), m.reaction->emoji}});
                if (m.system)
                    p.insert(QStringLiteral("system"), QJsonObject{{QStringLiteral("type"), m.system->type},
                                                                  {QStringLiteral("new_wa_id"), m.system->newWaId},
                                                                  {QStringLiteral("previous_user_id"), m.system->previousUserId},
                                                                  {QStringLiteral("user_id"), m.system->userId}});
                if (!m.originalMessageId.isEmpty())
                    p.insert(QStringLiteral("original_message_id"), m.originalMessageId);
                out.payload = p;
            },
            [&](const StatusUpdate &s) {
                out.kind = QStringLiteral("message.status");
                out.lineId = s.line.phoneNumberId;
                QJsonObject p{{QStringLiteral("phone_number_id"), s.line.phoneNumberId},
                              {QStringLiteral("wamid"), s.messageId},
                              {QStringLiteral("status"), s.rawStatus},
                              {QStringLiteral("timestamp"), epoch(s.timestamp)},
                              {QStringLiteral("recipient_id"), s.recipientId},
                              {QStringLiteral("recipient_user_id"), s.recipientUserId},
                              {QStringLiteral("client_id"), s.bizOpaqueCallbackData},
                              {QStringLiteral("errors"), errorsJson(s.errors)},
                              {QStringLiteral("raw"), s.raw}};
                if (s.pricing) {
                    QJsonObject pricing{{QStringLiteral("pricing_model"), s.pricing->pricingModel},
                                        {QStringLiteral("type"), s.pricing->type},
                                        {QStringLiteral("category"), s.pricing->category}};
                    if (s.pricing->billable)
                        pricing.insert(QStringLiteral("billable"), *s.pricing->billable);
                    p.insert(QStringLiteral("pricing"), pricing);
                }
                out.payload = p;
            },
            [&](const LineErrors &e) {
                out.kind = QStringLiteral("line.errors");
                out.lineId = e.line.phoneNumberId;
                out.payload = QJsonObject{{QStringLiteral("phone_number_id"), e.line.phoneNumberId},
                                          {QStringLiteral("errors"), errorsJson(e.errors)},
                                          {QStringLiteral("raw"), e.raw}};
            },
            [&](const TemplateStatusChanged &e) {
                out.kind = QStringLiteral("template.status");
                out.payload = with(account(e), {{QStringLiteral("template_id"), e.templateId},
                                                {QStringLiteral("name"), e.name},
                                                {QStringLiteral("language"), e.language},
                                                {QStringLiteral("status"), e.status.raw},
                                                {QStringLiteral("reason"), e.status.reason},
                                                {QStringLiteral("category"), e.category}});
            },
            [&](const TemplateQualityChanged &e) {
                out.kind = QStringLiteral("template.quality");
                out.payload = with(account(e), {{QStringLiteral("template_id"), e.templateId},
                                                {QStringLiteral("name"), e.name},
                                                {QStringLiteral("language"), e.language},
                                                {QStringLiteral("quality"), e.current.raw},
                                                {QStringLiteral("previous"), e.previous.raw}});
            },
            [&](const TemplateCategoryChanged &e) {
                out.kind = QStringLiteral("template.category");
                out.payload = with(account(e), {{QStringLiteral("template_id"), e.templateId},
                                                {QStringLiteral("name"), e.name},
                                                {QStringLiteral("new_category"), e.newCategory},
                                                {QStringLiteral("correct_category"), e.correctCategory},
                                                {QStringLiteral("effective_at"), epoch(e.effectiveAt)}});
            },
            [&](const PhoneQualityChanged &e) {
                out.kind = QStringLiteral("line.quality");
                out.payload = with(account(e), {{QStringLiteral("display_phone_number"), e.displayPhoneNumber},
                                                {QStringLiteral("event"), e.event},
                                                {QStringLiteral("messaging_limit"), e.currentLimit ? e.currentLimit->raw : QString()}});
            },
            [&](const PhoneNameChanged &e) {
                out.kind = QStringLiteral("line.name");
                out.payload = with(account(e), {{QStringLiteral("display_phone_number"), e.displayPhoneNumber},
                                                {QStringLiteral("decision"), e.decision},
                                                {QStringLiteral("requested_verified_name"), e.requestedVerifiedName}});
            },
            [&](const AccountUpdated &e) {
                out.kind = QStringLiteral("account.update");
                out.payload = with(account(e), {{QStringLiteral("event"), e.event}});
            },
            [&](const AccountAlert &e) {
                out.kind = QStringLiteral("account.alert");
                out.payload = with(account(e), {{QStringLiteral("severity"), e.severity},
                                                {QStringLiteral("alert_type"), e.alertType},
                                                {QStringLiteral("description"), e.description}});
            },
            [&](const CapabilityUpdated &e) {
                out.kind = QStringLiteral("account.capability");
                out.payload = with(account(e), {{QStringLiteral("messaging_limit"),
                                                 e.maxDailyConversationsPerBusiness ? e.maxDailyConversationsPerBusiness->raw : QString()}});
            },
            [&](const UserPreferencesChanged &e) {
                out.kind = QStringLiteral("user.preferences");
                out.payload = account(e);
            },
            [&](const UnknownChange &e) {
                out.kind = QStringLiteral("unknown");
                out.payload = QJsonObject{{QStringLiteral("waba_id"), e.wabaId},
                                          {QStringLiteral("field"), e.field},
                                          {QStringLiteral("reason"), e.reason},
                                          {QStringLiteral("raw"), e.raw}};
            },
        },
        event);
    return out;
}

} // namespace Deskline::Hub
