#include "widgets/settings.h"

#include <QSettings>

namespace Deskline::Widgets {

ConsoleSettings ConsoleSettings::load(QSettings &s)
{
    ConsoleSettings c;
    c.language = s.value(QStringLiteral("language")).toString();
    c.closingSoonMinutes = s.value(QStringLiteral("windows/closingSoonMinutes"), c.closingSoonMinutes).toInt();
    c.notifyCloseMinutes = s.value(QStringLiteral("notifications/closeMinutes"), c.notifyCloseMinutes).toInt();
    c.notifyMessages = s.value(QStringLiteral("notifications/messages"), c.notifyMessages).toBool();
    c.hubUrl = s.value(QStringLiteral("hub/url")).toString();
    c.agent = s.value(QStringLiteral("hub/agent")).toString();
    return c;
}

void ConsoleSettings::save(QSettings &s) const
{
    s.setValue(QStringLiteral("language"), language);
    s.setValue(QStringLiteral("windows/closingSoonMinutes"), closingSoonMinutes);
    s.setValue(QStringLiteral("notifications/closeMinutes"), notifyCloseMinutes);
    s.setValue(QStringLiteral("notifications/messages"), notifyMessages);
    s.setValue(QStringLiteral("hub/url"), hubUrl);
    s.setValue(QStringLiteral("hub/agent"), agent);
}

} // namespace Deskline::Widgets
