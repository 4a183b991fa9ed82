#include "core/template_json.h"

#include <QJsonArray>

namespace Deskline {

namespace {

QLatin1StringView L(const char *s)
{
    return QLatin1StringView(s);
}

// Strings as Meta sends them; ids sometimes arrive as numbers.
QString str(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

struct NamedButton
{
    ButtonType type;
    QStringView wire;
};

constexpr NamedButton kButtons[] = {
    {ButtonType::QuickReply, u"QUICK_REPLY"},
    {ButtonType::Url, u"URL"},
    {ButtonType::PhoneNumber, u"PHONE_NUMBER"},
    {ButtonType::CopyCode, u"COPY_CODE"},
};

struct NamedHeader
{
    HeaderFormat format;
    QStringView wire;
};

constexpr NamedHeader kHeaders[] = {
    {HeaderFormat::Text, u"TEXT"},         {HeaderFormat::Image, u"IMAGE"},
    {HeaderFormat::Video, u"VIDEO"},       {HeaderFormat::Document, u"DOCUMENT"},
    {HeaderFormat::Location, u"LOCATION"},
};

} // namespace

MessageTemplate templateFromJson(const QJsonObject &o)
{
    MessageTemplate t;
    t.id = str(o, L("id"));
    t.name = str(o, L("name"));
    t.language = str(o, L("language"));
    t.category = templateCategoryFromWire(str(o, L("category")));
    t.status = TemplateStatusInfo::fromWire(str(o, L("status")), str(o, L("rejected_reason")));
    t.parameterFormat = str(o, L("parameter_format")).compare(u"NAMED", Qt::CaseInsensitive) == 0
        ? ParameterFormat::Named
        : ParameterFormat::Positional;
    if (o.contains(L("quality_score")))
        t.quality = Quality::fromWire(str(o.value(L("quality_score")).toObject(), L("score")));
    else
        t.quality = Quality::fromWire(u"UNKNOWN");
    for (const QJsonValue &cv : o.value(L("components")).toArray()) {
        const QJsonObject c = cv.toObject();
        const QString type = str(c, L("type")).toUpper();
        if (type == u"HEADER") {
            const QString format = str(c, L("format")).toUpper();
            for (const auto &h : kHeaders) {
                if (h.wire == format)
                    t.headerFormat = h.format;
            }
            t.headerText = str(c, L("text"));
        } else if (type == u"BODY") {
            t.bodyText = str(c, L("text"));
        } else if (type == u"FOOTER") {
            t.footerText = str(c, L("text"));
        } else if (type == u"BUTTONS") {
            for (const QJsonValue &bv : c.value(L("buttons")).toArray()) {
                const QJsonObject b = bv.toObject();
                TemplateButton button;
                button.rawType = str(b, L("type"));
                button.type = ButtonType::Other;
                for (const auto &n : kButtons) {
                    if (n.wire.compare(button.rawType, Qt::CaseInsensitive) == 0)
                        button.type = n.type;
                }
                button.text = str(b, L("text"));
                button.url = str(b, L("url"));
                button.phoneNumber = str(b, L("phone_number"));
                t.buttons.append(button);
            }
        }
    }
    return t;
}

QJsonObject templateToJson(const MessageTemplate &t)
{
    QJsonArray components;
    for (const auto &h : kHeaders) {
        if (h.format == t.headerFormat) {
            QJsonObject header{{QStringLiteral("type"), QStringLiteral("HEADER")},
                               {QStringLiteral("format"), h.wire.toString()}};
            if (t.headerFormat == HeaderFormat::Text)
                header.insert(QStringLiteral("text"), t.headerText);
            components.append(header);
        }
    }
    components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                  {QStringLiteral("text"), t.bodyText}});
    if (!t.footerText.isEmpty())
        components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("FOOTER")},
                                      {QStringLiteral("text"), t.footerText}});
    if (!t.buttons.isEmpty()) {
        QJsonArray buttons;
        for (const TemplateButton &b : t.buttons) {
            QJsonObject o{{QStringLiteral("type"), b.rawType}, {QStringLiteral("text"), b.text}};
            if (!b.url.isEmpty())
                o.insert(QStringLiteral("url"), b.url);
            if (!b.phoneNumber.isEmpty())
                o.insert(QStringLiteral("phone_number"), b.phoneNumber);
            buttons.append(o);
        }
        components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("BUTTONS")},
                                      {QStringLiteral("buttons"), buttons}});
    }
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("name"), t.name},
                  {QStringLiteral("language"), t.language},
                  {QStringLiteral("status"), t.status.raw.isEmpty() ? QStringLiteral("APPROVED") : t.status.raw},
                  {QStringLiteral("category"), wireName(t.category)},
                  {QStringLiteral("parameter_format"),
                   t.parameterFormat == ParameterFormat::Named ? QStringLiteral("NAMED") : QStringLiteral("POSITIONAL")},
                  {QStringLiteral("components"), components}};
    if (!t.status.reason.isEmpty())
        o.insert(QStringLiteral("rejected_reason"), t.status.reason);
    if (!t.quality.raw.isEmpty())
        o.insert(QStringLiteral("quality_score"), QJsonObject{{QStringLiteral("score"), t.quality.raw}});
    return o;
}

} // namespace Deskline
