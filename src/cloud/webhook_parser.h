#pragma once

#include "cloud/webhook_events.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Deskline::Cloud {

struct WebhookParseResult
{
    bool ok = false;
    QString error;            // why the body was refused (not JSON, not a WABA notification)
    QList<WebhookEvent> events;
    QStringList warnings;     // kept but worth a log line: unknown fields and types, odd values
};

// Webhook payloads → typed events. Pure functions over JSON; no I/O.
class WebhookParser
{
public:
    // A POST body as received. Refused only when it is not JSON or not a
    // `whatsapp_business_account` notification; anything inside that is not understood becomes
    // an UnknownChange (or an InboundMessage of kind Unrecognized) and a warning.
    static WebhookParseResult parse(const QByteArray &body);

    // One `changes[]` item's value, for a given field.
    static WebhookParseResult parseChange(const QString &field, const QJsonObject &value,
                                          const QString &wabaId,
                                          std::optional<EpochSeconds> entryTime = std::nullopt);

    // Pieces, for the hub, the simulator and tests.
    static InboundMessage parseMessage(const QJsonObject &item, const QJsonArray &contacts,
                                       const LineRef &line, QStringList *warnings = nullptr);
    static StatusUpdate parseStatus(const QJsonObject &item, const QJsonArray &contacts,
                                    const LineRef &line, QStringList *warnings = nullptr);
    static ReportedPricing parsePricing(const QJsonObject &pricing);
    static WebhookError parseError(const QJsonObject &error);
    static ContactInfo parseContact(const QJsonObject &contact);
};

// JSON helpers shared by the cloud layer: ids and timestamps that Meta sends sometimes as
// strings and sometimes as numbers.
QString jsonString(const QJsonValue &value);
std::optional<EpochSeconds> jsonEpoch(const QJsonValue &value);

} // namespace Deskline::Cloud
