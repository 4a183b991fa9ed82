#pragma once

#include <QtGlobal>

#include <chrono>
#include <memory>

QT_BEGIN_NAMESPACE
class QRandomGenerator;
QT_END_NAMESPACE

namespace Deskline::Net {

// Exponential backoff with "full jitter": the delay before retry N (1 = the first retry) is drawn
// uniformly from [minimum, max(minimum, ceiling(N))], where ceiling(N) = min(cap,
// base·factor^(N-1)). A minimum (Retry-After, a Graph error's minimum delay) is never undercut by
// the jitter and may exceed the cap: the server's word wins over our own ceiling.
//
// A plain value: copy it into retry policies. By default the jitter comes from
// QRandomGenerator::global(); seed() gives a copy its own deterministic generator (shared by
// further copies), for tests and reproducible simulations.
class Backoff
{
public:
    static constexpr std::chrono::milliseconds kDefaultBase {500};
    static constexpr double kDefaultFactor = 2.0;
    static constexpr std::chrono::milliseconds kDefaultCap {30'000};

    Backoff() = default;
    Backoff(std::chrono::milliseconds base, double factor, std::chrono::milliseconds cap);

    [[nodiscard]] Backoff seeded(quint32 seed) const;
    // Jitter from `generator` (not owned; it must outlive every copy of this Backoff).
    [[nodiscard]] Backoff withGenerator(QRandomGenerator *generator) const;

    [[nodiscard]] std::chrono::milliseconds base() const { return m_base; }
    [[nodiscard]] double factor() const { return m_factor; }
    [[nodiscard]] std::chrono::milliseconds cap() const { return m_cap; }

    // The un-jittered upper bound for retry `retry` (values below 1 count as 1).
    [[nodiscard]] std::chrono::milliseconds ceiling(int retry) const;

    // A jittered delay for retry `retry`, never below `minimum`.
    [[nodiscard]] std::chrono::milliseconds delay(
        int retry, std::chrono::milliseconds minimum = std::chrono::milliseconds::zero()) const;

private:
    QRandomGenerator *generator() const;

    std::chrono::milliseconds m_base = kDefaultBase;
    double m_factor = kDefaultFactor;
    std::chrono::milliseconds m_cap = kDefaultCap;
    std::shared_ptr<QRandomGenerator> m_ownGenerator;
    QRandomGenerator *m_externalGenerator = nullptr;
};

} // namespace Deskline::Net
