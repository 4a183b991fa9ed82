#include "cloud/webhook_events.h"

namespace Deskline::Cloud {

namespace {

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

QString timeOf(const AccountEventBase &e)
{
    return e.time ? QString::number(*e.time) : QString();
}

} // namespace

QString eventKind(const WebhookEvent &event)
{
    return std::visit(Overloaded{
                          [](const InboundMessage &) { return QStringLiteral("message"); },
                          [](const StatusUpdate &) { return QStringLiteral("status"); },
                          [](const LineErrors &) { return QStringLiteral("line_errors"); },
                          [](const TemplateStatusChanged &) { return QStringLiteral("template_status"); },
                          [](const TemplateQualityChanged &) { return QStringLiteral("template_quality"); },
                          [](const TemplateCategoryChanged &) { return QStringLiteral("template_category"); },
                          [](const PhoneQualityChanged &) { return QStringLiteral("phone_quality"); },
                          [](const PhoneNameChanged &) { return QStringLiteral("phone_name"); },
                          [](const AccountUpdated &) { return QStringLiteral("account_update"); },
                          [](const AccountAlert &) { return QStringLiteral("account_alert"); },
                          [](const CapabilityUpdated &) { return QStringLiteral("capability_update"); },
                          [](const UserPreferencesChanged &) { return QStringLiteral("user_preferences"); },
                          [](const UnknownChange &) { return QStringLiteral("unknown"); },
                      },
                      event);
}

QString naturalKey(const WebhookEvent &event)
{
    const QString sep = QStringLiteral(":");
    return std::visit(
        Overloaded{
            [&](const InboundMessage &m) -> QString {
                return m.id.isEmpty() ? QString() : QStringLiteral("message:") + m.id;
            },
            [&](const StatusUpdate &s) -> QString {
                return s.messageId.isEmpty() ? QString()
                                             : QStringLiteral("status:") + s.messageId + sep + s.rawStatus;
            },
            [&](const TemplateStatusChanged &e) -> QString {
                return QStringLiteral("template_status:") + e.templateId + sep + e.status.raw + sep + timeOf(e);
            },
            [&](const TemplateQualityChanged &e) -> QString {
                return QStringLiteral("template_quality:") + e.templateId + sep + e.current.raw + sep + timeOf(e);
            },
            [&](const TemplateCategoryChanged &e) -> QString {
                return QStringLiteral("template_category:") + e.templateId + sep + e.newCategory + sep
                    + e.correctCategory + sep + timeOf(e);
            },
            [&](const PhoneQualityChanged &e) -> QString {
                return QStringLiteral("phone_quality:") + e.displayPhoneNumber + sep + e.event + sep + timeOf(e);
            },
            [&](const PhoneNameChanged &e) -> QString {
                return QStringLiteral("phone_name:") + e.displayPhoneNumber + sep + e.decision + sep + timeOf(e);
            },
            [&](const AccountUpdated &e) -> QString {
                return QStringLiteral("account_update:") + e.wabaId + sep + e.event + sep + timeOf(e);
            },
            [&](const AccountAlert &e) -> QString {
                return QStringLiteral("account_alert:") + e.entityId + sep + e.alertType + sep + timeOf(e);
            },
            [&](const CapabilityUpdated &e) -> QString {
                return QStringLiteral("capability_update:") + e.wabaId + sep + timeOf(e);
            },
            [&](const UserPreferencesChanged &e) -> QString {
                QString key = QStringLiteral("user_preferences:") + e.wabaId;
                for (const UserPreference &p : e.preferences)
                    key += sep + p.waId + p.userId + sep + p.value + sep
                        + (p.timestamp ? QString::number(*p.timestamp) : QString());
                return key;
            },
            [&](const LineErrors &) -> QString { return QString(); },
            [&](const UnknownChange &) -> QString { return QString(); },
        },
        event);
}

} // namespace Deskline::Cloud
