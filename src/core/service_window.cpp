#include "service_window.h"

namespace Deskline {

ServiceWindow ServiceWindow::fromLastCustomerMessage(std::optional<EpochSeconds> at)
{
    ServiceWindow w;
    w.m_last = at;
    return w;
}

bool ServiceWindow::recordInbound(MessageKind kind, EpochSeconds at)
{
    if (!reopensServiceWindow(kind))
        return false;
    if (m_last && *m_last >= at)
        return false;
    m_last = at;
    return true;
}

WindowStatus ServiceWindow::statusAt(EpochSeconds now, qint64 closingSoonThreshold) const
{
    WindowStatus s;
    if (!m_last)
        return s;
    s.opensAt = m_last;
    s.closesAt = *m_last + kLength;
    if (now >= *s.closesAt) {
        s.state = WindowState::Closed;
        return s;
    }
    s.remainingSeconds = *s.closesAt - now;
    s.state = s.remainingSeconds <= closingSoonThreshold ? WindowState::ClosingSoon
                                                          : WindowState::Open;
    return s;
}

} // namespace Deskline
