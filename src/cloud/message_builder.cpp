#include "cloud/message_builder.h"

namespace Deskline::Cloud {

namespace {

QJsonObject envelope(const Recipient &to, const QString &type, const SendOptions &options)
{
    QJsonObject o{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                  {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                  {QStringLiteral("type"), type}};
    if (!to.phone.isEmpty())
        o.insert(QStringLiteral("to"), to.phone);
    if (!to.userId.isEmpty())
        o.insert(QStringLiteral("recipient"), to.userId);
    if (!options.replyTo.isEmpty())
        o.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("message_id"), options.replyTo}});
    if (!options.bizOpaqueCallbackData.isEmpty())
        o.insert(QStringLiteral("biz_opaque_callback_data"), options.bizOpaqueCallbackData);
    return o;
}

QJsonObject textObject(const QString &text)
{
    return QJsonObject{{QStringLiteral("text"), text}};
}

void addHeaderFooter(QJsonObject &interactive, const QString &header, const QString &footer)
{
    if (!header.isEmpty())
        interactive.insert(QStringLiteral("header"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                       {QStringLiteral("text"), header}});
    if (!footer.isEmpty())
        interactive.insert(QStringLiteral("footer"), textObject(footer));
}

} // namespace

QString wireName(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return QStringLiteral("image");
    case MediaKind::Video:
        return QStringLiteral("video");
    case MediaKind::Audio:
        return QStringLiteral("audio");
    case MediaKind::Document:
        return QStringLiteral("document");
    case MediaKind::Sticker:
        return QStringLiteral("sticker");
    }
    return QString();
}

QJsonObject MessageBuilder::text(const Recipient &to, const QString &body, bool previewUrl,
                                 const SendOptions &options)
{
    QJsonObject o = envelope(to, QStringLiteral("text"), options);
    QJsonObject text{{QStringLiteral("body"), body}};
    if (previewUrl)
        text.insert(QStringLiteral("preview_url"), true);
    o.insert(QStringLiteral("text"), text);
    return o;
}

QJsonObject MessageBuilder::media(const Recipient &to, MediaKind kind, const MediaSource &source,
                                  const QString &caption, const QString &filename,
                                  const SendOptions &options)
{
    const QString type = wireName(kind);
    QJsonObject o = envelope(to, type, options);
    QJsonObject media;
    if (!source.id.isEmpty())
        media.insert(QStringLiteral("id"), source.id);
    else
        media.insert(QStringLiteral("link"), source.link.toString());
    const bool captioned = kind == MediaKind::Image || kind == MediaKind::Video || kind == MediaKind::Document;
    if (captioned && !caption.isEmpty())
        media.insert(QStringLiteral("caption"), caption);
    if (kind == MediaKind::Document && !filename.isEmpty())
        media.insert(QStringLiteral("filename"), filename);
    o.insert(type, media);
    return o;
}

QJsonObject MessageBuilder::templateMessage(const Recipient &to, const QString &name,
                                            const QString &language, const QJsonArray &components,
                                            const SendOptions &options)
{
    QJsonObject o = envelope(to, QStringLiteral("template"), options);
    QJsonObject t{{QStringLiteral("name"), name},
                  {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), language}}}};
    if (!components.isEmpty())
        t.insert(QStringLiteral("components"), components);
    o.insert(QStringLiteral("template"), t);
    return o;
}

QJsonObject MessageBuilder::replyButtons(const Recipient &to, const QString &body,
                                         const QList<ReplyButton> &buttons, const QString &header,
                                         const QString &footer, const SendOptions &options)
{
    QJsonObject o = envelope(to, QStringLiteral("interactive"), options);
    QJsonArray list;
    for (const ReplyButton &b : buttons) {
        list.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("reply")},
                                {QStringLiteral("reply"), QJsonObject{{QStringLiteral("id"), b.id},
                                                                      {QStringLiteral("title"), b.title}}}});
    }
    QJsonObject interactive{{QStringLiteral("type"), QStringLiteral("button")},
                            {QStringLiteral("body"), textObject(body)},
                            {QStringLiteral("action"), QJsonObject{{QStringLiteral("buttons"), list}}}};
    addHeaderFooter(interactive, header, footer);
    o.insert(QStringLiteral("interactive"), interactive);
    return o;
}

QJsonObject MessageBuilder::list(const Recipient &to, const QString &body, const QString &buttonLabel,
                                 const QList<ListSection> &sections, const QString &header,
                                 const QString &footer, const SendOptions &options)
{
    QJsonObject o = envelope(to, QStringLiteral("interactive"), options);
    QJsonArray sectionArray;
    for (const ListSection &s : sections) {
        QJsonArray rows;
        for (const ListRow &r : s.rows) {
            QJsonObject row{{QStringLiteral("id"), r.id}, {QStringLiteral("title"), r.title}};
            if (!r.description.isEmpty())
                row.insert(QStringLiteral("description"), r.description);
            rows.append(row);
        }
        QJsonObject section{{QStringLiteral("rows"), rows}};
        if (!s.title.isEmpty())
            section.insert(QStringLiteral("title"), s.title);
        sectionArray.append(section);
    }
    QJsonObject interactive{{QStringLiteral("type"), QStringLiteral("list")},
                            {QStringLiteral("body"), textObject(body)},
                            {QStringLiteral("action"), QJsonObject{{QStringLiteral("button"), buttonLabel},
                                                                   {QStringLiteral("sections"), sectionArray}}}};
    addHeaderFooter(interactive, header, footer);
    o.insert(QStringLiteral("interactive"), interactive);
    return o;
}

QJsonObject MessageBuilder::reaction(const Recipient &to, const QString &messageId,
                                     const QString &emoji, const QString &bizOpaqueCallbackData)
{
    SendOptions options;
    options.bizOpaqueCallbackData = bizOpaqueCallbackData;
    QJsonObject o = envelope(to, QStringLiteral("reaction"), options);
    o.insert(QStringLiteral("reaction"), QJsonObject{{QStringLiteral("message_id"), messageId},
                                                     {QStringLiteral("emoji"), emoji}});
    return o;
}

QJsonObject MessageBuilder::markRead(const QString &messageId, bool typingIndicator)
{
    QJsonObject o{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                  {QStringLiteral("status"), QStringLiteral("read")},
                  {QStringLiteral("message_id"), messageId}};
    if (typingIndicator)
        o.insert(QStringLiteral("typing_indicator"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}});
    return o;
}

} // namespace Deskline::Cloud
