#include "message_status.h"

#include "tr.h"

#include <algorithm>
#include <tuple>

namespace Deskline {

namespace {

int stepIndex(DeliveryStatus s)
{
    return static_cast<int>(s) - static_cast<int>(DeliveryStatus::Sent);
}

bool errorLess(const StatusError &a, const StatusError &b)
{
    return std::tie(a.code, a.title, a.details) < std::tie(b.code, b.title, b.details);
}

} // namespace

std::optional<DeliveryStatus> deliveryStatusFromWire(QStringView status)
{
    if (status == u"sent")
        return DeliveryStatus::Sent;
    if (status == u"delivered")
        return DeliveryStatus::Delivered;
    if (status == u"read")
        return DeliveryStatus::Read;
    if (status == u"played")
        return DeliveryStatus::Played;
    if (status == u"failed")
        return DeliveryStatus::Failed;
    return std::nullopt;
}

QString wireName(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::None:
        return QString();
    case DeliveryStatus::Sent:
        return QStringLiteral("sent");
    case DeliveryStatus::Delivered:
        return QStringLiteral("delivered");
    case DeliveryStatus::Read:
        return QStringLiteral("read");
    case DeliveryStatus::Played:
        return QStringLiteral("played");
    case DeliveryStatus::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

QString displayName(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::None:
        //: Delivery status of an outgoing message
        return Tr::tr("Not sent yet");
    case DeliveryStatus::Sent:
        return Tr::tr("Sent");
    case DeliveryStatus::Delivered:
        return Tr::tr("Delivered");
    case DeliveryStatus::Read:
        return Tr::tr("Read");
    case DeliveryStatus::Played:
        //: Delivery status of a voice message the customer has listened to
        return Tr::tr("Played");
    case DeliveryStatus::Failed:
        return Tr::tr("Failed");
    }
    return QString();
}

bool DeliveryRecord::apply(DeliveryStatus status, EpochSeconds at, const QList<StatusError> &errors)
{
    if (status == DeliveryStatus::None)
        return false;
    bool changed = false;
    auto &slot = m_at[stepIndex(status)];
    if (!slot || at < *slot) {
        slot = at;
        changed = true;
    }
    for (const StatusError &e : errors) {
        const auto pos = std::lower_bound(m_errors.begin(), m_errors.end(), e, errorLess);
        if (pos == m_errors.end() || errorLess(e, *pos)) {
            m_errors.insert(pos, e);
            changed = true;
        }
    }
    return changed;
}

void DeliveryRecord::merge(const DeliveryRecord &other)
{
    for (int i = 0; i < kSteps; ++i) {
        if (other.m_at[i] && (!m_at[i] || *other.m_at[i] < *m_at[i]))
            m_at[i] = other.m_at[i];
    }
    QList<StatusError> all = m_errors + other.m_errors;
    std::sort(all.begin(), all.end(), errorLess);
    all.erase(std::unique(all.begin(), all.end()), all.end());
    m_errors = all;
}

DeliveryStatus DeliveryRecord::status() const
{
    for (int i = kSteps - 1; i >= 0; --i) {
        if (m_at[i])
            return static_cast<DeliveryStatus>(i + static_cast<int>(DeliveryStatus::Sent));
    }
    return DeliveryStatus::None;
}

std::optional<EpochSeconds> DeliveryRecord::at(DeliveryStatus step) const
{
    if (step == DeliveryStatus::None)
        return std::nullopt;
    return m_at[stepIndex(step)];
}

bool DeliveryRecord::reached(DeliveryStatus step) const
{
    if (step == DeliveryStatus::None)
        return true;
    const DeliveryStatus s = status();
    if (s == DeliveryStatus::Failed)
        return step == DeliveryStatus::Failed || m_at[stepIndex(step)].has_value();
    if (step == DeliveryStatus::Failed)
        return false;
    return static_cast<int>(s) >= static_cast<int>(step);
}

} // namespace Deskline
