#pragma once

#include "core/clock.h"

namespace Deskline::Test {

// An instant from an ISO 8601 UTC string, e.g. at("2025-06-30T23:59:59Z"). A malformed string
// is a bug in the test itself: it aborts with the string, so it can never pass by accident.
EpochSeconds at(const char *isoUtc);

// A manual clock set to an ISO instant.
inline ManualClock clockAt(const char *isoUtc)
{
    return ManualClock(at(isoUtc));
}

inline constexpr qint64 hours(qint64 n)
{
    return n * kSecondsPerHour;
}
inline constexpr qint64 minutes(qint64 n)
{
    return n * kSecondsPerMinute;
}

} // namespace Deskline::Test
