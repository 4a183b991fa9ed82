#include "widgets/status_text.h"

#include "widgets/tr.h"

#include "core/account_health.h"

#include <QLocale>

namespace Deskline::Widgets {

QString qualityText(const QString &rating)
{
    const Quality q = Quality::fromWire(rating);
    switch (q.rating) {
    case QualityRating::Green:
        return Tr::tr("High (green)");
    case QualityRating::Yellow:
        return Tr::tr("Medium (yellow)");
    case QualityRating::Red:
        return Tr::tr("Low (red)");
    case QualityRating::NotApplicable:
        return Tr::tr("Not rated yet");
    case QualityRating::Unknown:
    case QualityRating::Unrecognized:
        break;
    }
    return rating.isEmpty() ? Tr::tr("Unknown") : rating;
}

QString limitText(const QString &limit)
{
    const MessagingLimit l = MessagingLimit::fromWire(limit);
    if (limit.isEmpty())
        return Tr::tr("Unknown");
    return l.tier == MessagingLimitTier::Unrecognized ? limit : l.displayName();
}

QString lineTitle(const Storage::LineRow &line)
{
    QString number = line.displayPhoneNumber;
    if (!number.isEmpty() && !number.startsWith(u'+'))
        number.prepend(u'+');
    if (line.verifiedName.isEmpty())
        return number.isEmpty() ? line.phoneNumberId : number;
    return number.isEmpty() ? line.verifiedName : line.verifiedName + QStringLiteral(" · ") + number;
}

} // namespace Deskline::Widgets
