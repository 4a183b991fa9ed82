#pragma once

#include "storage/cache_store.h"

#include <QString>

namespace Deskline::Widgets {

// How a message reads in the chat view and in quotes: text as it is; media as a labelled line
// with the caption; locations, shared contacts, interactive replies and orders in words;
// kinds this build cannot show as "unsupported" (never dropped).
struct MessageText
{
    QString label; // "Photo", "Location", … (empty for plain text)
    QString text;  // the body, caption or description
    bool media = false;
    bool unsupported = false;
    bool system = false; // a notice (number changed), shown centred
};

MessageText describeMessage(const Storage::MessageRow &m);
// One line for quotes and notifications.
QString oneLine(const Storage::MessageRow &m);

// Meta's delivery error of a failed message, in the agent's words (core's catalogue), and
// whether sending it again makes sense.
struct FailureText
{
    QString reason;
    bool retryable = false;
};
// `outboxError`: the hub's refusal kept with the send in the outbox, when Meta's status
// webhook carried no error (a send refused before it went out).
FailureText failureOf(const Storage::MessageRow &m, const QJsonObject &outboxError = {});

} // namespace Deskline::Widgets
