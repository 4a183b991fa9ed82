#include "widgets/style.h"

namespace Deskline::Widgets {

QColor toneColor(CountdownTone tone)
{
    switch (tone) {
    case CountdownTone::Open:
        return QColor(0x2e, 0x7d, 0x32);
    case CountdownTone::ClosingSoon:
        return QColor(0xe6, 0x51, 0x00);
    case CountdownTone::Closed:
        return QColor(0xb7, 0x1c, 0x1c);
    case CountdownTone::FreeEntry:
        return QColor(0x5e, 0x35, 0xb1);
    case CountdownTone::FreeEntryClosingSoon:
        return QColor(0x8e, 0x24, 0xaa);
    case CountdownTone::NeverOpened:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor qualityColor(const QString &rating)
{
    if (rating.compare(u"GREEN", Qt::CaseInsensitive) == 0)
        return QColor(0x2e, 0x7d, 0x32);
    if (rating.compare(u"YELLOW", Qt::CaseInsensitive) == 0)
        return QColor(0xf9, 0xa8, 0x25);
    if (rating.compare(u"RED", Qt::CaseInsensitive) == 0)
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x75, 0x75, 0x75);
}

QColor accentColor()
{
    return QColor(0x00, 0x79, 0x6b);
}

QColor failureColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

} // namespace Deskline::Widgets
