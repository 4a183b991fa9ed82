#include "simulator/sim_business.h"

#include "cloud/graph_responses.h"
#include "cloud/webhook_parser.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Deskline::Sim {

namespace {

QLatin1StringView L(const char *s)
{
    return QLatin1StringView(s);
}

MessageTemplate makeTemplate(const QString &id, const QString &name, const QString &language,
                             TemplateCategory category, const QString &status, const QString &body,
                             const QString &reason = {})
{
    MessageTemplate t;
    t.id = id;
    t.name = name;
    t.language = language;
    t.category = category;
    t.status = TemplateStatusInfo::fromWire(status, reason);
    t.quality = Quality::fromWire(u"GREEN");
    t.bodyText = body;
    return t;
}

const char *const kActions[] = {"inbound", "template_status", "template_quality", "line_quality",
                                "number_change"};

// A scenario's inbound item, with the shorthand "text": "…" for a text message expanded.
QJsonObject inboundItem(QJsonObject item)
{
    if (item.value(L("text")).isString()) {
        item.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), item.value(L("text")).toString()}});
        if (!item.contains(L("type")))
            item.insert(QStringLiteral("type"), QStringLiteral("text"));
    }
    return item;
}

// Why an inbound item of a scenario cannot be played; empty when it can.
QString inboundProblem(const QJsonObject &item, const Business &b)
{
    const QString line = Cloud::jsonString(item.value(L("phone_number_id")));
    const bool known = std::any_of(b.lines.begin(), b.lines.end(),
                                   [&line](const SimLine &l) { return l.phoneNumberId == line; });
    if (!known)
        return QStringLiteral("unknown phone_number_id \"%1\"").arg(line);
    if (item.value(L("from")).toString().isEmpty() && item.value(L("from_user_id")).toString().isEmpty())
        return QStringLiteral("an inbound message needs \"from\" or \"from_user_id\"");
    if (item.value(L("type")).toString().isEmpty())
        return QStringLiteral("an inbound message needs a \"type\" (or \"text\": \"…\")");
    return {};
}

// splitmix64: a small, fixed sequence of well-mixed numbers, the same on every platform.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

qint64 Chatter::gapAfter(quint64 index) const
{
    if (maxEvery <= minEvery)
        return minEvery;
    const quint64 span = quint64(maxEvery - minEvery) + 1;
    return minEvery + qint64(mix(seed * 0x100000001b3ULL + index) % span);
}

Business defaultBusiness()
{
    Business b;
    b.wabaId = QStringLiteral("102290129340398");
    SimLine sales;
    sales.phoneNumberId = QStringLiteral("106540352242922");
    sales.displayPhoneNumber = QStringLiteral("15550783881");
    sales.verifiedName = QStringLiteral("Deskline Sales");
    SimLine support = sales;
    support.phoneNumberId = QStringLiteral("106540352242923");
    support.displayPhoneNumber = QStringLiteral("15550783882");
    support.verifiedName = QStringLiteral("Deskline Support");
    support.quality = Quality::fromWire(u"YELLOW");
    b.lines = {sales, support};

    MessageTemplate order = makeTemplate(QStringLiteral("1689556908129832"), QStringLiteral("order_update"),
                                         QStringLiteral("en_US"), TemplateCategory::Utility, QStringLiteral("APPROVED"),
                                         QStringLiteral("Hi {{1}}, your order {{2}} has shipped."));
    order.headerFormat = HeaderFormat::Text;
    order.headerText = QStringLiteral("Order {{1}}");
    order.buttons = {{ButtonType::Url, QStringLiteral("URL"), QStringLiteral("Track"),
                      QStringLiteral("https://shop.example/track/{{1}}"), {}}};
    MessageTemplate promo = makeTemplate(QStringLiteral("1304694804498707"), QStringLiteral("winter_sale"),
                                         QStringLiteral("en_US"), TemplateCategory::Marketing, QStringLiteral("APPROVED"),
                                         QStringLiteral("{{first_name}}, our winter sale starts today: {{discount}} off."));
    promo.parameterFormat = ParameterFormat::Named;
    promo.headerFormat = HeaderFormat::Image;
    b.templates = {
        order,
        promo,
        makeTemplate(QStringLiteral("1387372356726668"), QStringLiteral("reservation_confirmation"), QStringLiteral("ru"),
                     TemplateCategory::Utility, QStringLiteral("APPROVED"),
                     QStringLiteral("{{1}}, ваша бронь на {{2}} подтверждена.")),
        makeTemplate(QStringLiteral("1625063511800527"), QStringLiteral("login_code"), QStringLiteral("tr"),
                     TemplateCategory::Authentication, QStringLiteral("APPROVED"),
                     QStringLiteral("{{1}} doğrulama kodunuzdur.")),
        makeTemplate(QStringLiteral("1137051647947973"), QStringLiteral("address_update"), QStringLiteral("zh_CN"),
                     TemplateCategory::Utility, QStringLiteral("PENDING"),
                     QStringLiteral("{{1}}，您的地址已更新。")),
        makeTemplate(QStringLiteral("1166414785519855"), QStringLiteral("flash_deal"), QStringLiteral("en_US"),
                     TemplateCategory::Marketing, QStringLiteral("REJECTED"),
                     QStringLiteral("Last chance {{1}}!"), QStringLiteral("PROMOTIONAL")),
        makeTemplate(QStringLiteral("1166414785519856"), QStringLiteral("feedback_request"), QStringLiteral("en_US"),
                     TemplateCategory::Marketing, QStringLiteral("PAUSED"),
                     QStringLiteral("How did we do, {{1}}?"), QStringLiteral("FIRST_PAUSE")),
    };
    return b;
}

std::optional<Business> businessFromScenario(const QByteArray &json, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<Business> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("scenario is not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = doc.object();

    Business b = defaultBusiness();
    if (root.contains(L("waba_id")))
        b.wabaId = Cloud::jsonString(root.value(L("waba_id")));
    if (root.contains(L("starts_at"))) {
        const auto at = parseIsoUtc(root.value(L("starts_at")).toString());
        if (!at)
            return fail(QStringLiteral("starts_at must be an ISO 8601 UTC instant such as 2026-11-21T09:00:00Z"));
        b.startsAt = *at;
    }
    if (root.contains(L("lines"))) {
        b.lines.clear();
        for (const QJsonValue &v : root.value(L("lines")).toArray()) {
            const QJsonObject o = v.toObject();
            SimLine l;
            l.phoneNumberId = Cloud::jsonString(o.value(L("phone_number_id")));
            l.displayPhoneNumber = Cloud::jsonString(o.value(L("display_phone_number")));
            l.verifiedName = o.value(L("verified_name")).toString();
            if (o.contains(L("quality_rating")))
                l.quality = Quality::fromWire(o.value(L("quality_rating")).toString());
            if (o.contains(L("messaging_limit")))
                l.limit = MessagingLimit::fromVariant(o.value(L("messaging_limit")).toVariant());
            if (o.contains(L("status")))
                l.status = PhoneNumberStatus::fromWire(o.value(L("status")).toString());
            if (l.phoneNumberId.isEmpty())
                return fail(QStringLiteral("every line needs a phone_number_id"));
            b.lines.append(l);
        }
        if (b.lines.isEmpty())
            return fail(QStringLiteral("a scenario needs at least one line"));
    }
    if (root.contains(L("templates"))) {
        b.templates.clear();
        for (const QJsonValue &v : root.value(L("templates")).toArray()) {
            MessageTemplate t = Cloud::templateFromJson(v.toObject());
            if (t.name.isEmpty() || t.language.isEmpty())
                return fail(QStringLiteral("every template needs a name and a language"));
            if (t.id.isEmpty())
                t.id = QString::number(2000000000000000LL + b.templates.size());
            b.templates.append(t);
        }
    }
    for (const QJsonValue &v : root.value(L("customers")).toArray()) {
        const QJsonObject o = v.toObject();
        SimCustomer c;
        c.waId = Cloud::jsonString(o.value(L("wa_id")));
        c.userId = o.value(L("user_id")).toString();
        c.name = o.value(L("name")).toString();
        c.username = o.value(L("username")).toString();
        c.readAfterSeconds = o.value(L("read_after_s")).toInteger(3);
        if (c.key().isEmpty())
            return fail(QStringLiteral("every customer needs a wa_id or a user_id"));
        b.customers.append(c);
    }
    for (const QJsonValue &v : root.value(L("timeline")).toArray()) {
        const QJsonObject o = v.toObject();
        ScenarioStep step;
        if (!o.value(L("at_s")).isDouble())
            return fail(QStringLiteral("every timeline step needs a whole number at_s (negative: history before the start)"));
        step.at = o.value(L("at_s")).toInteger();
        for (const char *action : kActions) {
            if (o.contains(QLatin1StringView(action))) {
                step.action = QString::fromLatin1(action);
                step.data = o.value(QLatin1StringView(action)).toObject();
            }
        }
        if (step.action.isEmpty())
            return fail(QStringLiteral("timeline step at %1 s has no known action").arg(step.at));
        if (step.at < 0 && step.action != u"inbound" && step.action != u"number_change")
            return fail(QStringLiteral("timeline step at %1 s: only inbound and number_change steps can be in the past; "
                                       "put the starting state of lines and templates in \"lines\" and \"templates\"").arg(step.at));
        if (step.action == u"inbound") {
            step.data = inboundItem(step.data);
            const QString problem = inboundProblem(step.data, b);
            if (!problem.isEmpty())
                return fail(QStringLiteral("timeline step at %1 s: %2").arg(step.at).arg(problem));
        }
        b.timeline.append(step);
    }
    if (root.contains(L("chatter"))) {
        const QJsonObject o = root.value(L("chatter")).toObject();
        const QJsonValue every = o.value(L("every_s"));
        if (every.isDouble()) {
            b.chatter.minEvery = b.chatter.maxEvery = every.toInteger();
        } else if (every.isArray() && every.toArray().size() == 2) {
            b.chatter.minEvery = every.toArray().at(0).toInteger();
            b.chatter.maxEvery = every.toArray().at(1).toInteger();
        }
        if (b.chatter.minEvery < 1 || b.chatter.maxEvery < b.chatter.minEvery)
            return fail(QStringLiteral("chatter.every_s must be seconds ≥ 1, or [min, max] with 1 ≤ min ≤ max"));
        if (o.contains(L("start_s"))) {
            b.chatter.startAt = o.value(L("start_s")).toInteger(-1);
            if (b.chatter.startAt < 0)
                return fail(QStringLiteral("chatter.start_s must be a whole number of seconds ≥ 0"));
        }
        if (o.contains(L("seed")))
            b.chatter.seed = quint64(o.value(L("seed")).toInteger(1));
        const QJsonArray messages = o.value(L("messages")).toArray();
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const QJsonObject item = inboundItem(messages.at(i).toObject());
            const QString problem = inboundProblem(item, b);
            if (!problem.isEmpty())
                return fail(QStringLiteral("chatter message %1: %2").arg(i).arg(problem));
            b.chatter.messages.append(item);
        }
        if (b.chatter.messages.isEmpty())
            return fail(QStringLiteral("chatter needs at least one message"));
    }
    std::stable_sort(b.timeline.begin(), b.timeline.end(),
                     [](const ScenarioStep &a, const ScenarioStep &c) { return a.at < c.at; });
    return b;
}

} // namespace Deskline::Sim
