#pragma once

#include "clock.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Deskline {

// Delivery of one outbound send, as Meta's status webhooks report it.
enum class DeliveryStatus {
    None,      // nothing reported yet
    Sent,
    Delivered,
    Read,
    Played,    // a voice message was played: after read
    Failed,    // final for this send, whatever else arrives
};

// Parses Meta's `statuses[].status`. Unknown words are nullopt: the caller keeps them raw.
std::optional<DeliveryStatus> deliveryStatusFromWire(QStringView status);
QString wireName(DeliveryStatus status);
QString displayName(DeliveryStatus status); // translated, for tooltips

struct StatusError
{
    int code = 0;
    QString title;
    QString details;
    friend bool operator==(const StatusError &, const StatusError &) = default;
};

// Everything known about one send's delivery, merged from status webhooks in any order.
// merge() is commutative, associative and idempotent: the same set of updates gives the same
// record whatever order they arrive in and however often they repeat. Statuses only move
// forward (sent < delivered < read < played); failed wins over everything, because Meta may
// report it before or after sent. Each step keeps the earliest instant reported for it.
class DeliveryRecord
{
public:
    // Applies one update. Returns true when the visible record changed.
    bool apply(DeliveryStatus status, EpochSeconds at, const QList<StatusError> &errors = {});
    void merge(const DeliveryRecord &other);

    [[nodiscard]] DeliveryStatus status() const;
    [[nodiscard]] std::optional<EpochSeconds> at(DeliveryStatus step) const;
    [[nodiscard]] QList<StatusError> errors() const { return m_errors; }

    // What the ticks show: read implies delivered implies sent, even when the webhooks that
    // say so were skipped (Meta skips delivered when a message is read at once).
    [[nodiscard]] bool reached(DeliveryStatus step) const;

    friend bool operator==(const DeliveryRecord &, const DeliveryRecord &) = default;

private:
    static constexpr int kSteps = 5; // Sent..Failed
    std::optional<EpochSeconds> m_at[kSteps];
    QList<StatusError> m_errors; // sorted by (code, title, details), without duplicates
};

} // namespace Deskline
