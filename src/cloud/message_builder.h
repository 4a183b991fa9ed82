#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace Deskline::Cloud {

// Bodies of POST /<PHONE_NUMBER_ID>/messages (facts §2), built from typed values.

// A customer: by phone number ("to") or by business-scoped user id ("recipient", 2026).
// When both are given Meta uses `to`; Deskline sends both so the reply lands either way.
struct Recipient
{
    QString phone;
    QString userId;
};

struct SendOptions
{
    QString replyTo;               // context.message_id
    QString bizOpaqueCallbackData; // echoed in status webhooks (≤ 512 characters)
};

enum class MediaKind { Image, Video, Audio, Document, Sticker };
QString wireName(MediaKind kind);

struct MediaSource
{
    QString id; // an uploaded media id…
    QUrl link;  // …or a public link
};

struct ReplyButton
{
    QString id;    // ≤ 256
    QString title; // ≤ 20
};

struct ListRow
{
    QString id;
    QString title;
    QString description;
};

struct ListSection
{
    QString title;
    QList<ListRow> rows;
};

class MessageBuilder
{
public:
    static QJsonObject text(const Recipient &to, const QString &body, bool previewUrl = false,
                            const SendOptions &options = {});
    static QJsonObject media(const Recipient &to, MediaKind kind, const MediaSource &source,
                             const QString &caption = {}, const QString &filename = {},
                             const SendOptions &options = {});
    // `components` as built by core's TemplateComposer::buildComponents().
    static QJsonObject templateMessage(const Recipient &to, const QString &name,
                                       const QString &language, const QJsonArray &components,
                                       const SendOptions &options = {});
    static QJsonObject replyButtons(const Recipient &to, const QString &body,
                                    const QList<ReplyButton> &buttons, const QString &header = {},
                                    const QString &footer = {}, const SendOptions &options = {});
    static QJsonObject list(const Recipient &to, const QString &body, const QString &buttonLabel,
                            const QList<ListSection> &sections, const QString &header = {},
                            const QString &footer = {}, const SendOptions &options = {});
    // An empty emoji removes the business's reaction. Reactions cannot be replies.
    static QJsonObject reaction(const Recipient &to, const QString &messageId, const QString &emoji,
                                const QString &bizOpaqueCallbackData = {});
    // Marks an inbound message (and the ones before it) read; optionally shows "typing…".
    static QJsonObject markRead(const QString &messageId, bool typingIndicator = false);
};

} // namespace Deskline::Cloud
