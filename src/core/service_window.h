#pragma once

#include "clock.h"
#include "message_kind.h"

#include <optional>

namespace Deskline {

enum class WindowState {
    NeverOpened, // the customer has never written: templates only
    Open,
    ClosingSoon, // open, with no more than the closing-soon threshold left
    Closed,      // was open, has run out: templates only
};

struct WindowStatus
{
    WindowState state = WindowState::NeverOpened;
    std::optional<EpochSeconds> opensAt;  // the customer message that started the current window
    std::optional<EpochSeconds> closesAt; // the first second at which it is closed
    qint64 remainingSeconds = 0;          // 0 unless open

    [[nodiscard]] bool isOpen() const
    {
        return state == WindowState::Open || state == WindowState::ClosingSoon;
    }
};

// The 24 h customer service window of one chat. It depends only on the latest inbound
// customer message that counts, so it is the same whatever order the events arrive in: a
// late, older event never shortens it. At exactly opensAt + 24 h the window is closed.
class ServiceWindow
{
public:
    static constexpr qint64 kLength = 24 * kSecondsPerHour;
    static constexpr qint64 kDefaultClosingSoon = kSecondsPerHour;

    ServiceWindow() = default;
    // Restores a window from what a cache stored (the latest counting inbound instant).
    static ServiceWindow fromLastCustomerMessage(std::optional<EpochSeconds> at);

    // Feeds one inbound event. Returns true when the window moved (a later counting event).
    bool recordInbound(MessageKind kind, EpochSeconds at);

    [[nodiscard]] std::optional<EpochSeconds> lastCustomerMessageAt() const { return m_last; }

    [[nodiscard]] WindowStatus statusAt(EpochSeconds now,
                                        qint64 closingSoonThreshold = kDefaultClosingSoon) const;

    friend bool operator==(const ServiceWindow &, const ServiceWindow &) = default;

private:
    std::optional<EpochSeconds> m_last;
};

} // namespace Deskline
