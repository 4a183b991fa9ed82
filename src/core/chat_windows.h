#pragma once

#include "free_entry_point.h"
#include "message_kind.h"
#include "pricing.h"
#include "service_window.h"

namespace Deskline {

// The two clocks a chat runs on, fed from the chat's events in whatever order they arrive:
// the 24 h customer service window (only customer messages that count move it; nothing the
// business sends does, templates included) and the 72 h free entry point window (opened by the
// business's answer to a customer who came from an ad or Page button). They are computed and
// shown separately.
// When a countdown turns to "closing soon"; a setting of the console.
struct WindowThresholds
{
    qint64 serviceClosingSoon = ServiceWindow::kDefaultClosingSoon;
    qint64 freeEntryClosingSoon = FreeEntryPointWindow::kDefaultClosingSoon;
};

class ChatWindows
{
public:
    using Thresholds = WindowThresholds;

    // An inbound customer event. `hasReferral`: the message carried a `referral` object.
    void onInbound(MessageKind kind, EpochSeconds at, bool hasReferral = false);
    // Anything the business sent: free-form or template, it never reopens the service window.
    void onOutbound(EpochSeconds at);

    [[nodiscard]] WindowStatus serviceWindowAt(EpochSeconds now, const Thresholds &t = {}) const;
    [[nodiscard]] FepStatus freeEntryPointAt(EpochSeconds now, const Thresholds &t = {}) const;
    // Both windows at `now`, ready for PricingRules::predict().
    [[nodiscard]] PricingContext pricingContextAt(EpochSeconds now, const Thresholds &t = {}) const;

    [[nodiscard]] const ServiceWindow &serviceWindow() const { return m_service; }
    [[nodiscard]] const FreeEntryPointWindow &freeEntryPoint() const { return m_fep; }

    friend bool operator==(const ChatWindows &, const ChatWindows &) = default;

private:
    ServiceWindow m_service;
    FreeEntryPointWindow m_fep;
};

} // namespace Deskline
