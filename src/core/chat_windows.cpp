#include "chat_windows.h"

namespace Deskline {

void ChatWindows::onInbound(MessageKind kind, EpochSeconds at, bool hasReferral)
{
    m_service.recordInbound(kind, at);
    if (hasReferral && reopensServiceWindow(kind))
        m_fep.recordReferral(at);
}

void ChatWindows::onOutbound(EpochSeconds at)
{
    m_fep.recordBusinessMessage(at);
}

WindowStatus ChatWindows::serviceWindowAt(EpochSeconds now, const Thresholds &t) const
{
    return m_service.statusAt(now, t.serviceClosingSoon);
}

FepStatus ChatWindows::freeEntryPointAt(EpochSeconds now, const Thresholds &t) const
{
    return m_fep.statusAt(now, t.freeEntryClosingSoon);
}

PricingContext ChatWindows::pricingContextAt(EpochSeconds now, const Thresholds &t) const
{
    PricingContext c;
    c.serviceWindow = serviceWindowAt(now, t);
    c.freeEntryPoint = freeEntryPointAt(now, t);
    return c;
}

} // namespace Deskline
