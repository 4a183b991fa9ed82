#pragma once

#include "clock.h"

#include <optional>

namespace Deskline {

enum class FepState {
    None,        // no referral: no free entry point for this chat
    Eligible,    // a customer came from an ad or Page button; answer before answerBy to open it
    Open,        // every message is free until closesAt
    ClosingSoon, // open, with no more than the closing-soon threshold left
    Missed,      // the referral was not answered within 24 h
    Closed,      // the 72 h window has run out
};

struct FepStatus
{
    FepState state = FepState::None;
    std::optional<EpochSeconds> referralAt; // the inbound message that carried the referral
    std::optional<EpochSeconds> answerBy;   // referralAt + 24 h (exclusive)
    std::optional<EpochSeconds> opensAt;    // the business's first answer
    std::optional<EpochSeconds> closesAt;   // opensAt + 72 h (exclusive)
    qint64 remainingSeconds = 0;            // to closesAt when open, to answerBy when eligible

    [[nodiscard]] bool isOpen() const
    {
        return state == FepState::Open || state == FepState::ClosingSoon;
    }
    // Sending now is free under the free entry point: inside the window, or as the answer
    // that opens it.
    [[nodiscard]] bool coversSendNow() const { return isOpen() || state == FepState::Eligible; }
};

// The free entry point window of one chat, computed apart from the customer service window.
// An inbound message with a `referral` (Click-to-WhatsApp ad, Page button) answered by the
// business within 24 h opens a 72 h window from that answer. A referral arriving while a free
// entry point window is open does not extend or restart it; the earliest answer to a referral
// is the one that counts, whatever order the events arrive in.
class FreeEntryPointWindow
{
public:
    static constexpr qint64 kAnswerWithin = 24 * kSecondsPerHour;
    static constexpr qint64 kLength = 72 * kSecondsPerHour;
    static constexpr qint64 kDefaultClosingSoon = 6 * kSecondsPerHour;

    void recordReferral(EpochSeconds inboundAt);
    void recordBusinessMessage(EpochSeconds sentAt);

    [[nodiscard]] FepStatus statusAt(EpochSeconds now,
                                     qint64 closingSoonThreshold = kDefaultClosingSoon) const;

    // What a cache stores to restore the window.
    [[nodiscard]] std::optional<EpochSeconds> referralAt() const { return m_referralAt; }
    [[nodiscard]] std::optional<EpochSeconds> openedAt() const { return m_openedAt; }
    [[nodiscard]] std::optional<EpochSeconds> openedForReferralAt() const { return m_openedFor; }
    static FreeEntryPointWindow restore(std::optional<EpochSeconds> referralAt,
                                        std::optional<EpochSeconds> openedAt,
                                        std::optional<EpochSeconds> openedForReferralAt);

    friend bool operator==(const FreeEntryPointWindow &, const FreeEntryPointWindow &) = default;

private:
    [[nodiscard]] bool referralAnswered() const
    {
        return m_referralAt && m_openedFor && *m_openedFor == *m_referralAt;
    }

    std::optional<EpochSeconds> m_referralAt; // latest referral that may open a window
    std::optional<EpochSeconds> m_openedAt;   // start of the latest window
    std::optional<EpochSeconds> m_openedFor;  // the referral that window answered
};

} // namespace Deskline
