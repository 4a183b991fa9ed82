#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Deskline::Net {

using std::chrono::milliseconds;

Backoff::Backoff(milliseconds base, double factor, milliseconds cap)
    : m_base(std::max(base, milliseconds::zero()))
    , m_factor(std::isfinite(factor) ? std::max(factor, 1.0) : kDefaultFactor)
    , m_cap(std::max(cap, milliseconds::zero()))
{
}

Backoff Backoff::seeded(quint32 seed) const
{
    Backoff copy = *this;
    copy.m_ownGenerator = std::make_shared<QRandomGenerator>(seed);
    copy.m_externalGenerator = nullptr;
    return copy;
}

Backoff Backoff::withGenerator(QRandomGenerator *generator) const
{
    Backoff copy = *this;
    copy.m_ownGenerator.reset();
    copy.m_externalGenerator = generator;
    return copy;
}

QRandomGenerator *Backoff::generator() const
{
    if (m_ownGenerator)
        return m_ownGenerator.get();
    if (m_externalGenerator)
        return m_externalGenerator;
    return QRandomGenerator::global();
}

milliseconds Backoff::ceiling(int retry) const
{
    const int exponent = std::max(retry, 1) - 1;
    // In floating point, so a large exponent saturates at the cap instead of overflowing.
    const double raw = double(m_base.count()) * std::pow(m_factor, double(exponent));
    const double capped = std::min(raw, double(m_cap.count()));
    return milliseconds(qint64(capped));
}

milliseconds Backoff::delay(int retry, milliseconds minimum) const
{
    const qint64 low = std::max<qint64>(minimum.count(), 0);
    const qint64 high = std::max(low, qint64(ceiling(retry).count()));
    if (high == low)
        return milliseconds(low);
    return milliseconds(generator()->bounded(low, high + 1)); // [low, high]
}

} // namespace Deskline::Net
