#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace Deskline {

// Every instant in Deskline is UTC seconds since the epoch. Meta sends them as decimal strings
// ("1750263773") in message and status webhooks and as integers in account webhooks.
using EpochSeconds = qint64;

inline constexpr qint64 kSecondsPerMinute = 60;
inline constexpr qint64 kSecondsPerHour = 60 * kSecondsPerMinute;
inline constexpr qint64 kSecondsPerDay = 24 * kSecondsPerHour;

// Meta's timestamp string: ASCII digits only, no sign, no spaces. Anything else is nullopt.
std::optional<EpochSeconds> parseEpochSeconds(QStringView text);

// "2025-07-01T00:00:00Z" (UTC only, 'Z' required). For configuration, tests and era tables.
std::optional<EpochSeconds> parseIsoUtc(QStringView text);
QString formatIsoUtc(EpochSeconds at);

// The source of "now". Code that needs the time takes a Clock; tests pass a ManualClock.
class Clock
{
public:
    virtual ~Clock();
    [[nodiscard]] virtual EpochSeconds now() const = 0;
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] EpochSeconds now() const override;
};

// A clock that moves only when told to: tests, the simulator's scripted time, benchmarks.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(EpochSeconds start = 0) : m_now(start) { }

    [[nodiscard]] EpochSeconds now() const override { return m_now; }
    void set(EpochSeconds at) { m_now = at; }
    void advance(qint64 seconds) { m_now += seconds; }

private:
    EpochSeconds m_now;
};

} // namespace Deskline
