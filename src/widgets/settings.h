#pragma once

#include <QString>

class QSettings;

namespace Deskline::Widgets {

// What an agent can change (kept in QSettings: never a secret).
struct ConsoleSettings
{
    QString language;            // empty: from the system locale
    int closingSoonMinutes = 60; // the countdown turns "closing soon"
    int notifyCloseMinutes = 15; // a chat of mine closes within this: notify (0: never)
    bool notifyMessages = true;
    QString hubUrl;
    QString agent;

    static ConsoleSettings load(QSettings &settings);
    void save(QSettings &settings) const;
};

} // namespace Deskline::Widgets
