#include "clock.h"

#include <QDateTime>

namespace Deskline {

Clock::~Clock() = default;

EpochSeconds SystemClock::now() const
{
    return QDateTime::currentSecsSinceEpoch();
}

std::optional<EpochSeconds> parseEpochSeconds(QStringView text)
{
    if (text.isEmpty() || text.size() > 18) // 18 digits always fit in qint64
        return std::nullopt;
    EpochSeconds value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<EpochSeconds> parseIsoUtc(QStringView text)
{
    if (!text.endsWith(u'Z'))
        return std::nullopt;
    const QDateTime dt = QDateTime::fromString(text.toString(), Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toSecsSinceEpoch();
}

QString formatIsoUtc(EpochSeconds at)
{
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate);
}

} // namespace Deskline
