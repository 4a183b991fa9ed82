#pragma once

#include "cloud/webhook_events.h"

#include <QJsonObject>

namespace Deskline::Hub {

// A webhook event as the hub stores it in its event log and streams it to consoles: a kind
// ("message.in", "message.status", "template.status", …) and a JSON payload in the hub's own
// vocabulary (docs/hub-api.md). Consoles never need to read Meta's format; the raw item is
// kept under "raw" all the same.
struct EncodedEvent
{
    QString kind;
    QString naturalKey; // empty: never deduplicated
    QString lineId;     // phone_number_id when the event belongs to one line
    QJsonObject payload;
};

EncodedEvent encodeEvent(const Cloud::WebhookEvent &event);

// The key of a chat: line and customer.
QString chatKey(const QString &phoneNumberId, const QString &customerKey);

} // namespace Deskline::Hub
