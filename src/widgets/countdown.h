#pragma once

#include "core/chat_windows.h"
#include "core/clock.h"

#include <QString>

#include <optional>

namespace Deskline::Widgets {

// What a chat row stores about its two windows.
struct ChatClock
{
    std::optional<EpochSeconds> lastInboundAt;
    std::optional<EpochSeconds> referralAt;
    std::optional<EpochSeconds> fepOpenedAt;
    std::optional<EpochSeconds> fepForReferralAt;
};

enum class CountdownTone {
    NeverOpened, // the customer has never written: templates only
    Open,
    ClosingSoon,
    Closed,
    FreeEntry,            // the 72 h free entry point window is open
    FreeEntryClosingSoon,
};

// The text a chat shows for its windows at `now`: "23:14:05", "17 min", "closed 3 h ago", and
// for an open free entry point "free 71:58:03". Recomputed on every tick of the list.
struct Countdown
{
    CountdownTone tone = CountdownTone::NeverOpened;
    QString text;
    QString explanation; // one sentence, for tooltips and the chat header
    WindowStatus service;
    FepStatus freeEntry;
};

// `explain`: also write the explanation sentence (tooltips, the chat header); the list's tick
// needs only the text and the tone.
Countdown countdownAt(const ChatClock &clock, EpochSeconds now, const WindowThresholds &thresholds = {}, bool explain = true);

// 1 h or more: "23:14:05"; under an hour: "17 min" (rounded up); under a minute: "40 s".
QString formatRemaining(qint64 seconds);
// A past span in its largest unit: "3 h", "2 d", "12 min", "30 s".
QString formatSpan(qint64 seconds);

} // namespace Deskline::Widgets
